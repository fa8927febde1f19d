import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Only the young person writes their choices, and only while the review is still planned and their IRO has not locked
 * them; everyone who may see the young person may read what was sent, but a draft is the young person's alone.
 * The IRO's answers are written by whoever may arrange the review.
 */
const ROW_LEVEL_SECURITY = `
GRANT SELECT ON review TO my_review_policy;
CREATE FUNCTION app_may_make_choices_for(target_review uuid, target_young_person uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public
  AS $$
    SELECT app_claim('role') = 'YOUNG_PERSON' AND target_young_person::text = app_claim('person_id') AND EXISTS (
      SELECT 1 FROM review r JOIN person p ON p.id = r.young_person_id
      WHERE r.id = target_review AND r.young_person_id = target_young_person
        AND p.local_authority_id::text = app_claim('local_authority_id')
        AND r.status::text = 'PLANNED' AND r.choices_locked_at IS NULL)
  $$;
ALTER FUNCTION app_may_make_choices_for(uuid, uuid) OWNER TO my_review_policy;

GRANT SELECT, INSERT, UPDATE ON review_choice_set, choice_answer TO my_review_api;
ALTER TABLE review_choice_set ENABLE ROW LEVEL SECURITY;
ALTER TABLE review_choice_set FORCE ROW LEVEL SECURITY;
CREATE POLICY review_choice_set_read ON review_choice_set FOR SELECT TO my_review_api
  USING (app_may_see_young_person(young_person_id) AND (version::text = 'SENT' OR young_person_id::text = app_claim('person_id')));
CREATE POLICY review_choice_set_add ON review_choice_set FOR INSERT TO my_review_api
  WITH CHECK (app_may_make_choices_for(review_id, young_person_id));
CREATE POLICY review_choice_set_change ON review_choice_set FOR UPDATE TO my_review_api
  USING (app_may_make_choices_for(review_id, young_person_id));

ALTER TABLE choice_answer ENABLE ROW LEVEL SECURITY;
ALTER TABLE choice_answer FORCE ROW LEVEL SECURITY;
CREATE POLICY choice_answer_read ON choice_answer FOR SELECT TO my_review_api USING (app_may_see_young_person(young_person_id));
CREATE POLICY choice_answer_add ON choice_answer FOR INSERT TO my_review_api WITH CHECK (app_may_arrange_reviews_of(young_person_id));
CREATE POLICY choice_answer_change ON choice_answer FOR UPDATE TO my_review_api USING (app_may_arrange_reviews_of(young_person_id));
`;

const ROW_LEVEL_SECURITY_DOWN = `
DROP POLICY choice_answer_read ON choice_answer;
DROP POLICY choice_answer_add ON choice_answer;
DROP POLICY choice_answer_change ON choice_answer;
DROP POLICY review_choice_set_read ON review_choice_set;
DROP POLICY review_choice_set_add ON review_choice_set;
DROP POLICY review_choice_set_change ON review_choice_set;
REVOKE ALL ON review_choice_set, choice_answer FROM my_review_api;
DROP FUNCTION app_may_make_choices_for(uuid, uuid);
REVOKE SELECT ON review FROM my_review_policy;
`;

export class ReviewChoices1795400200000 implements MigrationInterface {
  name = "ReviewChoices1795400200000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."choice_topic" AS ENUM('PLACE', 'FORMAT', 'TIMES', 'PEOPLE', 'MEET_IRO_FIRST', 'CHAIRING')`);
    await queryRunner.query(`CREATE TABLE "choice_answer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "topic" "public"."choice_topic" NOT NULL, "accepted" boolean NOT NULL, "reason" text, "answered_by_account_id" uuid NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "choice_answer_topic_unique" UNIQUE ("review_id", "topic"), CONSTRAINT "PK_9317985c0aa30aa0a4c91b3ffa1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."choices_version" AS ENUM('DRAFT', 'SENT')`);
    await queryRunner.query(`CREATE TYPE "public"."meeting_place" AS ENUM('MY_HOME', 'IRO_OFFICE', 'COMMUNITY_PLACE', 'ONLINE', 'SOMEWHERE_ELSE')`);
    await queryRunner.query(`CREATE TYPE "public"."meeting_shape" AS ENUM('ALL_TOGETHER', 'SHORT_MEETINGS')`);
    await queryRunner.query(`CREATE TYPE "public"."attendance" AS ENUM('IN_PERSON', 'ONLINE', 'MIXED')`);
    await queryRunner.query(`CREATE TYPE "public"."preferred_time" AS ENUM('AFTER_SCHOOL', 'WEEKEND', 'HOLIDAYS')`);
    await queryRunner.query(`CREATE TYPE "public"."chairing" AS ENUM('I_CHAIR', 'CO_CHAIR', 'IRO_CHAIRS', 'NOT_SURE')`);
    await queryRunner.query(`CREATE TABLE "review_choice_set" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "version" "public"."choices_version" NOT NULL, "place" "public"."meeting_place", "place_details" text, "meeting_shape" "public"."meeting_shape", "attendance" "public"."attendance", "preferred_times" "public"."preferred_time" array, "times_that_do_not_work" text, "invited_person_ids" uuid array, "others_invited" text, "not_wanted_person_ids" uuid array, "not_wanted_others" text, "meet_iro_first" boolean, "chairing" "public"."chairing", "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "review_choice_set_version_unique" UNIQUE ("review_id", "version"), CONSTRAINT "PK_04a5d53f3bd609ba59cb7aedee9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "review" ADD "choices_locked_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "choice_answer" ADD CONSTRAINT "choice_answer_review_fk" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "choice_answer" ADD CONSTRAINT "choice_answer_young_person_fk" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_choice_set" ADD CONSTRAINT "review_choice_set_review_fk" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_choice_set" ADD CONSTRAINT "review_choice_set_young_person_fk" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(ROW_LEVEL_SECURITY);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(ROW_LEVEL_SECURITY_DOWN);
    await queryRunner.query(`ALTER TABLE "review_choice_set" DROP CONSTRAINT "review_choice_set_young_person_fk"`);
    await queryRunner.query(`ALTER TABLE "review_choice_set" DROP CONSTRAINT "review_choice_set_review_fk"`);
    await queryRunner.query(`ALTER TABLE "choice_answer" DROP CONSTRAINT "choice_answer_young_person_fk"`);
    await queryRunner.query(`ALTER TABLE "choice_answer" DROP CONSTRAINT "choice_answer_review_fk"`);
    await queryRunner.query(`ALTER TABLE "review" DROP COLUMN "choices_locked_at"`);
    await queryRunner.query(`DROP TABLE "review_choice_set"`);
    await queryRunner.query(`DROP TYPE "public"."chairing"`);
    await queryRunner.query(`DROP TYPE "public"."preferred_time"`);
    await queryRunner.query(`DROP TYPE "public"."attendance"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_shape"`);
    await queryRunner.query(`DROP TYPE "public"."meeting_place"`);
    await queryRunner.query(`DROP TYPE "public"."choices_version"`);
    await queryRunner.query(`DROP TABLE "choice_answer"`);
    await queryRunner.query(`DROP TYPE "public"."choice_topic"`);
  }
}
