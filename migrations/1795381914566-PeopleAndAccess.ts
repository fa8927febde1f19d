import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The second wall (ADR 007). The API's queries run as my_review_api, which neither owns the tables nor bypasses
 * row-level security. Each request sets its caller's claims with set_config(..., true); the policies below let a
 * caller see only the young people they may see. The functions that decide run as my_review_policy, which may read
 * past the policies, so that a policy never has to pass through another policy. Roles belong to the whole server,
 * so they are made only when missing and never dropped (other databases on the server may use them).
 */
const CHILD_TABLES = ["young_person", "review", "network_link", "iro_allocation"];

const ROW_LEVEL_SECURITY_UP = `
DO $roles$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'my_review_api') THEN
    CREATE ROLE my_review_api NOLOGIN NOINHERIT;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'my_review_policy') THEN
    CREATE ROLE my_review_policy NOLOGIN BYPASSRLS;
  END IF;
END
$roles$;
GRANT my_review_api TO CURRENT_USER;

GRANT USAGE ON SCHEMA public TO my_review_api, my_review_policy;
GRANT SELECT ON schema_migration TO my_review_api;
GRANT SELECT, INSERT, UPDATE ON local_authority, person, young_person, network_link, iro_allocation,
  account, session, invitation, review TO my_review_api;
GRANT SELECT, INSERT, DELETE ON failed_attempt TO my_review_api;
GRANT SELECT, INSERT ON audit_event TO my_review_api;
GRANT SELECT ON person, young_person, network_link, iro_allocation, account TO my_review_policy;

CREATE FUNCTION app_claim(claim text) RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('my_review.' || claim, true), '') $$;

CREATE FUNCTION app_may_see_young_person(target uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM person p
      WHERE p.id = target AND p.local_authority_id::text = app_claim('local_authority_id')
        AND CASE app_claim('role')
          WHEN 'YOUNG_PERSON' THEN target::text = app_claim('person_id')
          WHEN 'IRO' THEN EXISTS (
            SELECT 1 FROM iro_allocation a
            WHERE a.young_person_id = target AND a.iro_person_id::text = app_claim('person_id') AND a.ends_at IS NULL)
          WHEN 'SOCIAL_WORKER' THEN EXISTS (
            SELECT 1 FROM network_link l
            WHERE l.young_person_id = target AND l.person_id::text = app_claim('person_id') AND l.relationship = 'SOCIAL_WORKER')
          WHEN 'IRO_MANAGER' THEN true
          WHEN 'ADMINISTRATOR' THEN true
          ELSE false
        END)
  $$;

-- Someone who is not a young person is visible when they are the caller, a member of staff, someone in the network
-- of a young person the caller may see, or anyone at all to a manager or administrator.
CREATE FUNCTION app_may_see_person(target uuid, authority uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public
  AS $$
    SELECT authority::text = app_claim('local_authority_id') AND CASE
      WHEN EXISTS (SELECT 1 FROM young_person y WHERE y.id = target) THEN app_may_see_young_person(target)
      ELSE target::text = app_claim('person_id')
        OR app_claim('role') IN ('IRO_MANAGER', 'ADMINISTRATOR')
        OR EXISTS (SELECT 1 FROM account a WHERE a.person_id = target
                   AND a.role::text IN ('IRO', 'IRO_MANAGER', 'SOCIAL_WORKER', 'SUPERVISING_SOCIAL_WORKER', 'ADVOCACY_COORDINATOR', 'ADMINISTRATOR'))
        OR EXISTS (SELECT 1 FROM network_link l WHERE l.person_id = target AND app_may_see_young_person(l.young_person_id))
    END
  $$;

-- Changing a young person's record (who they are, their network, their IRO) is for managers and administrators.
CREATE FUNCTION app_may_manage_young_person(target uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public
  AS $$
    SELECT app_claim('role') IN ('IRO_MANAGER', 'ADMINISTRATOR')
      AND EXISTS (SELECT 1 FROM person p WHERE p.id = target AND p.local_authority_id::text = app_claim('local_authority_id'))
  $$;

ALTER FUNCTION app_may_see_young_person(uuid) OWNER TO my_review_policy;
ALTER FUNCTION app_may_see_person(uuid, uuid) OWNER TO my_review_policy;
ALTER FUNCTION app_may_manage_young_person(uuid) OWNER TO my_review_policy;

ALTER TABLE person ENABLE ROW LEVEL SECURITY;
ALTER TABLE person FORCE ROW LEVEL SECURITY;
CREATE POLICY person_read ON person FOR SELECT TO my_review_api USING (app_may_see_person(id, local_authority_id));
CREATE POLICY person_add ON person FOR INSERT TO my_review_api
  WITH CHECK (local_authority_id::text = app_claim('local_authority_id') AND app_claim('role') IN ('IRO_MANAGER', 'ADMINISTRATOR'));
CREATE POLICY person_change ON person FOR UPDATE TO my_review_api
  USING (local_authority_id::text = app_claim('local_authority_id') AND app_claim('role') IN ('IRO_MANAGER', 'ADMINISTRATOR'));

${CHILD_TABLES.map((table) => {
  const child = table === "young_person" ? "id" : "young_person_id";
  return `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
