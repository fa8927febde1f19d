import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Single-use links for people without an account (parents, carers, professionals) to give their views on one review,
 * and what they send. The holder of a link has no account, so no claim of theirs opens any existing policy. They are
 * walled in by the database (ADR 008): app_contribution_link_by_token, given a token's hash, is the one way past
 * row-level security to their link, and gives only what the holder may know. The request then claims the link
 * (my_review.link_id), and the policies below let it write that link's contribution while the link is open, read it
 * back, mark the link used, and audit itself: nothing else, of that young person or any other. The audit's actor may
 * now be such a link instead of an account.
 */
const WALL_UP = `
GRANT SELECT, INSERT ON contribution_link TO my_review_api;
GRANT UPDATE (used_at, revoked_at) ON contribution_link TO my_review_api;
GRANT SELECT, INSERT, UPDATE ON contribution TO my_review_api;
GRANT SELECT ON contribution_link, contribution TO my_review_policy;

-- One rule for whether a link works, from its own times and its review's: used, revoked, or expired once the review
-- starts, is moved earlier than the link's expiry, or stops being planned.
CREATE FUNCTION app_contribution_link_state(link_used_at timestamptz, link_revoked_at timestamptz, link_expires_at timestamptz,
    review_starts timestamptz, review_status text) RETURNS text LANGUAGE sql STABLE
  AS $$
    SELECT CASE
      WHEN link_used_at IS NOT NULL THEN 'USED'
      WHEN link_revoked_at IS NOT NULL THEN 'REVOKED'
      WHEN least(link_expires_at, review_starts) <= now() OR review_status <> 'PLANNED' THEN 'EXPIRED'
      ELSE 'OPEN'
    END
  $$;

-- Given the hash of a link's token, and nothing else, what its holder may know: the link's scope and state, the
-- young person's first name and when the review starts.
CREATE FUNCTION app_contribution_link_by_token(hash bytea) RETURNS TABLE (link_id uuid, review_id uuid,
    young_person_id uuid, local_authority_id uuid, relationship text, purpose text, state text, expires_at timestamptz,
    first_name text, review_scheduled_for timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT l.id, l.review_id, l.young_person_id, l.local_authority_id, l.relationship::text, l.purpose::text,
      app_contribution_link_state(l.used_at, l.revoked_at, l.expires_at, r.scheduled_for, r.status::text),
      least(l.expires_at, r.scheduled_for), p.first_name, r.scheduled_for
    FROM contribution_link l JOIN review r ON r.id = l.review_id JOIN person p ON p.id = l.young_person_id
    WHERE l.token_hash = hash
  $$;

-- Whether the link the request has claimed still works: a used, revoked or expired link writes nothing.
CREATE FUNCTION app_claimed_contribution_link_is_open() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM contribution_link l JOIN review r ON r.id = l.review_id
      WHERE l.id::text = app_claim('link_id')
        AND app_contribution_link_state(l.used_at, l.revoked_at, l.expires_at, r.scheduled_for, r.status::text) = 'OPEN')
  $$;

-- Contributions are read, once sent, by whoever arranges the young person's reviews: their IRO, or a manager.
CREATE FUNCTION app_may_read_contributions_through(link uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public
  AS $$
    SELECT EXISTS (SELECT 1 FROM contribution_link l WHERE l.id = link AND app_may_arrange_reviews_of(l.young_person_id))
  $$;

-- A link's holder audits only what they did to their own link's young person, in its authority.
CREATE FUNCTION app_contribution_link_covers(link uuid, young_person uuid, authority uuid) RETURNS boolean LANGUAGE sql
  STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM contribution_link l WHERE l.id = link AND l.young_person_id = young_person AND l.local_authority_id = authority)
  $$;

ALTER FUNCTION app_contribution_link_by_token(bytea) OWNER TO my_review_policy;
ALTER FUNCTION app_claimed_contribution_link_is_open() OWNER TO my_review_policy;
ALTER FUNCTION app_may_read_contributions_through(uuid) OWNER TO my_review_policy;
ALTER FUNCTION app_contribution_link_covers(uuid, uuid, uuid) OWNER TO my_review_policy;

ALTER TABLE contribution_link ENABLE ROW LEVEL SECURITY;
ALTER TABLE contribution_link FORCE ROW LEVEL SECURITY;
CREATE POLICY contribution_link_read ON contribution_link FOR SELECT TO my_review_api
  USING (app_may_arrange_reviews_of(young_person_id) OR id::text = app_claim('link_id'));
CREATE POLICY contribution_link_add ON contribution_link FOR INSERT TO my_review_api
  WITH CHECK (app_may_arrange_reviews_of(young_person_id) AND created_by_account_id::text = app_claim('account_id'));
CREATE POLICY contribution_link_change ON contribution_link FOR UPDATE TO my_review_api
  USING (app_may_arrange_reviews_of(young_person_id));
-- The holder may only spend their own link, while it works.
CREATE POLICY contribution_link_spend ON contribution_link FOR UPDATE TO my_review_api
  USING (id::text = app_claim('link_id') AND app_claimed_contribution_link_is_open())
  WITH CHECK (id::text = app_claim('link_id') AND used_at IS NOT NULL);

ALTER TABLE contribution ENABLE ROW LEVEL SECURITY;
ALTER TABLE contribution FORCE ROW LEVEL SECURITY;
CREATE POLICY contribution_read ON contribution FOR SELECT TO my_review_api
  USING (link_id::text = app_claim('link_id') OR (submitted_at IS NOT NULL AND app_may_read_contributions_through(link_id)));
CREATE POLICY contribution_add ON contribution FOR INSERT TO my_review_api
  WITH CHECK (link_id::text = app_claim('link_id') AND app_claimed_contribution_link_is_open());
CREATE POLICY contribution_change ON contribution FOR UPDATE TO my_review_api
  USING (link_id::text = app_claim('link_id') AND app_claimed_contribution_link_is_open());

CREATE POLICY audit_event_written_by_link_holder ON audit_event FOR INSERT TO my_review_api
  WITH CHECK (actor_contribution_link_id::text = app_claim('link_id')
    AND app_contribution_link_covers(actor_contribution_link_id, young_person_id, local_authority_id));
`;

