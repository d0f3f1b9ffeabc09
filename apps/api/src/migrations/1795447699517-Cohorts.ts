import { MigrationInterface, QueryRunner } from "typeorm";

export class Cohorts1795447699517 implements MigrationInterface {
    name = 'Cohorts1795447699517'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "cohorts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "allianceId" uuid NOT NULL, "name" character varying(200) NOT NULL, "academicYear" character varying(7) NOT NULL, "inductionYear" smallint NOT NULL, "region" character varying(100) NOT NULL, "facilitatingOrganisationId" uuid NOT NULL, "createdByUserId" uuid NOT NULL, "capacity" integer NOT NULL, "sessionBooking" character varying(16) NOT NULL, CONSTRAINT "PK_fd38f76b135e907b834fda1e752" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_397ce051b5344cc8fed75d04cf" ON "cohorts"  ("facilitatingOrganisationId") `);
        await queryRunner.query(`CREATE INDEX "IDX_5b8d1b5cebd1ecc175778aa6ec" ON "cohorts"  ("allianceId", "academicYear") `);
        await queryRunner.query(`CREATE TABLE "cohort_enrolments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "cohortId" uuid NOT NULL, "academicYear" character varying(7) NOT NULL, "ectUserId" uuid NOT NULL, "organisationId" uuid NOT NULL, "mentorUserId" uuid, "status" character varying(16) NOT NULL, "requestedAt" TIMESTAMP WITH TIME ZONE, "requestNote" text, "activatedAt" TIMESTAMP WITH TIME ZONE, "enrolledByUserId" uuid, "withdrawnAt" TIMESTAMP WITH TIME ZONE, "withdrawalReason" text, "withdrawnByUserId" uuid, "transferredAt" TIMESTAMP WITH TIME ZONE, "transferReason" text, "transferredToCohortId" uuid, "transferredFromEnrolmentId" uuid, CONSTRAINT "PK_b9b90d0efc2b3495c617e7f87a7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_602b62415c4d212487ce238765" ON "cohort_enrolments"  ("ectUserId") `);
        await queryRunner.query(`CREATE INDEX "IDX_06af1357906df86fc54d781cf4" ON "cohort_enrolments"  ("organisationId") `);
        await queryRunner.query(`CREATE INDEX "IDX_b3e3c434dcf66730c3c467af58" ON "cohort_enrolments"  ("mentorUserId") `);
        await queryRunner.query(`CREATE INDEX "IDX_8f54e8b171be1182e3410c46a8" ON "cohort_enrolments"  ("cohortId", "status") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_cohort_enrolments_one_live_enrolment_per_cohort" ON "cohort_enrolments"  ("cohortId", "ectUserId") WHERE status IN ('requested', 'active')`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_cohort_enrolments_one_active_cohort_per_year" ON "cohort_enrolments"  ("ectUserId", "academicYear") WHERE status = 'active'`);
        await queryRunner.query(`CREATE TABLE "cohort_facilitators" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "cohortId" uuid NOT NULL, "userId" uuid NOT NULL, CONSTRAINT "PK_f0f7c311c1051311b0cb8fc3b3d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_ebe0e0b7658a04daa2f6f122f4" ON "cohort_facilitators"  ("userId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_3d73128e4035dc888bb627d124" ON "cohort_facilitators"  ("cohortId", "userId") `);
        await queryRunner.query(`CREATE TABLE "cohort_sessions" ("eventId" uuid NOT NULL, "cohortId" uuid NOT NULL, "facilitatorUserId" uuid, CONSTRAINT "PK_c9d1f217da78ecb268549bb54e9" PRIMARY KEY ("eventId"))`);
        await queryRunner.query(`CREATE INDEX "IDX_ea66e92778818d0577861a8a7a" ON "cohort_sessions"  ("facilitatorUserId") `);
        await queryRunner.query(`CREATE INDEX "IDX_de82a1785624beabf97f77c1f4" ON "cohort_sessions"  ("cohortId") `);
        await queryRunner.query(`CREATE TABLE "cohort_session_attendance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sessionId" uuid NOT NULL, "userId" uuid NOT NULL, "attendance" character varying(16) NOT NULL, "markedByUserId" uuid, CONSTRAINT "PK_c8ff7d45cb4372cc4105b24eb57" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_b1e9c40b535a1bb87e10134590" ON "cohort_session_attendance"  ("userId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_e056c940d63ea5b5f777c73c8b" ON "cohort_session_attendance"  ("sessionId", "userId") `);
        await queryRunner.query(`CREATE TABLE "cohort_session_materials" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sessionId" uuid NOT NULL, "title" character varying(200) NOT NULL, "url" character varying(1000), "storedFileId" uuid, "addedByUserId" uuid NOT NULL, CONSTRAINT "PK_c8196d13a090c4f6ff06c214da6" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_c595504d9d9cdc26c21e10d2bb" ON "cohort_session_materials"  ("sessionId") `);
        await queryRunner.query(`CREATE TABLE "cohort_session_reflections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sessionId" uuid NOT NULL, "userId" uuid NOT NULL, "text" text NOT NULL, "sharedWithMentor" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_b1dcdeb4d20702824f8a647538f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_f702e14fb2e36738e1ac1ca063" ON "cohort_session_reflections"  ("userId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_b8a27b0800e0735178e686171e" ON "cohort_session_reflections"  ("sessionId", "userId") `);
        await queryRunner.query(`ALTER TABLE "events" ADD "cohortId" uuid`);
        await queryRunner.query(`CREATE INDEX "IDX_394d180e3dcddec68995ba0ad7" ON "events"  ("cohortId") `);
        await queryRunner.query(`ALTER TABLE "cohorts" ADD CONSTRAINT "FK_ce695159e8285139f7a6b798bde" FOREIGN KEY ("allianceId") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohorts" ADD CONSTRAINT "FK_397ce051b5344cc8fed75d04cf9" FOREIGN KEY ("facilitatingOrganisationId") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohorts" ADD CONSTRAINT "FK_ec3ba55e05470414a983a900cc1" FOREIGN KEY ("createdByUserId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort_enrolments" ADD CONSTRAINT "FK_61b3da28926f3c7760354e101ed" FOREIGN KEY ("cohortId") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort_enrolments" ADD CONSTRAINT "FK_602b62415c4d212487ce238765c" FOREIGN KEY ("ectUserId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort_enrolments" ADD CONSTRAINT "FK_06af1357906df86fc54d781cf40" FOREIGN KEY ("organisationId") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort_enrolments" ADD CONSTRAINT "FK_b3e3c434dcf66730c3c467af580" FOREIGN KEY ("mentorUserId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort_enrolments" ADD CONSTRAINT "FK_668f76068c792540afdb872a2d7" FOREIGN KEY ("enrolledByUserId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort_enrolments" ADD CONSTRAINT "FK_d23d3f1ec77fe6b1c6df3c8a321" FOREIGN KEY ("withdrawnByUserId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort_enrolments" ADD CONSTRAINT "FK_2e3050a5d5ae89810acfa09588d" FOREIGN KEY ("transferredToCohortId") REFERENCES "cohorts"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort_enrolments" ADD CONSTRAINT "FK_c43691bc596e1e32dea0c6cf6ba" FOREIGN KEY ("transferredFromEnrolmentId") REFERENCES "cohort_enrolments"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort_facilitators" ADD CONSTRAINT "FK_35628d21993b842e77dd20acc39" FOREIGN KEY ("cohortId") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort_facilitators" ADD CONSTRAINT "FK_ebe0e0b7658a04daa2f6f122f4d" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "events" ADD CONSTRAINT "FK_394d180e3dcddec68995ba0ad78" FOREIGN KEY ("cohortId") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort_sessions" ADD CONSTRAINT "FK_c9d1f217da78ecb268549bb54e9" FOREIGN KEY ("eventId") REFERENCES "events"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort_sessions" ADD CONSTRAINT "FK_de82a1785624beabf97f77c1f4a" FOREIGN KEY ("cohortId") REFERENCES "cohorts"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort_sessions" ADD CONSTRAINT "FK_ea66e92778818d0577861a8a7a3" FOREIGN KEY ("facilitatorUserId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort_session_attendance" ADD CONSTRAINT "FK_5e429cd190076f99047d416ff3e" FOREIGN KEY ("sessionId") REFERENCES "cohort_sessions"("eventId") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort_session_attendance" ADD CONSTRAINT "FK_b1e9c40b535a1bb87e10134590b" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort_session_attendance" ADD CONSTRAINT "FK_16d5fbd2824c39922d6b7fbae01" FOREIGN KEY ("markedByUserId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort_session_materials" ADD CONSTRAINT "FK_c595504d9d9cdc26c21e10d2bb3" FOREIGN KEY ("sessionId") REFERENCES "cohort_sessions"("eventId") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort_session_materials" ADD CONSTRAINT "FK_be6a7d5923b9124bf20b6fa1826" FOREIGN KEY ("addedByUserId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort_session_reflections" ADD CONSTRAINT "FK_177714d5a094e1e95e010238b4a" FOREIGN KEY ("sessionId") REFERENCES "cohort_sessions"("eventId") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "cohort_session_reflections" ADD CONSTRAINT "FK_f702e14fb2e36738e1ac1ca0637" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "cohort_session_reflections" DROP CONSTRAINT "FK_f702e14fb2e36738e1ac1ca0637"`);
        await queryRunner.query(`ALTER TABLE "cohort_session_reflections" DROP CONSTRAINT "FK_177714d5a094e1e95e010238b4a"`);
        await queryRunner.query(`ALTER TABLE "cohort_session_materials" DROP CONSTRAINT "FK_be6a7d5923b9124bf20b6fa1826"`);
        await queryRunner.query(`ALTER TABLE "cohort_session_materials" DROP CONSTRAINT "FK_c595504d9d9cdc26c21e10d2bb3"`);
        await queryRunner.query(`ALTER TABLE "cohort_session_attendance" DROP CONSTRAINT "FK_16d5fbd2824c39922d6b7fbae01"`);
        await queryRunner.query(`ALTER TABLE "cohort_session_attendance" DROP CONSTRAINT "FK_b1e9c40b535a1bb87e10134590b"`);
        await queryRunner.query(`ALTER TABLE "cohort_session_attendance" DROP CONSTRAINT "FK_5e429cd190076f99047d416ff3e"`);
        await queryRunner.query(`ALTER TABLE "cohort_sessions" DROP CONSTRAINT "FK_ea66e92778818d0577861a8a7a3"`);
        await queryRunner.query(`ALTER TABLE "cohort_sessions" DROP CONSTRAINT "FK_de82a1785624beabf97f77c1f4a"`);
        await queryRunner.query(`ALTER TABLE "cohort_sessions" DROP CONSTRAINT "FK_c9d1f217da78ecb268549bb54e9"`);
        await queryRunner.query(`ALTER TABLE "events" DROP CONSTRAINT "FK_394d180e3dcddec68995ba0ad78"`);
        await queryRunner.query(`ALTER TABLE "cohort_facilitators" DROP CONSTRAINT "FK_ebe0e0b7658a04daa2f6f122f4d"`);
        await queryRunner.query(`ALTER TABLE "cohort_facilitators" DROP CONSTRAINT "FK_35628d21993b842e77dd20acc39"`);
        await queryRunner.query(`ALTER TABLE "cohort_enrolments" DROP CONSTRAINT "FK_c43691bc596e1e32dea0c6cf6ba"`);
        await queryRunner.query(`ALTER TABLE "cohort_enrolments" DROP CONSTRAINT "FK_2e3050a5d5ae89810acfa09588d"`);
        await queryRunner.query(`ALTER TABLE "cohort_enrolments" DROP CONSTRAINT "FK_d23d3f1ec77fe6b1c6df3c8a321"`);
        await queryRunner.query(`ALTER TABLE "cohort_enrolments" DROP CONSTRAINT "FK_668f76068c792540afdb872a2d7"`);
        await queryRunner.query(`ALTER TABLE "cohort_enrolments" DROP CONSTRAINT "FK_b3e3c434dcf66730c3c467af580"`);
        await queryRunner.query(`ALTER TABLE "cohort_enrolments" DROP CONSTRAINT "FK_06af1357906df86fc54d781cf40"`);
        await queryRunner.query(`ALTER TABLE "cohort_enrolments" DROP CONSTRAINT "FK_602b62415c4d212487ce238765c"`);
        await queryRunner.query(`ALTER TABLE "cohort_enrolments" DROP CONSTRAINT "FK_61b3da28926f3c7760354e101ed"`);
        await queryRunner.query(`ALTER TABLE "cohorts" DROP CONSTRAINT "FK_ec3ba55e05470414a983a900cc1"`);
        await queryRunner.query(`ALTER TABLE "cohorts" DROP CONSTRAINT "FK_397ce051b5344cc8fed75d04cf9"`);
        await queryRunner.query(`ALTER TABLE "cohorts" DROP CONSTRAINT "FK_ce695159e8285139f7a6b798bde"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_394d180e3dcddec68995ba0ad7"`);
        await queryRunner.query(`ALTER TABLE "events" DROP COLUMN "cohortId"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_b8a27b0800e0735178e686171e"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f702e14fb2e36738e1ac1ca063"`);
        await queryRunner.query(`DROP TABLE "cohort_session_reflections"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_c595504d9d9cdc26c21e10d2bb"`);
        await queryRunner.query(`DROP TABLE "cohort_session_materials"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e056c940d63ea5b5f777c73c8b"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_b1e9c40b535a1bb87e10134590"`);
        await queryRunner.query(`DROP TABLE "cohort_session_attendance"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_de82a1785624beabf97f77c1f4"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ea66e92778818d0577861a8a7a"`);
        await queryRunner.query(`DROP TABLE "cohort_sessions"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3d73128e4035dc888bb627d124"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ebe0e0b7658a04daa2f6f122f4"`);
        await queryRunner.query(`DROP TABLE "cohort_facilitators"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_cohort_enrolments_one_active_cohort_per_year"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_cohort_enrolments_one_live_enrolment_per_cohort"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_8f54e8b171be1182e3410c46a8"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_b3e3c434dcf66730c3c467af58"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_06af1357906df86fc54d781cf4"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_602b62415c4d212487ce238765"`);
        await queryRunner.query(`DROP TABLE "cohort_enrolments"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5b8d1b5cebd1ecc175778aa6ec"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_397ce051b5344cc8fed75d04cf"`);
        await queryRunner.query(`DROP TABLE "cohorts"`);
    }

}
