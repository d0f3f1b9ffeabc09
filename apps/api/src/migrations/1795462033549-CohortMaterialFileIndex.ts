import { MigrationInterface, QueryRunner } from 'typeorm';

export class CohortMaterialFileIndex1795462033549
  implements MigrationInterface
{
  name = 'CohortMaterialFileIndex1795462033549';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "IDX_2a8ab21ff02e6ba1775f618b34" ON "cohort_session_materials"  ("storedFileId") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP INDEX "public"."IDX_2a8ab21ff02e6ba1775f618b34"`,
    );
  }
}
