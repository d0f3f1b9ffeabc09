import { MigrationInterface, QueryRunner } from "typeorm";

export class Networks1795446918000 implements MigrationInterface {
    name = 'Networks1795446918000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Written by hand: array_to_string is only STABLE, and a generated column may call IMMUTABLE functions alone.
        await queryRunner.query(`CREATE FUNCTION library_tag_words(tags text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string(tags, ' ') $$`);
        await queryRunner.query(`CREATE TABLE "networks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "allianceId" uuid NOT NULL, "name" character varying(120) NOT NULL, "kind" character varying(32) NOT NULL, "subjectTags" text array NOT NULL DEFAULT '{}', "phaseTags" text array NOT NULL DEFAULT '{}', "purpose" text NOT NULL, "expectations" text NOT NULL DEFAULT '', "createdByUserId" uuid, CONSTRAINT "PK_61b1ee921bf79550d9d4742b9f7" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_e540793b55ea941c9b9b3e818c" ON "networks"  ("createdByUserId") `);
        await queryRunner.query(`CREATE INDEX "IDX_ef4bcbf2a47c63d9a6ebe90f88" ON "networks"  ("allianceId", "name") `);
        await queryRunner.query(`CREATE TABLE "network_hubs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "networkId" uuid NOT NULL, "name" character varying(120) NOT NULL, "region" character varying(100) NOT NULL, "hubLeadUserId" uuid, CONSTRAINT "PK_a3058400917e836011e895f2896" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_b34e3f6914588e9548c8ccb60f" ON "network_hubs"  ("hubLeadUserId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_d1bfcd873dc7a77c300883f67b" ON "network_hubs"  ("networkId", "name") `);
        await queryRunner.query(`CREATE TABLE "network_meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "networkId" uuid NOT NULL, "kind" character varying(16) NOT NULL, "hubId" uuid, "title" character varying(200) NOT NULL, "startsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "endsAt" TIMESTAMP WITH TIME ZONE NOT NULL, "venue" character varying(200), "address" character varying(500), "onlineUrl" character varying(500), "agenda" text NOT NULL DEFAULT '', "notes" text NOT NULL DEFAULT '', "decisions" text array NOT NULL DEFAULT '{}', "notesRecordedAt" TIMESTAMP WITH TIME ZONE, "status" character varying(16) NOT NULL DEFAULT 'scheduled', "createdByUserId" uuid, CONSTRAINT "PK_8924627fecfc7ed65cb4075f28f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_62663f420f980ac400081d7067" ON "network_meetings"  ("hubId") `);
        await queryRunner.query(`CREATE INDEX "IDX_b3c734b3ced8cee39204f44435" ON "network_meetings"  ("createdByUserId") `);
        await queryRunner.query(`CREATE INDEX "IDX_88ac3e1581b5afd1d35976d79f" ON "network_meetings"  ("networkId", "startsAt") `);
        await queryRunner.query(`CREATE TABLE "meeting_responses" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "meetingId" uuid NOT NULL, "userId" uuid NOT NULL, "rsvp" character varying(16), "attendance" character varying(16), "attendanceMarkedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_3c5259caf973b15983a31230e58" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_62513c4463acc063b77caefedc" ON "meeting_responses"  ("userId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_ba174bce21b59443bd20bc6790" ON "meeting_responses"  ("meetingId", "userId") `);
        await queryRunner.query(`INSERT INTO "typeorm_metadata"("database", "schema", "table", "type", "name", "value") VALUES (current_database(), $1, $2, $3, $4, $5)`, ["public","library_resources","GENERATED_COLUMN","searchVector","setweight(to_tsvector('english'::regconfig, \"title\"), 'A') || setweight(to_tsvector('english'::regconfig, library_tag_words(\"subjectTags\" || \"phaseTags\" || \"keyStageTags\")), 'B') || setweight(to_tsvector('english'::regconfig, \"summary\"), 'C') || setweight(to_tsvector('english'::regconfig, \"body\" || ' ' || \"whatWorked\" || ' ' || \"whatDidNotWork\"), 'D')"]);
        await queryRunner.query(`CREATE TABLE "library_resources" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "allianceId" uuid NOT NULL, "networkId" uuid, "organisationId" uuid NOT NULL, "authorUserId" uuid, "title" character varying(200) NOT NULL, "summary" text NOT NULL, "kind" character varying(32) NOT NULL, "subjectTags" text array NOT NULL DEFAULT '{}', "phaseTags" text array NOT NULL DEFAULT '{}', "keyStageTags" text array NOT NULL DEFAULT '{}', "body" text NOT NULL DEFAULT '', "whatWorked" text NOT NULL DEFAULT '', "whatDidNotWork" text NOT NULL DEFAULT '', "links" jsonb NOT NULL DEFAULT '[]', "isPublic" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "helpfulCount" integer NOT NULL DEFAULT '0', "commentCount" integer NOT NULL DEFAULT '0', "searchVector" tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english'::regconfig, "title"), 'A') || setweight(to_tsvector('english'::regconfig, library_tag_words("subjectTags" || "phaseTags" || "keyStageTags")), 'B') || setweight(to_tsvector('english'::regconfig, "summary"), 'C') || setweight(to_tsvector('english'::regconfig, "body" || ' ' || "whatWorked" || ' ' || "whatDidNotWork"), 'D')) STORED NOT NULL, CONSTRAINT "PK_4aa9381d621dc9c4a0ee28414f4" PRIMARY KEY ("id"))`);
        // Written by hand: TypeORM cannot declare a GIN index (the entity marks it synchronize: false).
        await queryRunner.query(`CREATE INDEX "IDX_library_resources_search_vector" ON "library_resources" USING GIN ("searchVector")`);
        await queryRunner.query(`CREATE INDEX "IDX_80310d892f8f41d2104aeb6eca" ON "library_resources"  ("networkId") `);
        await queryRunner.query(`CREATE INDEX "IDX_729d5069cb10c37f5df310bec0" ON "library_resources"  ("organisationId") `);
        await queryRunner.query(`CREATE INDEX "IDX_3c4095bc7504b16680d2879986" ON "library_resources"  ("authorUserId") `);
        await queryRunner.query(`CREATE INDEX "IDX_8301c58ec235ce3c6d38b82f2a" ON "library_resources"  ("allianceId", "createdAt") `);
        await queryRunner.query(`CREATE INDEX "IDX_fd6d6ac02718d3ee7975d3fe77" ON "library_resources"  ("allianceId", "helpfulCount", "createdAt") `);
        await queryRunner.query(`CREATE TABLE "network_members" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "networkId" uuid NOT NULL, "userId" uuid NOT NULL, "role" character varying(16) NOT NULL DEFAULT 'member', "hubId" uuid, "schoolId" uuid, "addedByUserId" uuid, CONSTRAINT "PK_9bef3d48aa5999465dc69a72e4c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_161cbdef73adccaecf32fe92e8" ON "network_members"  ("userId") `);
        await queryRunner.query(`CREATE INDEX "IDX_fbee9b3c8cb9e181e4df778062" ON "network_members"  ("hubId") `);
        await queryRunner.query(`CREATE INDEX "IDX_05bcbb54e30589c9a9983e8fda" ON "network_members"  ("schoolId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_8f4ab4af935b45bfc767297ca6" ON "network_members"  ("networkId", "userId") `);
        await queryRunner.query(`CREATE TABLE "library_comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resourceId" uuid NOT NULL, "authorUserId" uuid, "organisationId" uuid NOT NULL, "body" text NOT NULL, CONSTRAINT "PK_174cebdb4fd4f80795bf9f53644" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_261f6e78f126689ac7042bebc4" ON "library_comments"  ("authorUserId") `);
        await queryRunner.query(`CREATE INDEX "IDX_25fd546ef03b371c84caec6fa7" ON "library_comments"  ("organisationId") `);
        await queryRunner.query(`CREATE INDEX "IDX_85c0be6ccab594b188f0eab0f0" ON "library_comments"  ("resourceId", "createdAt") `);
        await queryRunner.query(`CREATE TABLE "library_helpful_marks" ("resourceId" uuid NOT NULL, "userId" uuid NOT NULL, "markedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_976e667928539ca18c95f05cf7a" PRIMARY KEY ("resourceId", "userId"))`);
        await queryRunner.query(`CREATE INDEX "IDX_ff94fab2f996fe6aa4d56c0f5d" ON "library_helpful_marks"  ("userId") `);
        await queryRunner.query(`CREATE TABLE "library_resource_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "resourceId" uuid NOT NULL, "version" integer NOT NULL, "title" character varying(200) NOT NULL, "summary" text NOT NULL, "body" text NOT NULL, "whatWorked" text NOT NULL, "whatDidNotWork" text NOT NULL, "links" jsonb NOT NULL DEFAULT '[]', "fileIds" uuid array NOT NULL DEFAULT '{}', "replacedByUserId" uuid, CONSTRAINT "PK_4d4b2f2fe6d8906023161b27c28" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_9747831a5dd49a7ee08813fc29" ON "library_resource_versions"  ("replacedByUserId") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_906151da234e261580ec5fc701" ON "library_resource_versions"  ("resourceId", "version") `);
        await queryRunner.query(`ALTER TABLE "networks" ADD CONSTRAINT "FK_ca22b8c1ab61d995d5286c8f254" FOREIGN KEY ("allianceId") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "networks" ADD CONSTRAINT "FK_e540793b55ea941c9b9b3e818cb" FOREIGN KEY ("createdByUserId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "network_hubs" ADD CONSTRAINT "FK_8f117d101b596ac6f7e2d8d8939" FOREIGN KEY ("networkId") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "network_hubs" ADD CONSTRAINT "FK_b34e3f6914588e9548c8ccb60f9" FOREIGN KEY ("hubLeadUserId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "network_meetings" ADD CONSTRAINT "FK_9c77efc01d58bc1a695980ca8a5" FOREIGN KEY ("networkId") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "network_meetings" ADD CONSTRAINT "FK_62663f420f980ac400081d70677" FOREIGN KEY ("hubId") REFERENCES "network_hubs"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "network_meetings" ADD CONSTRAINT "FK_b3c734b3ced8cee39204f444350" FOREIGN KEY ("createdByUserId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "meeting_responses" ADD CONSTRAINT "FK_2d3596e3c324103223548e41166" FOREIGN KEY ("meetingId") REFERENCES "network_meetings"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "meeting_responses" ADD CONSTRAINT "FK_62513c4463acc063b77caefedc3" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "library_resources" ADD CONSTRAINT "FK_8e52cbd2fb8e1fa806b4ff9eb38" FOREIGN KEY ("allianceId") REFERENCES "alliances"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "library_resources" ADD CONSTRAINT "FK_80310d892f8f41d2104aeb6eca5" FOREIGN KEY ("networkId") REFERENCES "networks"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "library_resources" ADD CONSTRAINT "FK_729d5069cb10c37f5df310bec0e" FOREIGN KEY ("organisationId") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "library_resources" ADD CONSTRAINT "FK_3c4095bc7504b16680d2879986d" FOREIGN KEY ("authorUserId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "network_members" ADD CONSTRAINT "FK_f1a35b436ae446c397c9e9a6e93" FOREIGN KEY ("networkId") REFERENCES "networks"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "network_members" ADD CONSTRAINT "FK_161cbdef73adccaecf32fe92e8b" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "network_members" ADD CONSTRAINT "FK_fbee9b3c8cb9e181e4df7780626" FOREIGN KEY ("hubId") REFERENCES "network_hubs"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "network_members" ADD CONSTRAINT "FK_05bcbb54e30589c9a9983e8fda2" FOREIGN KEY ("schoolId") REFERENCES "schools"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "network_members" ADD CONSTRAINT "FK_1c61bf6541b7f370c167b81a22c" FOREIGN KEY ("addedByUserId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "library_comments" ADD CONSTRAINT "FK_1d75691d584e8b9a5a8981c2322" FOREIGN KEY ("resourceId") REFERENCES "library_resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "library_comments" ADD CONSTRAINT "FK_261f6e78f126689ac7042bebc48" FOREIGN KEY ("authorUserId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "library_comments" ADD CONSTRAINT "FK_25fd546ef03b371c84caec6fa7d" FOREIGN KEY ("organisationId") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "library_helpful_marks" ADD CONSTRAINT "FK_3c36395f756c52b54f7a57f4c52" FOREIGN KEY ("resourceId") REFERENCES "library_resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "library_helpful_marks" ADD CONSTRAINT "FK_ff94fab2f996fe6aa4d56c0f5d9" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "library_resource_versions" ADD CONSTRAINT "FK_03977d475f43540c5b28e448989" FOREIGN KEY ("resourceId") REFERENCES "library_resources"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "library_resource_versions" ADD CONSTRAINT "FK_9747831a5dd49a7ee08813fc299" FOREIGN KEY ("replacedByUserId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "library_resource_versions" DROP CONSTRAINT "FK_9747831a5dd49a7ee08813fc299"`);
        await queryRunner.query(`ALTER TABLE "library_resource_versions" DROP CONSTRAINT "FK_03977d475f43540c5b28e448989"`);
        await queryRunner.query(`ALTER TABLE "library_helpful_marks" DROP CONSTRAINT "FK_ff94fab2f996fe6aa4d56c0f5d9"`);
        await queryRunner.query(`ALTER TABLE "library_helpful_marks" DROP CONSTRAINT "FK_3c36395f756c52b54f7a57f4c52"`);
        await queryRunner.query(`ALTER TABLE "library_comments" DROP CONSTRAINT "FK_25fd546ef03b371c84caec6fa7d"`);
        await queryRunner.query(`ALTER TABLE "library_comments" DROP CONSTRAINT "FK_261f6e78f126689ac7042bebc48"`);
        await queryRunner.query(`ALTER TABLE "library_comments" DROP CONSTRAINT "FK_1d75691d584e8b9a5a8981c2322"`);
        await queryRunner.query(`ALTER TABLE "network_members" DROP CONSTRAINT "FK_1c61bf6541b7f370c167b81a22c"`);
        await queryRunner.query(`ALTER TABLE "network_members" DROP CONSTRAINT "FK_05bcbb54e30589c9a9983e8fda2"`);
        await queryRunner.query(`ALTER TABLE "network_members" DROP CONSTRAINT "FK_fbee9b3c8cb9e181e4df7780626"`);
        await queryRunner.query(`ALTER TABLE "network_members" DROP CONSTRAINT "FK_161cbdef73adccaecf32fe92e8b"`);
        await queryRunner.query(`ALTER TABLE "network_members" DROP CONSTRAINT "FK_f1a35b436ae446c397c9e9a6e93"`);
        await queryRunner.query(`ALTER TABLE "library_resources" DROP CONSTRAINT "FK_3c4095bc7504b16680d2879986d"`);
        await queryRunner.query(`ALTER TABLE "library_resources" DROP CONSTRAINT "FK_729d5069cb10c37f5df310bec0e"`);
        await queryRunner.query(`ALTER TABLE "library_resources" DROP CONSTRAINT "FK_80310d892f8f41d2104aeb6eca5"`);
        await queryRunner.query(`ALTER TABLE "library_resources" DROP CONSTRAINT "FK_8e52cbd2fb8e1fa806b4ff9eb38"`);
        await queryRunner.query(`ALTER TABLE "meeting_responses" DROP CONSTRAINT "FK_62513c4463acc063b77caefedc3"`);
        await queryRunner.query(`ALTER TABLE "meeting_responses" DROP CONSTRAINT "FK_2d3596e3c324103223548e41166"`);
        await queryRunner.query(`ALTER TABLE "network_meetings" DROP CONSTRAINT "FK_b3c734b3ced8cee39204f444350"`);
        await queryRunner.query(`ALTER TABLE "network_meetings" DROP CONSTRAINT "FK_62663f420f980ac400081d70677"`);
        await queryRunner.query(`ALTER TABLE "network_meetings" DROP CONSTRAINT "FK_9c77efc01d58bc1a695980ca8a5"`);
        await queryRunner.query(`ALTER TABLE "network_hubs" DROP CONSTRAINT "FK_b34e3f6914588e9548c8ccb60f9"`);
        await queryRunner.query(`ALTER TABLE "network_hubs" DROP CONSTRAINT "FK_8f117d101b596ac6f7e2d8d8939"`);
        await queryRunner.query(`ALTER TABLE "networks" DROP CONSTRAINT "FK_e540793b55ea941c9b9b3e818cb"`);
        await queryRunner.query(`ALTER TABLE "networks" DROP CONSTRAINT "FK_ca22b8c1ab61d995d5286c8f254"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_906151da234e261580ec5fc701"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9747831a5dd49a7ee08813fc29"`);
        await queryRunner.query(`DROP TABLE "library_resource_versions"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ff94fab2f996fe6aa4d56c0f5d"`);
        await queryRunner.query(`DROP TABLE "library_helpful_marks"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_85c0be6ccab594b188f0eab0f0"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_25fd546ef03b371c84caec6fa7"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_261f6e78f126689ac7042bebc4"`);
        await queryRunner.query(`DROP TABLE "library_comments"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_8f4ab4af935b45bfc767297ca6"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_05bcbb54e30589c9a9983e8fda"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_fbee9b3c8cb9e181e4df778062"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_161cbdef73adccaecf32fe92e8"`);
        await queryRunner.query(`DROP TABLE "network_members"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_fd6d6ac02718d3ee7975d3fe77"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_8301c58ec235ce3c6d38b82f2a"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3c4095bc7504b16680d2879986"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_729d5069cb10c37f5df310bec0"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_80310d892f8f41d2104aeb6eca"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_library_resources_search_vector"`);
        await queryRunner.query(`DROP TABLE "library_resources"`);
        await queryRunner.query(`DELETE FROM "typeorm_metadata" WHERE "type" = $1 AND "name" = $2 AND "database" = current_database() AND "schema" = $3 AND "table" = $4`, ["GENERATED_COLUMN","searchVector","public","library_resources"]);
        await queryRunner.query(`DROP INDEX "public"."IDX_ba174bce21b59443bd20bc6790"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_62513c4463acc063b77caefedc"`);
        await queryRunner.query(`DROP TABLE "meeting_responses"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_88ac3e1581b5afd1d35976d79f"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_b3c734b3ced8cee39204f44435"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_62663f420f980ac400081d7067"`);
        await queryRunner.query(`DROP TABLE "network_meetings"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d1bfcd873dc7a77c300883f67b"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_b34e3f6914588e9548c8ccb60f"`);
        await queryRunner.query(`DROP TABLE "network_hubs"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ef4bcbf2a47c63d9a6ebe90f88"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e540793b55ea941c9b9b3e818c"`);
        await queryRunner.query(`DROP TABLE "networks"`);
        await queryRunner.query(`DROP FUNCTION library_tag_words(text[])`);
    }

}
