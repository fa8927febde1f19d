import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Who came to a held review, and their feedback on it (issue 12, ADR 022). The single-use link of ADR 008 gains a
 * purpose, FEEDBACK: one link, one purpose, one review. A feedback link names the person from the network, or no one
 * (the attendee row names them), lives until 28 days after the review and only while the review stays held; a link
 * for views lives as before. The link's state is one rule for both purposes, so its holder, its policies and the IRO
 * see the same state.
 */
const ROLE = "(SELECT app_claim('role'))";
const PERSON = "(SELECT app_claim('person_id')::uuid)";
const AUTHORITY = "(SELECT app_claim('local_authority_id')::uuid)";
const ACCOUNT = "(SELECT app_claim('account_id')::uuid)";
const LINK = "(SELECT app_claim('link_id')::uuid)";
const LINK_IS_OPEN = "(SELECT app_claimed_contribution_link_is_open())";
const sees = (column: string) => `EXISTS (SELECT 1 FROM young_person seen WHERE seen.id = ${column})`;

/** The young person's own form, while their review is held and for 28 days after it. */
const YOUNG_PERSON_ANSWERS = `${ROLE} = 'YOUNG_PERSON' AND asked.respondent = 'YOUNG_PERSON' AND asked.person_id = ${PERSON}
  AND EXISTS (SELECT 1 FROM review held WHERE held.id = asked.review_id AND held.status = 'HELD'
    AND held.scheduled_for > now() - interval '28 days')`;
/** Who may write this feedback row: the holder of the attendee's open link, or the young person for themselves. */
const WRITES_FEEDBACK = `EXISTS (SELECT 1 FROM review_attendee asked WHERE asked.id = feedback.attendee_id AND asked.feedback_asked
  AND (asked.link_id = ${LINK} AND ${LINK_IS_OPEN} OR ${YOUNG_PERSON_ANSWERS}))`;

const LINK_STATE = (args: string, expired: string) => `
CREATE FUNCTION app_contribution_link_state(${args}) RETURNS text LANGUAGE sql STABLE
  AS $$
    SELECT CASE
      WHEN link_used_at IS NOT NULL THEN 'USED'
      WHEN link_revoked_at IS NOT NULL THEN 'REVOKED'
      ${expired}
      ELSE 'OPEN'
    END
  $$;`;
const VIEWS_EXPIRED = "least(link_expires_at, review_starts) <= now() OR review_status <> 'PLANNED'";

/** The functions that read a link's state, with `state` the call to the rule and `expires` when the holder is told it stops. */
const LINK_READERS = (state: string, expires: string) => `
CREATE OR REPLACE FUNCTION app_claimed_contribution_link_is_open() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM contribution_link l JOIN review r ON r.id = l.review_id
      WHERE l.id = app_claim('link_id')::uuid AND ${state} = 'OPEN')
  $$;
CREATE OR REPLACE FUNCTION app_contribution_link_by_token(hash bytea)
  RETURNS TABLE(link_id uuid, review_id uuid, young_person_id uuid, local_authority_id uuid, relationship text, purpose text, state text,
    expires_at timestamp with time zone, first_name text, review_scheduled_for timestamp with time zone, iro_name text, iro_phone text, iro_email text)
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $$
    SELECT l.id, l.review_id, l.young_person_id, l.local_authority_id, l.relationship::text, l.purpose::text,
      ${state}, ${expires}, p.first_name, r.scheduled_for,
      i.first_name || ' ' || i.last_name, c.work_phone, c.work_email
    FROM contribution_link l JOIN review r ON r.id = l.review_id JOIN person p ON p.id = l.young_person_id
      LEFT JOIN iro_allocation a ON a.young_person_id = l.young_person_id AND a.ends_at IS NULL
      LEFT JOIN person i ON i.id = a.iro_person_id
      LEFT JOIN staff_contact c ON c.person_id = a.iro_person_id
    WHERE l.token_hash = hash
  $$;`;

