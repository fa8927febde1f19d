import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A young person's views for a review: a draft that is theirs alone, and the versions they submit, which are never
 * changed (no UPDATE is granted). Who may read a version is finer than who may see the young person: a social worker
 * reads only what the young person let them. That rule is written once, in app_may_read_views, which the policy applies
 * to every query and the API's own queries call too. Only the young person writes, and only before the review starts.
 */
const ROW_LEVEL_SECURITY = `
CREATE FUNCTION app_may_write_views_for(target_review uuid, target_young_person uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public
  AS $$
    SELECT app_claim('role') = 'YOUNG_PERSON' AND target_young_person::text = app_claim('person_id') AND EXISTS (
      SELECT 1 FROM review r JOIN person p ON p.id = r.young_person_id
      WHERE r.id = target_review AND r.young_person_id = target_young_person
        AND p.local_authority_id::text = app_claim('local_authority_id')
        AND r.status::text = 'PLANNED' AND r.scheduled_for > now())
  $$;
ALTER FUNCTION app_may_write_views_for(uuid, uuid) OWNER TO my_review_policy;

CREATE FUNCTION app_may_read_views(target_young_person uuid, audience text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public
  AS $$
    SELECT app_may_see_young_person(target_young_person) AND CASE app_claim('role')
      WHEN 'YOUNG_PERSON' THEN true
      WHEN 'IRO' THEN true
      WHEN 'IRO_MANAGER' THEN true
      WHEN 'SOCIAL_WORKER' THEN audience IN ('IRO_AND_SOCIAL_WORKER', 'EVERYONE_AT_REVIEW')
      ELSE false
    END
  $$;
ALTER FUNCTION app_may_read_views(uuid, text) OWNER TO my_review_policy;

GRANT SELECT, INSERT, UPDATE ON views_draft TO my_review_api;
GRANT SELECT, INSERT ON views_version TO my_review_api;
GRANT SELECT ON views_draft, views_version TO my_review_policy;

ALTER TABLE views_draft ENABLE ROW LEVEL SECURITY;
ALTER TABLE views_draft FORCE ROW LEVEL SECURITY;
CREATE POLICY views_draft_read ON views_draft FOR SELECT TO my_review_api
  USING (app_claim('role') = 'YOUNG_PERSON' AND app_may_see_young_person(young_person_id));
CREATE POLICY views_draft_add ON views_draft FOR INSERT TO my_review_api WITH CHECK (app_may_write_views_for(review_id, young_person_id));
CREATE POLICY views_draft_change ON views_draft FOR UPDATE TO my_review_api USING (app_may_write_views_for(review_id, young_person_id));

ALTER TABLE views_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE views_version FORCE ROW LEVEL SECURITY;
CREATE POLICY views_version_read ON views_version FOR SELECT TO my_review_api USING (app_may_read_views(young_person_id, audience::text));
CREATE POLICY views_version_add ON views_version FOR INSERT TO my_review_api WITH CHECK (app_may_write_views_for(review_id, young_person_id));
`;

const ROW_LEVEL_SECURITY_DOWN = `
DROP POLICY views_version_read ON views_version;
DROP POLICY views_version_add ON views_version;
DROP POLICY views_draft_read ON views_draft;
DROP POLICY views_draft_add ON views_draft;
DROP POLICY views_draft_change ON views_draft;
REVOKE ALL ON views_draft, views_version FROM my_review_api, my_review_policy;
DROP FUNCTION app_may_read_views(uuid, text);
DROP FUNCTION app_may_write_views_for(uuid, uuid);
`;

export class ViewsOfTheYoungPerson1795400500000 implements MigrationInterface {
  name = "ViewsOfTheYoungPerson1795400500000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."feeling" AS ENUM('VERY_UNHAPPY', 'UNHAPPY', 'OK', 'HAPPY', 'VERY_HAPPY')`);
    await queryRunner.query(`CREATE TYPE "public"."views_audience" AS ENUM('IRO_ONLY', 'IRO_AND_SOCIAL_WORKER', 'EVERYONE_AT_REVIEW')`);
    await queryRunner.query(`CREATE TABLE "views_draft" ("going_well" text, "worrying_me" text, "would_like_to_change" text, "talk_about_at_review" text, "feeling_about_home" "public"."feeling", "feeling_about_school" "public"."feeling", "feeling_about_health" "public"."feeling", "feeling_about_family_time" "public"."feeling", "feeling_about_friends_and_activities" "public"."feeling", "anything_else" text, "used_shorter_version" boolean NOT NULL DEFAULT false, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "audience" "public"."views_audience", "saved_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "views_draft_review_unique" UNIQUE ("review_id"), CONSTRAINT "PK_539fbd1e1d6656e259431b1c8ba" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "views_version" ("going_well" text, "worrying_me" text, "would_like_to_change" text, "talk_about_at_review" text, "feeling_about_home" "public"."feeling", "feeling_about_school" "public"."feeling", "feeling_about_health" "public"."feeling", "feeling_about_family_time" "public"."feeling", "feeling_about_friends_and_activities" "public"."feeling", "anything_else" text, "used_shorter_version" boolean NOT NULL DEFAULT false, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "number" integer NOT NULL, "audience" "public"."views_audience" NOT NULL, "submission_key" uuid NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "views_version_submission_key_unique" UNIQUE ("review_id", "submission_key"), CONSTRAINT "views_version_number_unique" UNIQUE ("review_id", "number"), CONSTRAINT "PK_fc0510859cddbdcca30139a6cd3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`ALTER TABLE "views_draft" ADD CONSTRAINT "views_draft_review_fk" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "views_draft" ADD CONSTRAINT "views_draft_young_person_fk" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "views_version" ADD CONSTRAINT "views_version_review_fk" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "views_version" ADD CONSTRAINT "views_version_young_person_fk" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(ROW_LEVEL_SECURITY);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(ROW_LEVEL_SECURITY_DOWN);
    await queryRunner.query(`ALTER TABLE "views_version" DROP CONSTRAINT "views_version_young_person_fk"`);
    await queryRunner.query(`ALTER TABLE "views_version" DROP CONSTRAINT "views_version_review_fk"`);
    await queryRunner.query(`ALTER TABLE "views_draft" DROP CONSTRAINT "views_draft_young_person_fk"`);
    await queryRunner.query(`ALTER TABLE "views_draft" DROP CONSTRAINT "views_draft_review_fk"`);
    await queryRunner.query(`DROP TABLE "views_version"`);
    await queryRunner.query(`DROP TABLE "views_draft"`);
    await queryRunner.query(`DROP TYPE "public"."views_audience"`);
    await queryRunner.query(`DROP TYPE "public"."feeling"`);
  }
}