CREATE POLICY ${table}_read ON ${table} FOR SELECT TO my_review_api USING (app_may_see_young_person(${child}));
CREATE POLICY ${table}_add ON ${table} FOR INSERT TO my_review_api WITH CHECK (app_may_manage_young_person(${child}));
CREATE POLICY ${table}_change ON ${table} FOR UPDATE TO my_review_api USING (app_may_manage_young_person(${child}));`;
}).join("\n\n")}

ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_event FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_event_written_by_caller ON audit_event FOR INSERT TO my_review_api
  WITH CHECK (actor_account_id::text = app_claim('account_id') AND local_authority_id::text = app_claim('local_authority_id'));
CREATE POLICY audit_event_read_by_manager ON audit_event FOR SELECT TO my_review_api
  USING (app_claim('role') = 'IRO_MANAGER' AND local_authority_id::text = app_claim('local_authority_id'));
`;

const ROW_LEVEL_SECURITY_DOWN = `
DROP POLICY audit_event_read_by_manager ON audit_event;
DROP POLICY audit_event_written_by_caller ON audit_event;
${["person", ...CHILD_TABLES].map((table) => `DROP POLICY ${table}_read ON ${table}; DROP POLICY ${table}_add ON ${table}; DROP POLICY ${table}_change ON ${table}; ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY; ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY;`).join("\n")}
DROP FUNCTION app_may_manage_young_person(uuid);
DROP FUNCTION app_may_see_person(uuid, uuid);
DROP FUNCTION app_may_see_young_person(uuid);
DROP FUNCTION app_claim(text);
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM my_review_api, my_review_policy;
REVOKE USAGE ON SCHEMA public FROM my_review_api, my_review_policy;
`;