const STATE_ARGS = "link_used_at timestamp with time zone, link_revoked_at timestamp with time zone, link_expires_at timestamp with time zone, review_starts timestamp with time zone, review_status text";
const OLD_STATE = "app_contribution_link_state(timestamp with time zone,timestamp with time zone,timestamp with time zone,timestamp with time zone,text)";
const NEW_STATE = "app_contribution_link_state(text,timestamp with time zone,timestamp with time zone,timestamp with time zone,timestamp with time zone,text)";

const POLICIES_UP = `
${LINK_STATE(
  `link_purpose text, ${STATE_ARGS}`,
  `WHEN link_purpose = 'FEEDBACK' AND (link_expires_at <= now() OR review_status <> 'HELD') THEN 'EXPIRED'
      WHEN link_purpose <> 'FEEDBACK' AND (${VIEWS_EXPIRED}) THEN 'EXPIRED'`,
)}
${LINK_READERS("app_contribution_link_state(l.purpose::text, l.used_at, l.revoked_at, l.expires_at, r.scheduled_for, r.status::text)", "CASE WHEN l.purpose = 'VIEWS' THEN least(l.expires_at, r.scheduled_for) ELSE l.expires_at END")}
DROP FUNCTION ${OLD_STATE};

GRANT SELECT, INSERT ON review_attendee TO my_review_api;
GRANT SELECT ON review_attendee TO my_review_policy;
ALTER TABLE review_attendee ENABLE ROW LEVEL SECURITY;
ALTER TABLE review_attendee FORCE ROW LEVEL SECURITY;
-- The holder of a feedback link reads the row naming them; the young person their own; staff who see the young person.
CREATE POLICY review_attendee_read ON review_attendee FOR SELECT TO my_review_api USING (
  link_id = ${LINK}
  OR ${ROLE} = 'YOUNG_PERSON' AND person_id = ${PERSON} AND respondent = 'YOUNG_PERSON'
  OR ${ROLE} IN ('IRO', 'IRO_MANAGER', 'SOCIAL_WORKER') AND ${sees("young_person_id")});
-- The young person's IRO records who came, as themselves.
CREATE POLICY review_attendee_add ON review_attendee FOR INSERT TO my_review_api WITH CHECK (
  ${ROLE} = 'IRO' AND ${sees("young_person_id")} AND created_by_account_id = ${ACCOUNT} AND iro_person_id = ${PERSON}
  AND local_authority_id = ${AUTHORITY});

GRANT SELECT, INSERT, UPDATE ON feedback TO my_review_api;
ALTER TABLE feedback ENABLE ROW LEVEL SECURITY;
ALTER TABLE feedback FORCE ROW LEVEL SECURITY;
-- Its writer reads it (draft and all); once sent, the IRO and managers who see the attendee's row (review_attendee_read).
CREATE POLICY feedback_read ON feedback FOR SELECT TO my_review_api USING (
  EXISTS (SELECT 1 FROM review_attendee asked WHERE asked.id = feedback.attendee_id
    AND (asked.link_id = ${LINK} OR ${ROLE} = 'YOUNG_PERSON' OR feedback.submitted_at IS NOT NULL AND ${ROLE} IN ('IRO', 'IRO_MANAGER'))));
CREATE POLICY feedback_add ON feedback FOR INSERT TO my_review_api WITH CHECK (${WRITES_FEEDBACK});
-- Until it is sent; the update that sends it is checked without that.
CREATE POLICY feedback_change ON feedback FOR UPDATE TO my_review_api USING (feedback.submitted_at IS NULL AND ${WRITES_FEEDBACK}) WITH CHECK (${WRITES_FEEDBACK});
`;

