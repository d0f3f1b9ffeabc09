import { MigrationInterface, QueryRunner } from "typeorm";

export class Procurement1795445149531 implements MigrationInterface {
    name = 'Procurement1795445149531'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "procurement_needs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "allianceId" uuid NOT NULL, "organisationId" uuid NOT NULL, "createdByUserId" uuid NOT NULL, "title" character varying(200) NOT NULL, "category" character varying(32) NOT NULL, "description" text NOT NULL DEFAULT '', "estimatedAnnualValuePence" bigint NOT NULL, "contractEndDate" date, "closingDate" date NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'draft', "routeToMarket" character varying(32) NOT NULL DEFAULT 'undecided', "awardedSupplier" character varying(200), "contractStartDate" date, "contractLengthMonths" integer, "savingPence" bigint, "savingMethod" text, "statusChangedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ec662141582ff404640d304f1d7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_c1d7d517c2f0da6ac05f9fc299" ON "procurement_needs"  ("organisationId") `);
        await queryRunner.query(`CREATE INDEX "IDX_1e40d58e8924a16eba05cea6e4" ON "procurement_needs"  ("allianceId", "closingDate") `);
        await queryRunner.query(`CREATE TABLE "interests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "needId" uuid NOT NULL, "organisationId" uuid NOT NULL, "expressedByUserId" uuid, "schoolIds" uuid array NOT NULL DEFAULT '{}', "estimatedValuePence" bigint, "notes" text, CONSTRAINT "PK_a2dc7b6f9a8bcf9e3f9312a879d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_c632bea95aab15a2dac6d98e88" ON "interests"  ("organisationId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2b444947e83a027d316e0a3b34" ON "interests"  ("needId", "organisationId") `);
        await queryRunner.query(`CREATE TABLE "need_questions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "needId" uuid NOT NULL, "askedByUserId" uuid, "askedByOrganisationId" uuid NOT NULL, "question" text NOT NULL, "answer" text, "answeredByUserId" uuid, "answeredAt" TIMESTAMP WITH TIME ZONE, "pinned" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_5d50f88c4e45cc5af453b52f385" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_2d99fc1ab4f7efee9dcd404d44" ON "need_questions"  ("askedByUserId") `);
        await queryRunner.query(`CREATE INDEX "IDX_963c75e7f5f5af914298985c9b" ON "need_questions"  ("needId", "pinned", "createdAt") `);
        await queryRunner.query(`CREATE TABLE "need_schools" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "needId" uuid NOT NULL, "schoolId" uuid NOT NULL, CONSTRAINT "PK_19fb654474079d1433555adca2c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_fd850b950c9a2e429545c159bf" ON "need_schools"  ("schoolId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_22eac1ba3a7eecc9ff3d25a7ba" ON "need_schools"  ("needId", "schoolId") `);
        await queryRunner.query(`ALTER TABLE "procurement_needs" ADD CONSTRAINT "FK_f6ec59b1c8c44c52fdb794ea322" FOREIGN KEY ("allianceId") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "procurement_needs" ADD CONSTRAINT "FK_c1d7d517c2f0da6ac05f9fc299b" FOREIGN KEY ("organisationId") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "procurement_needs" ADD CONSTRAINT "FK_1a5229ec892385065dff3d8c5d6" FOREIGN KEY ("createdByUserId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "interests" ADD CONSTRAINT "FK_e8ac89c61f47d72bad5d04df2cb" FOREIGN KEY ("needId") REFERENCES "procurement_needs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "interests" ADD CONSTRAINT "FK_c632bea95aab15a2dac6d98e880" FOREIGN KEY ("organisationId") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "interests" ADD CONSTRAINT "FK_b110553a1a7e93e7296a3377af1" FOREIGN KEY ("expressedByUserId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "need_questions" ADD CONSTRAINT "FK_2422f78cba113f769f00acf6d18" FOREIGN KEY ("needId") REFERENCES "procurement_needs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "need_questions" ADD CONSTRAINT "FK_2d99fc1ab4f7efee9dcd404d44e" FOREIGN KEY ("askedByUserId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "need_questions" ADD CONSTRAINT "FK_3bad2bd820caaaa59d682336a39" FOREIGN KEY ("askedByOrganisationId") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "need_questions" ADD CONSTRAINT "FK_66c8efec6f1b860a25d41bf826c" FOREIGN KEY ("answeredByUserId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "need_schools" ADD CONSTRAINT "FK_7ff52ef940e5a411a300e67488f" FOREIGN KEY ("needId") REFERENCES "procurement_needs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "need_schools" ADD CONSTRAINT "FK_fd850b950c9a2e429545c159bf1" FOREIGN KEY ("schoolId") REFERENCES "schools"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "need_schools" DROP CONSTRAINT "FK_fd850b950c9a2e429545c159bf1"`);
        await queryRunner.query(`ALTER TABLE "need_schools" DROP CONSTRAINT "FK_7ff52ef940e5a411a300e67488f"`);
        await queryRunner.query(`ALTER TABLE "need_questions" DROP CONSTRAINT "FK_66c8efec6f1b860a25d41bf826c"`);
        await queryRunner.query(`ALTER TABLE "need_questions" DROP CONSTRAINT "FK_3bad2bd820caaaa59d682336a39"`);
        await queryRunner.query(`ALTER TABLE "need_questions" DROP CONSTRAINT "FK_2d99fc1ab4f7efee9dcd404d44e"`);
        await queryRunner.query(`ALTER TABLE "need_questions" DROP CONSTRAINT "FK_2422f78cba113f769f00acf6d18"`);
        await queryRunner.query(`ALTER TABLE "interests" DROP CONSTRAINT "FK_b110553a1a7e93e7296a3377af1"`);
        await queryRunner.query(`ALTER TABLE "interests" DROP CONSTRAINT "FK_c632bea95aab15a2dac6d98e880"`);
        await queryRunner.query(`ALTER TABLE "interests" DROP CONSTRAINT "FK_e8ac89c61f47d72bad5d04df2cb"`);
        await queryRunner.query(`ALTER TABLE "procurement_needs" DROP CONSTRAINT "FK_1a5229ec892385065dff3d8c5d6"`);
        await queryRunner.query(`ALTER TABLE "procurement_needs" DROP CONSTRAINT "FK_c1d7d517c2f0da6ac05f9fc299b"`);
        await queryRunner.query(`ALTER TABLE "procurement_needs" DROP CONSTRAINT "FK_f6ec59b1c8c44c52fdb794ea322"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_22eac1ba3a7eecc9ff3d25a7ba"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_fd850b950c9a2e429545c159bf"`);
        await queryRunner.query(`DROP TABLE "need_schools"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_963c75e7f5f5af914298985c9b"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2d99fc1ab4f7efee9dcd404d44"`);
        await queryRunner.query(`DROP TABLE "need_questions"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_2b444947e83a027d316e0a3b34"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c632bea95aab15a2dac6d98e88"`);
        await queryRunner.query(`DROP TABLE "interests"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_1e40d58e8924a16eba05cea6e4"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c1d7d517c2f0da6ac05f9fc299"`);
        await queryRunner.query(`DROP TABLE "procurement_needs"`);
    }

}
