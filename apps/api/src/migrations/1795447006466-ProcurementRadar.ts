import { MigrationInterface, QueryRunner } from "typeorm";

export class ProcurementRadar1795447006466 implements MigrationInterface {
    name = 'ProcurementRadar1795447006466'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "stored_files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "fileName" character varying(200) NOT NULL, "contentType" character varying(120) NOT NULL, "sizeBytes" integer NOT NULL, "sha256" character(64) NOT NULL, "content" bytea NOT NULL, "uploadedByUserId" uuid, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5d5be862bf53851c1794b4adf4e" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "procurement_category_follows" ("userId" uuid NOT NULL, "category" character varying(32) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1eb8ff5786b51f23ef2c4eb5d62" PRIMARY KEY ("userId", "category"))`);
        await queryRunner.query(`CREATE INDEX "IDX_9c3677a135295c6ca3a140e557" ON "procurement_category_follows"  ("category") `);
        await queryRunner.query(`CREATE TABLE "need_attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "needId" uuid NOT NULL, "fileId" uuid NOT NULL, CONSTRAINT "PK_732b540a3ef3f08b344d8618c33" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_f1f8efed29fe7071147b755945" ON "need_attachments"  ("needId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_9f9ba519d35b1438013b999ba4" ON "need_attachments"  ("fileId") `);
        await queryRunner.query(`CREATE TABLE "trust_contracts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisationId" uuid NOT NULL, "category" character varying(32) NOT NULL, "supplier" character varying(200) NOT NULL, "annualValuePence" bigint NOT NULL, "endDate" date NOT NULL, "schoolIds" uuid array NOT NULL DEFAULT '{}', "notes" text, "createdByUserId" uuid, CONSTRAINT "PK_d0c5c8a83e95f5c0659de30ec93" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_ea94aad13f463a4fdbfd4c5e6e" ON "trust_contracts"  ("endDate") `);
        await queryRunner.query(`CREATE INDEX "IDX_a93e1d906d1a8bd1801a215727" ON "trust_contracts"  ("organisationId", "endDate") `);
        await queryRunner.query(`ALTER TABLE "stored_files" ADD CONSTRAINT "FK_2fd0f82ca7088c8de01391540d8" FOREIGN KEY ("uploadedByUserId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "procurement_category_follows" ADD CONSTRAINT "FK_fab3742c430a2c483138ea25455" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "need_attachments" ADD CONSTRAINT "FK_f1f8efed29fe7071147b7559455" FOREIGN KEY ("needId") REFERENCES "procurement_needs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "need_attachments" ADD CONSTRAINT "FK_9f9ba519d35b1438013b999ba4f" FOREIGN KEY ("fileId") REFERENCES "stored_files"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "trust_contracts" ADD CONSTRAINT "FK_3ee65d81714c43e5f3bc728a477" FOREIGN KEY ("organisationId") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "trust_contracts" ADD CONSTRAINT "FK_80a5ce0ef2a524c758b8e7ef9e0" FOREIGN KEY ("createdByUserId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "trust_contracts" DROP CONSTRAINT "FK_80a5ce0ef2a524c758b8e7ef9e0"`);
        await queryRunner.query(`ALTER TABLE "trust_contracts" DROP CONSTRAINT "FK_3ee65d81714c43e5f3bc728a477"`);
        await queryRunner.query(`ALTER TABLE "need_attachments" DROP CONSTRAINT "FK_9f9ba519d35b1438013b999ba4f"`);
        await queryRunner.query(`ALTER TABLE "need_attachments" DROP CONSTRAINT "FK_f1f8efed29fe7071147b7559455"`);
        await queryRunner.query(`ALTER TABLE "procurement_category_follows" DROP CONSTRAINT "FK_fab3742c430a2c483138ea25455"`);
        await queryRunner.query(`ALTER TABLE "stored_files" DROP CONSTRAINT "FK_2fd0f82ca7088c8de01391540d8"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_a93e1d906d1a8bd1801a215727"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ea94aad13f463a4fdbfd4c5e6e"`);
        await queryRunner.query(`DROP TABLE "trust_contracts"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9f9ba519d35b1438013b999ba4"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f1f8efed29fe7071147b755945"`);
        await queryRunner.query(`DROP TABLE "need_attachments"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9c3677a135295c6ca3a140e557"`);
        await queryRunner.query(`DROP TABLE "procurement_category_follows"`);
        await queryRunner.query(`DROP TABLE "stored_files"`);
    }

}
