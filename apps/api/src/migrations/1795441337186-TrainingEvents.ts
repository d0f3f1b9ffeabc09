import { MigrationInterface, QueryRunner } from "typeorm";

export class TrainingEvents1795441337186 implements MigrationInterface {
    name = 'TrainingEvents1795441337186'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "allianceId" uuid NOT NULL, "hostOrganisationId" uuid NOT NULL, "createdByUserId" uuid NOT NULL, "title" character varying(200) NOT NULL, "description" text NOT NULL DEFAULT '', "audience" text array NOT NULL, "format" character varying(16) NOT NULL, "venue" character varying(200), "address" character varying(500), "onlineUrl" character varying(500), "startsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "endsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "capacity" integer NOT NULL, "bookingDeadline" TIMESTAMP WITH TIME ZONE, "status" character varying(16) NOT NULL DEFAULT 'scheduled', "cancelledAt" TIMESTAMP WITH TIME ZONE, "seriesId" uuid, "confirmedCount" integer NOT NULL DEFAULT '0', "waitlistCount" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_40731c7151fe4be3116e45ddf73" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_03ccfb07a27866f43ef4581254" ON "events"  ("hostOrganisationId") `);
        await queryRunner.query(`CREATE INDEX "IDX_e1ec1174aecc496bcdb706ccde" ON "events"  ("seriesId") `);
        await queryRunner.query(`CREATE INDEX "IDX_269fd41a80d62d03dc3fbc15d1" ON "events"  ("allianceId", "startsAt") `);
        await queryRunner.query(`CREATE TABLE "bookings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "eventId" uuid NOT NULL, "userId" uuid NOT NULL, "bookedByUserId" uuid, "status" character varying(16) NOT NULL, "queueNumber" BIGSERIAL NOT NULL, "confirmedAt" TIMESTAMP WITH TIME ZONE, "cancelledAt" TIMESTAMP WITH TIME ZONE, "attendance" character varying(16), "attendanceMarkedAt" TIMESTAMP WITH TIME ZONE, "reminderSentAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_bee6805982cc1e248e94ce94957" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_38a69a58a323647f2e75eb994d" ON "bookings"  ("userId") `);
        await queryRunner.query(`CREATE INDEX "IDX_0e1e16d7e722f20f3a2c644301" ON "bookings"  ("eventId", "status", "queueNumber") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_bookings_one_live_booking_per_person" ON "bookings"  ("eventId", "userId") WHERE status <> 'cancelled'`);
        await queryRunner.query(`ALTER TABLE "users" ADD "calendarToken" character varying(64)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b61e945eaaf03530093b050d97" ON "users"  ("calendarToken") WHERE "calendarToken" IS NOT NULL`);
        await queryRunner.query(`ALTER TABLE "events" ADD CONSTRAINT "FK_c979a19b0bb20115b7d156eb09a" FOREIGN KEY ("allianceId") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "events" ADD CONSTRAINT "FK_03ccfb07a27866f43ef4581254c" FOREIGN KEY ("hostOrganisationId") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "events" ADD CONSTRAINT "FK_02789872ab69af88a63ba5b60b3" FOREIGN KEY ("createdByUserId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "bookings" ADD CONSTRAINT "FK_f95d476ef16fad91a50544b60c3" FOREIGN KEY ("eventId") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "bookings" ADD CONSTRAINT "FK_38a69a58a323647f2e75eb994de" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "bookings" ADD CONSTRAINT "FK_aaf05f70f78a560b95aff7fc903" FOREIGN KEY ("bookedByUserId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "bookings" DROP CONSTRAINT "FK_aaf05f70f78a560b95aff7fc903"`);
        await queryRunner.query(`ALTER TABLE "bookings" DROP CONSTRAINT "FK_38a69a58a323647f2e75eb994de"`);
        await queryRunner.query(`ALTER TABLE "bookings" DROP CONSTRAINT "FK_f95d476ef16fad91a50544b60c3"`);
        await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "FK_02789872ab69af88a63ba5b60b3"`);
        await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "FK_03ccfb07a27866f43ef4581254c"`);
        await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "FK_c979a19b0bb20115b7d156eb09a"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_b61e945eaaf03530093b050d97"`);
        await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "calendarToken"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_bookings_one_live_booking_per_person"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_0e1e16d7e722f20f3a2c644301"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_38a69a58a323647f2e75eb994d"`);
        await queryRunner.query(`DROP TABLE "bookings"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_269fd41a80d62d03dc3fbc15d1"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e1ec1174aecc496bcdb706ccde"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_03ccfb07a27866f43ef4581254"`);
        await queryRunner.query(`DROP TABLE "events"`);
    }

}