export class PeopleAndAccess1795381914566 implements MigrationInterface {
  name = "PeopleAndAccess1795381914566";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "local_authority" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c243e39274795ca545f17d438e5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "iro_allocation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "young_person_id" uuid NOT NULL, "iro_person_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE, "reason" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b9f30ca7d98d672a21d9afdff66" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "iro_allocation_iro_idx" ON "iro_allocation"  ("iro_person_id", "ends_at") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "iro_allocation_one_current_idx" ON "iro_allocation"  ("young_person_id") WHERE ends_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "audit_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "local_authority_id" uuid NOT NULL, "actor_account_id" uuid NOT NULL, "actor_role" "public"."account_role" NOT NULL, "young_person_id" uuid NOT NULL, "action" text NOT NULL, "entity" text NOT NULL, "request_id" text NOT NULL, CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "audit_event_young_person_idx" ON "audit_event"  ("young_person_id", "occurred_at") `);
    await queryRunner.query(`CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "young_person_id" uuid NOT NULL, "local_authority_id" uuid NOT NULL, "code_hash" bytea NOT NULL, "created_by_account_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_4fa19defff734369620a6a5796e" UNIQUE ("code_hash"), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "invitation_one_open_idx" ON "invitation"  ("young_person_id") WHERE used_at IS NULL AND revoked_at IS NULL`);
    await queryRunner.query(`CREATE TYPE "public"."relationship" AS ENUM('MOTHER', 'FATHER', 'PARENT', 'SIBLING', 'FOSTER_CARER', 'KINSHIP_CARER', 'RESIDENTIAL_CARER', 'SOCIAL_WORKER', 'SUPERVISING_SOCIAL_WORKER', 'ADVOCATE', 'INDEPENDENT_VISITOR', 'OTHER')`);
    await queryRunner.query(`CREATE TABLE "network_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "young_person_id" uuid NOT NULL, "person_id" uuid NOT NULL, "relationship" "public"."relationship" NOT NULL, "may_be_invited" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "network_link_unique" UNIQUE ("young_person_id", "person_id", "relationship"), CONSTRAINT "PK_f483a7ae2891944028f6c7541bc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "network_link_young_person_idx" ON "network_link"  ("young_person_id") `);
    await queryRunner.query(`CREATE INDEX "network_link_person_idx" ON "network_link"  ("person_id") `);
    await queryRunner.query(`CREATE TABLE "failed_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "key" text NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_41afced4e03e5d2c32743937a56" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "failed_attempt_key_idx" ON "failed_attempt"  ("kind", "key", "attempted_at") `);
    // Rows from before tenancy (a demo database) join one local authority made for them.
    await queryRunner.query(`ALTER TABLE "person" ADD "local_authority_id" uuid`);
    await queryRunner.query(`ALTER TABLE "account" ADD "local_authority_id" uuid`);
    await queryRunner.query(
      `INSERT INTO "local_authority" ("name") SELECT 'Demo Borough' WHERE EXISTS (SELECT 1 FROM "person")`,
    );
    await queryRunner.query(`UPDATE "person" SET "local_authority_id" = (SELECT "id" FROM "local_authority" LIMIT 1)`);
    await queryRunner.query(
      `UPDATE "account" a SET "local_authority_id" = p."local_authority_id" FROM "person" p WHERE p."id" = a."person_id"`,
    );
    await queryRunner.query(`ALTER TABLE "person" ALTER COLUMN "local_authority_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "account" ALTER COLUMN "local_authority_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "session" ADD "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()`);
    await queryRunner.query(`ALTER TYPE "public"."account_role" ADD VALUE 'PARENT'`);
    await queryRunner.query(`ALTER TYPE "public"."account_role" ADD VALUE 'CARER'`);
    await queryRunner.query(`ALTER TYPE "public"."account_role" ADD VALUE 'SOCIAL_WORKER'`);
    await queryRunner.query(`ALTER TYPE "public"."account_role" ADD VALUE 'SUPERVISING_SOCIAL_WORKER'`);
    await queryRunner.query(`ALTER TYPE "public"."account_role" ADD VALUE 'IRO_MANAGER'`);
    await queryRunner.query(`ALTER TYPE "public"."account_role" ADD VALUE 'ADVOCACY_COORDINATOR'`);
    await queryRunner.query(`ALTER TYPE "public"."account_role" ADD VALUE 'ADMINISTRATOR'`);
    await queryRunner.query(`CREATE INDEX "person_local_authority_idx" ON "person"  ("local_authority_id") `);
    await queryRunner.query(`ALTER TABLE "person" ADD CONSTRAINT "person_local_authority_fk" FOREIGN KEY ("local_authority_id") REFERENCES "local_authority"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "iro_allocation" ADD CONSTRAINT "iro_allocation_young_person_fk" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "iro_allocation" ADD CONSTRAINT "iro_allocation_iro_fk" FOREIGN KEY ("iro_person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "invitation_young_person_fk" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "invitation_created_by_fk" FOREIGN KEY ("created_by_account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "network_link" ADD CONSTRAINT "network_link_young_person_fk" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "network_link" ADD CONSTRAINT "network_link_person_fk" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(ROW_LEVEL_SECURITY_UP);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(ROW_LEVEL_SECURITY_DOWN);
    await queryRunner.query(`ALTER TABLE "network_link" DROP CONSTRAINT "network_link_person_fk"`);
    await queryRunner.query(`ALTER TABLE "network_link" DROP CONSTRAINT "network_link_young_person_fk"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "invitation_created_by_fk"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "invitation_young_person_fk"`);
    await queryRunner.query(`ALTER TABLE "iro_allocation" DROP CONSTRAINT "iro_allocation_iro_fk"`);
    await queryRunner.query(`ALTER TABLE "iro_allocation" DROP CONSTRAINT "iro_allocation_young_person_fk"`);
    await queryRunner.query(`ALTER TABLE "person" DROP CONSTRAINT "person_local_authority_fk"`);
    await queryRunner.query(`DROP INDEX "public"."person_local_authority_idx"`);
    await queryRunner.query(`ALTER TABLE "session" DROP COLUMN "last_seen_at"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "local_authority_id"`);
    await queryRunner.query(`ALTER TABLE "person" DROP COLUMN "local_authority_id"`);
    await queryRunner.query(`DROP INDEX "public"."failed_attempt_key_idx"`);
    await queryRunner.query(`DROP TABLE "failed_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."network_link_person_idx"`);
    await queryRunner.query(`DROP INDEX "public"."network_link_young_person_idx"`);
    await queryRunner.query(`DROP TABLE "network_link"`);
    await queryRunner.query(`DROP TYPE "public"."relationship"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_one_open_idx"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP INDEX "public"."audit_event_young_person_idx"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
    await queryRunner.query(`DROP INDEX "public"."iro_allocation_one_current_idx"`);
    await queryRunner.query(`DROP INDEX "public"."iro_allocation_iro_idx"`);
    await queryRunner.query(`DROP TABLE "iro_allocation"`);
    await queryRunner.query(`DROP TABLE "local_authority"`);
    // The old role type goes back last: audit_event, dropped above, used it.
    await queryRunner.query(`CREATE TYPE "public"."account_role_old" AS ENUM('YOUNG_PERSON', 'IRO')`);
    await queryRunner.query(`ALTER TABLE "account" ALTER COLUMN "role" TYPE "public"."account_role_old" USING "role"::"text"::"public"."account_role_old"`);
    await queryRunner.query(`DROP TYPE "public"."account_role"`);
    await queryRunner.query(`ALTER TYPE "public"."account_role_old" RENAME TO "account_role"`);
  }
}