const WALL_DOWN = `
DROP POLICY audit_event_written_by_link_holder ON audit_event;
DROP POLICY contribution_read ON contribution;
DROP POLICY contribution_add ON contribution;
DROP POLICY contribution_change ON contribution;
DROP POLICY contribution_link_read ON contribution_link;
DROP POLICY contribution_link_add ON contribution_link;
DROP POLICY contribution_link_change ON contribution_link;
DROP POLICY contribution_link_spend ON contribution_link;
DROP FUNCTION app_contribution_link_covers(uuid, uuid, uuid);
DROP FUNCTION app_may_read_contributions_through(uuid);
DROP FUNCTION app_claimed_contribution_link_is_open();
DROP FUNCTION app_contribution_link_by_token(bytea);
DROP FUNCTION app_contribution_link_state(timestamptz, timestamptz, timestamptz, timestamptz, text);
REVOKE ALL ON contribution_link, contribution FROM my_review_api, my_review_policy;
`;

export class ContributionLinks1795400300000 implements MigrationInterface {
  name = "ContributionLinks1795400300000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."contribution_purpose" AS ENUM('VIEWS')`);
    await queryRunner.query(`CREATE TABLE "contribution_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "local_authority_id" uuid NOT NULL, "person_id" uuid NOT NULL, "relationship" "public"."relationship" NOT NULL, "purpose" "public"."contribution_purpose" NOT NULL, "token_hash" bytea NOT NULL, "created_by_account_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_ff564c97ed1055da8e50b5e0523" UNIQUE ("token_hash"), CONSTRAINT "PK_89f32b2ee42216cc0b1bd3991b4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "contribution_link_one_open_idx" ON "contribution_link"  ("review_id", "person_id", "purpose") WHERE used_at IS NULL AND revoked_at IS NULL`);
    await queryRunner.query(`CREATE INDEX "contribution_link_review_idx" ON "contribution_link"  ("review_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "contribution" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "link_id" uuid NOT NULL, "draft_answers" jsonb NOT NULL, "draft_saved_at" TIMESTAMP WITH TIME ZONE, "submitted_answers" jsonb, "submitted_at" TIMESTAMP WITH TIME ZONE, "submission_key" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_89f32b2ee42216cc0b1bd3991b" UNIQUE ("link_id"), CONSTRAINT "contribution_sent_whole" CHECK ((submitted_at IS NULL) = (submitted_answers IS NULL) AND (submitted_at IS NULL) = (submission_key IS NULL)), CONSTRAINT "PK_878330fa5bb34475732a5883d58" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD "actor_contribution_link_id" uuid`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "actor_account_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "actor_role" DROP NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_event" ADD CONSTRAINT "audit_event_one_actor" CHECK (num_nonnulls(actor_account_id, actor_contribution_link_id) = 1 AND (actor_account_id IS NULL) = (actor_role IS NULL))`);
    await queryRunner.query(`ALTER TABLE "contribution_link" ADD CONSTRAINT "contribution_link_review_fk" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contribution_link" ADD CONSTRAINT "contribution_link_young_person_fk" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contribution_link" ADD CONSTRAINT "contribution_link_person_fk" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contribution_link" ADD CONSTRAINT "contribution_link_created_by_fk" FOREIGN KEY ("created_by_account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "contribution" ADD CONSTRAINT "contribution_link_fk" FOREIGN KEY ("link_id") REFERENCES "contribution_link"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(WALL_UP);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(WALL_DOWN);
    await queryRunner.query(`ALTER TABLE "contribution" DROP CONSTRAINT "contribution_link_fk"`);
    await queryRunner.query(`ALTER TABLE "contribution_link" DROP CONSTRAINT "contribution_link_created_by_fk"`);
    await queryRunner.query(`ALTER TABLE "contribution_link" DROP CONSTRAINT "contribution_link_person_fk"`);
    await queryRunner.query(`ALTER TABLE "contribution_link" DROP CONSTRAINT "contribution_link_young_person_fk"`);
    await queryRunner.query(`ALTER TABLE "contribution_link" DROP CONSTRAINT "contribution_link_review_fk"`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP CONSTRAINT "audit_event_one_actor"`);
    // Before there were links, every actor was an account: what link holders did cannot be kept.
    await queryRunner.query(`DELETE FROM "audit_event" WHERE "actor_contribution_link_id" IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "actor_role" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_event" ALTER COLUMN "actor_account_id" SET NOT NULL`);
    await queryRunner.query(`ALTER TABLE "audit_event" DROP COLUMN "actor_contribution_link_id"`);
    await queryRunner.query(`DROP TABLE "contribution"`);
    await queryRunner.query(`DROP INDEX "public"."contribution_link_review_idx"`);
    await queryRunner.query(`DROP INDEX "public"."contribution_link_one_open_idx"`);
    await queryRunner.query(`DROP TABLE "contribution_link"`);
    await queryRunner.query(`DROP TYPE "public"."contribution_purpose"`);
  }
}
