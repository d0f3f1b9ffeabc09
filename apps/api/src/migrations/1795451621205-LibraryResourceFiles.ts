import { MigrationInterface, QueryRunner } from "typeorm";

export class LibraryResourceFiles1795451621205 implements MigrationInterface {
    name = 'LibraryResourceFiles1795451621205'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "library_resource_files" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "resourceId" uuid NOT NULL, "fileId" uuid NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_181bceae903dd979d634b812196" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_7d09ef4ad20f74f27027fd0eba" ON "library_resource_files"  ("fileId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ef9e093036e69f2cc485ea9f55" ON "library_resource_files"  ("resourceId", "fileId") `);
        await queryRunner.query(`ALTER TABLE "library_resource_files" ADD CONSTRAINT "FK_78f81f642d6df762076de061622" FOREIGN KEY ("resourceId") REFERENCES "library_resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "library_resource_files" ADD CONSTRAINT "FK_7d09ef4ad20f74f27027fd0ebaa" FOREIGN KEY ("fileId") REFERENCES "stored_files"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "library_resource_files" DROP CONSTRAINT "FK_7d09ef4ad20f74f27027fd0ebaa"`);
        await queryRunner.query(`ALTER TABLE "library_resource_files" DROP CONSTRAINT "FK_78f81f642d6df762076de061622"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ef9e093036e69f2cc485ea9f55"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_7d09ef4ad20f74f27027fd0eba"`);
        await queryRunner.query(`DROP TABLE "library_resource_files"`);
    }

}
