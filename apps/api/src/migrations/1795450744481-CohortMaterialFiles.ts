import { MigrationInterface, QueryRunner } from "typeorm";

export class CohortMaterialFiles1795450744481 implements MigrationInterface {
    name = 'CohortMaterialFiles1795450744481'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "cohort_session_materials" ADD CONSTRAINT "FK_2a8ab21ff02e6ba1775f618b340" FOREIGN KEY ("storedFileId") REFERENCES "stored_files"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "cohort_session_materials" DROP CONSTRAINT "FK_2a8ab21ff02e6ba1775f618b340"`);
    }

}
