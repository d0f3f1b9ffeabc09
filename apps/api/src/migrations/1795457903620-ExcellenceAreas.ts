import { MigrationInterface, QueryRunner } from 'typeorm';

export class ExcellenceAreas1795457903620 implements MigrationInterface {
  name = 'ExcellenceAreas1795457903620';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "review_excellence_areas" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "reviewId" uuid NOT NULL, "criterionId" uuid NOT NULL, "allianceId" uuid NOT NULL, "statement" character varying(200) NOT NULL, "publishedByUserId" uuid, CONSTRAINT "PK_f1bc23c1fb3e9ef30a3854cc3de" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_263eebc2d47e941aa8bc7d078d" ON "review_excellence_areas"  ("allianceId") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_25a6365e3144d6d650df62c497" ON "review_excellence_areas"  ("reviewId", "criterionId") `,
    );
    await queryRunner.query(
      `ALTER TABLE "review_excellence_areas" ADD CONSTRAINT "FK_2d849461fbbade0951c82680fc4" FOREIGN KEY ("reviewId") REFERENCES "reviews"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_excellence_areas" ADD CONSTRAINT "FK_c31e5fa43c5d2a459a444ac298d" FOREIGN KEY ("criterionId") REFERENCES "review_framework_criteria"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_excellence_areas" ADD CONSTRAINT "FK_2c2b67e02a13c456ab59da2eb83" FOREIGN KEY ("publishedByUserId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "review_excellence_areas" DROP CONSTRAINT "FK_2c2b67e02a13c456ab59da2eb83"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_excellence_areas" DROP CONSTRAINT "FK_c31e5fa43c5d2a459a444ac298d"`,
    );
    await queryRunner.query(
      `ALTER TABLE "review_excellence_areas" DROP CONSTRAINT "FK_2d849461fbbade0951c82680fc4"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_25a6365e3144d6d650df62c497"`,
    );
    await queryRunner.query(
      `DROP INDEX "public"."IDX_263eebc2d47e941aa8bc7d078d"`,
    );
    await queryRunner.query(`DROP TABLE "review_excellence_areas"`);
  }
}