const POLICIES_DOWN = `
DROP POLICY feedback_change ON feedback;
DROP POLICY feedback_add ON feedback;
DROP POLICY feedback_read ON feedback;
DROP POLICY review_attendee_add ON review_attendee;
DROP POLICY review_attendee_read ON review_attendee;
DELETE FROM feedback;
DELETE FROM review_attendee;
DELETE FROM audit_event WHERE actor_contribution_link_id IN (SELECT id FROM contribution_link WHERE purpose = 'FEEDBACK');
DELETE FROM contribution_link WHERE purpose = 'FEEDBACK';
${LINK_STATE(STATE_ARGS, `WHEN ${VIEWS_EXPIRED} THEN 'EXPIRED'`)}
${LINK_READERS("app_contribution_link_state(l.used_at, l.revoked_at, l.expires_at, r.scheduled_for, r.status::text)", "least(l.expires_at, r.scheduled_for)")}
DROP FUNCTION ${NEW_STATE};
`;

export class ReviewAttendanceAndFeedback1795408100000 implements MigrationInterface {
  name = "ReviewAttendanceAndFeedback1795408100000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."feedback_respondent" AS ENUM('YOUNG_PERSON', 'PARENT', 'FOSTER_OR_KINSHIP_CARER', 'RESIDENTIAL_CARER', 'SOCIAL_WORKER', 'SUPERVISING_SOCIAL_WORKER', 'OTHER_PROFESSIONAL')`);
    await queryRunner.query(`CREATE TABLE "review_attendee" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "local_authority_id" uuid NOT NULL, "iro_person_id" uuid NOT NULL, "person_id" uuid, "name" text, "role" text, "respondent" "public"."feedback_respondent" NOT NULL, "feedback_asked" boolean NOT NULL, "link_id" uuid, "created_by_account_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "review_attendee_once" UNIQUE ("review_id", "person_id"), CONSTRAINT "REL_32ad05d5cbc5df17c9371135b8" UNIQUE ("link_id"), CONSTRAINT "review_attendee_link_only_when_asked" CHECK (link_id IS NULL OR feedback_asked), CONSTRAINT "review_attendee_named" CHECK (person_id IS NOT NULL OR (name IS NOT NULL AND role IS NOT NULL)), CONSTRAINT "PK_ca3ea56920adb57cfde692b957e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "review_attendee_iro_idx" ON "review_attendee"  ("iro_person_id", "review_id") `);
    await queryRunner.query(`CREATE TYPE "public"."feedback_rating" AS ENUM('YES', 'MOSTLY', 'A_LITTLE', 'NO')`);
    await queryRunner.query(`CREATE TABLE "feedback" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "attendee_id" uuid NOT NULL, "draft" jsonb NOT NULL DEFAULT '{}', "draft_saved_at" TIMESTAMP WITH TIME ZONE, "not_now_count" smallint NOT NULL DEFAULT '0', "submitted_at" TIMESTAMP WITH TIME ZONE, "submission_key" uuid, "listened_to" "public"."feedback_rating", "views_taken_into_account" "public"."feedback_rating", "well_organised" "public"."feedback_rating", "young_person_at_the_centre" "public"."feedback_rating", "keep_the_same" text, "change" text, "anything_else" text, "may_quote" boolean, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_6dab52631575f305e2e8942670" UNIQUE ("attendee_id"), CONSTRAINT "feedback_sent_whole" CHECK ((submitted_at IS NULL) = (submission_key IS NULL) AND (submitted_at IS NULL OR may_quote IS NOT NULL)), CONSTRAINT "PK_8389f9e087a57689cd5be8b2b13" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "contribution_link" DROP CONSTRAINT "contribution_link_person_fk"`);
    await queryRunner.query(`DROP INDEX "public"."contribution_link_one_open_idx"`);
    await queryRunner.query(`ALTER TABLE "contribution_link" ALTER COLUMN "person_id" DROP NOT NULL`);
    await queryRunner.query(`ALTER TYPE "public"."contribution_purpose" ADD VALUE 'FEEDBACK'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "contribution_link_one_open_idx" ON "contribution_link"  ("review_id", "person_id", "purpose") WHERE used_at IS NULL AND revoked_at IS NULL`);
    await queryRunner.query(`ALTER TABLE "contribution_link" ADD CONSTRAINT "contribution_link_views_name_someone" CHECK (purpose <> 'VIEWS' OR person_id IS NOT NULL)`);
    await queryRunner.query(`ALTER TABLE "contribution_link" ADD CONSTRAINT "contribution_link_person_fk" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_attendee" ADD CONSTRAINT "review_attendee_review_fk" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_attendee" ADD CONSTRAINT "review_attendee_young_person_fk" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_attendee" ADD CONSTRAINT "review_attendee_iro_fk" FOREIGN KEY ("iro_person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_attendee" ADD CONSTRAINT "review_attendee_person_fk" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_attendee" ADD CONSTRAINT "review_attendee_link_fk" FOREIGN KEY ("link_id") REFERENCES "contribution_link"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_attendee" ADD CONSTRAINT "review_attendee_created_by_fk" FOREIGN KEY ("created_by_account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "feedback" ADD CONSTRAINT "feedback_attendee_fk" FOREIGN KEY ("attendee_id") REFERENCES "review_attendee"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(POLICIES_UP);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(POLICIES_DOWN);
    await queryRunner.query(`ALTER TABLE "feedback" DROP CONSTRAINT "feedback_attendee_fk"`);
    await queryRunner.query(`ALTER TABLE "review_attendee" DROP CONSTRAINT "review_attendee_created_by_fk"`);
    await queryRunner.query(`ALTER TABLE "review_attendee" DROP CONSTRAINT "review_attendee_link_fk"`);
    await queryRunner.query(`ALTER TABLE "review_attendee" DROP CONSTRAINT "review_attendee_person_fk"`);
    await queryRunner.query(`ALTER TABLE "review_attendee" DROP CONSTRAINT "review_attendee_iro_fk"`);
    await queryRunner.query(`ALTER TABLE "review_attendee" DROP CONSTRAINT "review_attendee_young_person_fk"`);
    await queryRunner.query(`ALTER TABLE "review_attendee" DROP CONSTRAINT "review_attendee_review_fk"`);
    await queryRunner.query(`ALTER TABLE "contribution_link" DROP CONSTRAINT "contribution_link_person_fk"`);
    await queryRunner.query(`ALTER TABLE "contribution_link" DROP CONSTRAINT "contribution_link_views_name_someone"`);
    await queryRunner.query(`DROP INDEX "public"."contribution_link_one_open_idx"`);
    await queryRunner.query(`CREATE TYPE "public"."contribution_purpose_old" AS ENUM('VIEWS')`);
    await queryRunner.query(`ALTER TABLE "contribution_link" ALTER COLUMN "purpose" TYPE "public"."contribution_purpose_old" USING "purpose"::"text"::"public"."contribution_purpose_old"`);
    await queryRunner.query(`DROP TYPE "public"."contribution_purpose"`);
    await queryRunner.query(`ALTER TYPE "public"."contribution_purpose_old" RENAME TO "contribution_purpose"`);
    await queryRunner.query(`ALTER TABLE "contribution_link" ALTER COLUMN "person_id" SET NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "contribution_link_one_open_idx" ON "contribution_link" USING btree ("review_id", "person_id", "purpose") WHERE ((used_at IS NULL) AND (revoked_at IS NULL))`);
    await queryRunner.query(`ALTER TABLE "contribution_link" ADD CONSTRAINT "contribution_link_person_fk" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`DROP TABLE "feedback"`);
    await queryRunner.query(`DROP TYPE "public"."feedback_rating"`);
    await queryRunner.query(`DROP INDEX "public"."review_attendee_iro_idx"`);
    await queryRunner.query(`DROP TABLE "review_attendee"`);
    await queryRunner.query(`DROP TYPE "public"."feedback_respondent"`);
  }
}
