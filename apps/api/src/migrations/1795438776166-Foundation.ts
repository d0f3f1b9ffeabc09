import { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1795438776166 implements MigrationInterface {
    name = 'Foundation1795438776166'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "kind" character varying(32) NOT NULL, "dfeReference" character varying(32), "region" character varying(100), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_eb6c08f7443bb22724f0296472" ON "organisations"  ("dfeReference") WHERE "dfeReference" IS NOT NULL`);
        await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "email" character varying(254) NOT NULL, "name" character varying(120) NOT NULL, "passwordHash" character varying(200) NOT NULL, "organisationId" uuid NOT NULL, "roles" text array NOT NULL, "lastSignedInAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_97672ac88f789774dd47f7c8be" ON "users"  ("email") `);
        await queryRunner.query(`CREATE INDEX "IDX_4bba96961e0142c06aa921ce27" ON "users"  ("organisationId") `);
        await queryRunner.query(`CREATE TABLE "alliances" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(200) NOT NULL, "vision" text NOT NULL DEFAULT '', CONSTRAINT "PK_399af2ac4eb985fd426454df023" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "alliance_coordinators" ("allianceId" uuid NOT NULL, "userId" uuid NOT NULL, CONSTRAINT "PK_8b40581691b14873661ba4cfe8f" PRIMARY KEY ("allianceId", "userId"))`);
        await queryRunner.query(`CREATE INDEX "IDX_f09674c7be4d8e065aa15d177f" ON "alliance_coordinators"  ("userId") `);
        await queryRunner.query(`CREATE TABLE "alliance_memberships" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "allianceId" uuid NOT NULL, "organisationId" uuid NOT NULL, "status" character varying(16) NOT NULL, "invitedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "joinedAt" TIMESTAMP WITH TIME ZONE, "leftAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_f92e19b1bbbb92010362a116d23" UNIQUE ("allianceId", "organisationId"), CONSTRAINT "PK_b7b10d44bae0dca6e48b8a833c7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_8de01996068d17852b761085ae" ON "alliance_memberships"  ("allianceId") `);
        await queryRunner.query(`CREATE INDEX "IDX_e4cb7377b4fe383c9d83a58ed3" ON "alliance_memberships"  ("organisationId") `);
        await queryRunner.query(`CREATE TABLE "terms_of_reference" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "allianceId" uuid NOT NULL, "version" integer NOT NULL, "body" text NOT NULL, "publishedByUserId" uuid NOT NULL, CONSTRAINT "UQ_d743aefc2437d15e21b82bf06cd" UNIQUE ("allianceId", "version"), CONSTRAINT "PK_6a448e4da92d7e87e827f2601ca" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_0f734e81c377d4320ded709a46" ON "terms_of_reference"  ("allianceId") `);
        await queryRunner.query(`CREATE TABLE "terms_signatures" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "termsId" uuid NOT NULL, "organisationId" uuid NOT NULL, "signedByUserId" uuid NOT NULL, CONSTRAINT "UQ_ffb6b2c7418a90827df04e98773" UNIQUE ("termsId", "organisationId"), CONSTRAINT "PK_85df9bb2eed5f2d77a22f9639dd" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_ed204838004ed0ea8f19f70e6b" ON "terms_signatures"  ("termsId") `);
        await queryRunner.query(`CREATE INDEX "IDX_a409d4fa0600e003c512c647c5" ON "terms_signatures"  ("organisationId") `);
        await queryRunner.query(`CREATE TABLE "audit_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurredAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actorUserId" uuid, "organisationId" uuid, "allianceId" uuid, "action" character varying(80) NOT NULL, "entityType" character varying(80) NOT NULL, "entityId" uuid NOT NULL, "changes" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_3dffd5333918b40638a11b2c1f" ON "audit_entries"  ("entityId") `);
        await queryRunner.query(`CREATE INDEX "IDX_4c417de81f3a1361e3ab70ee47" ON "audit_entries"  ("allianceId", "occurredAt") `);
        await queryRunner.query(`CREATE TABLE "login_failures" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT '0', "expire" bigint, CONSTRAINT "PK_917877ed32c9d30e8b6b72caae3" PRIMARY KEY ("key"))`);
        await queryRunner.query(`CREATE TABLE "user_sessions" ("sid" character varying NOT NULL, "sess" json NOT NULL, "expire" TIMESTAMP(6) NOT NULL, CONSTRAINT "PK_5d74a33a1f439b45f64c4e5fcfe" PRIMARY KEY ("sid"))`);
        await queryRunner.query(`CREATE INDEX "IDX_user_sessions_expire" ON "user_sessions"  ("expire") `);
        await queryRunner.query(`CREATE TABLE "outbox_messages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "to" character varying(254) NOT NULL, "subject" character varying(300) NOT NULL, "text" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "nextAttemptAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "lastError" text, "sentAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_0171348f527c64b137e4d4f5b66" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_9000793608d0e390a7ce08043f" ON "outbox_messages"  ("status", "nextAttemptAt") `);
        await queryRunner.query(`CREATE TABLE "person_invitations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "organisationId" uuid NOT NULL, "email" character varying(254) NOT NULL, "name" character varying(120) NOT NULL, "roles" text array NOT NULL, "tokenHash" character varying(64) NOT NULL, "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "acceptedAt" TIMESTAMP WITH TIME ZONE, "revokedAt" TIMESTAMP WITH TIME ZONE, "invitedByUserId" uuid NOT NULL, CONSTRAINT "PK_3c859dfaa66d183ebb550a1c0d4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_7007ef75aae174d838998bd9ee" ON "person_invitations"  ("organisationId") `);
        await queryRunner.query(`CREATE INDEX "IDX_ed63770667ed7316a72b9dc07f" ON "person_invitations"  ("email") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_6f1fbc8452760538e001316a47" ON "person_invitations"  ("tokenHash") `);
        await queryRunner.query(`CREATE TABLE "schools" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "urn" character varying(16) NOT NULL, "name" character varying(200) NOT NULL, "phase" character varying(32) NOT NULL, "localAuthority" character varying(100), "region" character varying(100), "postcode" character varying(16), "status" character varying(16) NOT NULL DEFAULT 'open', "organisationId" uuid, CONSTRAINT "PK_95b932e47ac129dd8e23a0db548" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ca129493bd3397a5a70b37a24f" ON "schools"  ("urn") `);
        await queryRunner.query(`CREATE INDEX "IDX_3a0be9826f860b8a756b825b31" ON "schools"  ("organisationId") `);
        await queryRunner.query(`ALTER TABLE "users" ADD CONSTRAINT "FK_4bba96961e0142c06aa921ce27f" FOREIGN KEY ("organisationId") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "alliance_coordinators" ADD CONSTRAINT "FK_c47bace953d692bb00a85d8094c" FOREIGN KEY ("allianceId") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "alliance_coordinators" ADD CONSTRAINT "FK_f09674c7be4d8e065aa15d177f1" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "alliance_memberships" ADD CONSTRAINT "FK_8de01996068d17852b761085aea" FOREIGN KEY ("allianceId") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "alliance_memberships" ADD CONSTRAINT "FK_e4cb7377b4fe383c9d83a58ed33" FOREIGN KEY ("organisationId") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "terms_of_reference" ADD CONSTRAINT "FK_0f734e81c377d4320ded709a469" FOREIGN KEY ("allianceId") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "terms_of_reference" ADD CONSTRAINT "FK_7014058a9e7a388e58763bf69c3" FOREIGN KEY ("publishedByUserId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "terms_signatures" ADD CONSTRAINT "FK_ed204838004ed0ea8f19f70e6bf" FOREIGN KEY ("termsId") REFERENCES "terms_of_reference"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "terms_signatures" ADD CONSTRAINT "FK_a409d4fa0600e003c512c647c5d" FOREIGN KEY ("organisationId") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "terms_signatures" ADD CONSTRAINT "FK_099c05b9b3d9901bb39c23a43ae" FOREIGN KEY ("signedByUserId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "person_invitations" ADD CONSTRAINT "FK_7007ef75aae174d838998bd9ee9" FOREIGN KEY ("organisationId") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "person_invitations" ADD CONSTRAINT "FK_aaf710cb1e2d58e39fc37a9a83a" FOREIGN KEY ("invitedByUserId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "schools" ADD CONSTRAINT "FK_3a0be9826f860b8a756b825b312" FOREIGN KEY ("organisationId") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "schools" DROP CONSTRAINT "FK_3a0be9826f860b8a756b825b312"`);
        await queryRunner.query(`ALTER TABLE "person_invitations" DROP CONSTRAINT "FK_aaf710cb1e2d58e39fc37a9a83a"`);
        await queryRunner.query(`ALTER TABLE "person_invitations" DROP CONSTRAINT "FK_7007ef75aae174d838998bd9ee9"`);
        await queryRunner.query(`ALTER TABLE "terms_signatures" DROP CONSTRAINT "FK_099c05b9b3d9901bb39c23a43ae"`);
        await queryRunner.query(`ALTER TABLE "terms_signatures" DROP CONSTRAINT "FK_a409d4fa0600e003c512c647c5d"`);
        await queryRunner.query(`ALTER TABLE "terms_signatures" DROP CONSTRAINT "FK_ed204838004ed0ea8f19f70e6bf"`);
        await queryRunner.query(`ALTER TABLE "terms_of_reference" DROP CONSTRAINT "FK_7014058a9e7a388e58763bf69c3"`);
        await queryRunner.query(`ALTER TABLE "terms_of_reference" DROP CONSTRAINT "FK_0f734e81c377d4320ded709a469"`);
        await queryRunner.query(`ALTER TABLE "alliance_memberships" DROP CONSTRAINT "FK_e4cb7377b4fe383c9d83a58ed33"`);
        await queryRunner.query(`ALTER TABLE "alliance_memberships" DROP CONSTRAINT "FK_8de01996068d17852b761085aea"`);
        await queryRunner.query(`ALTER TABLE "alliance_coordinators" DROP CONSTRAINT "FK_f09674c7be4d8e065aa15d177f1"`);
        await queryRunner.query(`ALTER TABLE "alliance_coordinators" DROP CONSTRAINT "FK_c47bace953d692bb00a85d8094c"`);
        await queryRunner.query(`ALTER TABLE "users" DROP CONSTRAINT "FK_4bba96961e0142c06aa921ce27f"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3a0be9826f860b8a756b825b31"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ca129493bd3397a5a70b37a24f"`);
        await queryRunner.query(`DROP TABLE "schools"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6f1fbc8452760538e001316a47"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ed63770667ed7316a72b9dc07f"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_7007ef75aae174d838998bd9ee"`);
        await queryRunner.query(`DROP TABLE "person_invitations"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9000793608d0e390a7ce08043f"`);
        await queryRunner.query(`DROP TABLE "outbox_messages"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_user_sessions_expire"`);
        await queryRunner.query(`DROP TABLE "user_sessions"`);
        await queryRunner.query(`DROP TABLE "login_failures"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_4c417de81f3a1361e3ab70ee47"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3dffd5333918b40638a11b2c1f"`);
        await queryRunner.query(`DROP TABLE "audit_entries"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_a409d4fa0600e003c512c647c5"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ed204838004ed0ea8f19f70e6b"`);
        await queryRunner.query(`DROP TABLE "terms_signatures"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_0f734e81c377d4320ded709a46"`);
        await queryRunner.query(`DROP TABLE "terms_of_reference"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e4cb7377b4fe383c9d83a58ed3"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_8de01996068d17852b761085ae"`);
        await queryRunner.query(`DROP TABLE "alliance_memberships"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f09674c7be4d8e065aa15d177f"`);
        await queryRunner.query(`DROP TABLE "alliance_coordinators"`);
        await queryRunner.query(`DROP TABLE "alliances"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_4bba96961e0142c06aa921ce27"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_97672ac88f789774dd47f7c8be"`);
        await queryRunner.query(`DROP TABLE "users"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_eb6c08f7443bb22724f0296472"`);
        await queryRunner.query(`DROP TABLE "organisations"`);
    }

}
