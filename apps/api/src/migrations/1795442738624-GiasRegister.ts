import { MigrationInterface, QueryRunner } from "typeorm";

export class GiasRegister1795442738624 implements MigrationInterface {
    name = 'GiasRegister1795442738624'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "organisations" ADD "giasGroupUid" character varying(16)`);
        await queryRunner.query(`ALTER TABLE "organisations" ADD "companiesHouseNumber" character varying(16)`);
        await queryRunner.query(`ALTER TABLE "organisations" ADD "status" character varying(16) NOT NULL DEFAULT 'open'`);
        await queryRunner.query(`ALTER TABLE "schools" ADD "establishmentType" character varying(100)`);
        await queryRunner.query(`ALTER TABLE "schools" ADD "openedOn" date`);
        await queryRunner.query(`ALTER TABLE "schools" ADD "closedOn" date`);
        await queryRunner.query(`ALTER TABLE "schools" ADD "giasUpdatedAt" TIMESTAMP WITH TIME ZONE`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_5d8eabd93065ef4d6f0f56f906" ON "organisations"  ("giasGroupUid") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_5d8eabd93065ef4d6f0f56f906"`);
        await queryRunner.query(`ALTER TABLE "schools" DROP COLUMN "giasUpdatedAt"`);
        await queryRunner.query(`ALTER TABLE "schools" DROP COLUMN "closedOn"`);
        await queryRunner.query(`ALTER TABLE "schools" DROP COLUMN "openedOn"`);
        await queryRunner.query(`ALTER TABLE "schools" DROP COLUMN "establishmentType"`);
        await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "status"`);
        await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "companiesHouseNumber"`);
        await queryRunner.query(`ALTER TABLE "organisations" DROP COLUMN "giasGroupUid"`);
    }

}
