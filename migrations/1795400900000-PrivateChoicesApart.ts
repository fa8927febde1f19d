import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Who a young person does not want at their review moves out of the row the social worker and managers may read,
 * into a table that row-level security opens only to the young person and, once sent, their current IRO: the second
 * wall now stands for this part too, not only the resolver's check.
 */
const ROW_LEVEL_SECURITY = `
CREATE FUNCTION app_may_read_private_choices(target_young_person uuid, choices_version text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $$
    SELECT EXISTS (SELECT 1 FROM person p WHERE p.id = target_young_person AND p.local_authority_id::text = app_claim('local_authority_id'))
      AND CASE app_claim('role')
        WHEN 'YOUNG_PERSON' THEN target_young_person::text = app_claim('person_id')
        WHEN 'IRO' THEN choices_version = 'SENT' AND EXISTS (
          SELECT 1 FROM iro_allocation a
          WHERE a.young_person_id = target_young_person AND a.iro_person_id::text = app_claim('person_id') AND a.ends_at IS NULL)
        ELSE false
      END
  $$;
ALTER FUNCTION app_may_read_private_choices(uuid, text) OWNER TO my_review_policy;

GRANT SELECT, INSERT, UPDATE ON review_choice_private TO my_review_api;
ALTER TABLE review_choice_private ENABLE ROW LEVEL SECURITY;
ALTER TABLE review_choice_private FORCE ROW LEVEL SECURITY;
CREATE POLICY review_choice_private_read ON review_choice_private FOR SELECT TO my_review_api
  USING (app_may_read_private_choices(young_person_id, version::text));
CREATE POLICY review_choice_private_add ON review_choice_private FOR INSERT TO my_review_api
  WITH CHECK (app_may_make_choices_for(review_id, young_person_id));
CREATE POLICY review_choice_private_change ON review_choice_private FOR UPDATE TO my_review_api
  USING (app_may_make_choices_for(review_id, young_person_id));
`;

const ROW_LEVEL_SECURITY_DOWN = `
DROP POLICY review_choice_private_read ON review_choice_private;
DROP POLICY review_choice_private_add ON review_choice_private;
DROP POLICY review_choice_private_change ON review_choice_private;
REVOKE ALL ON review_choice_private FROM my_review_api;
DROP FUNCTION app_may_read_private_choices(uuid, text);
`;

export class PrivateChoicesApart1795400900000 implements MigrationInterface {
  name = "PrivateChoicesApart1795400900000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "review_choice_private" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "version" "public"."choices_version" NOT NULL, "not_wanted_person_ids" uuid array, "not_wanted_others" text, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "review_choice_private_version_unique" UNIQUE ("review_id", "version"), CONSTRAINT "PK_ee526e42a48937a2ec4a0875630" PRIMARY KEY ("id"))`);
    await queryRunner.query(`INSERT INTO "review_choice_private" ("review_id", "young_person_id", "version", "not_wanted_person_ids", "not_wanted_others", "updated_at")
      SELECT "review_id", "young_person_id", "version", "not_wanted_person_ids", "not_wanted_others", "updated_at" FROM "review_choice_set"`);
    await queryRunner.query(`ALTER TABLE "review_choice_set" DROP COLUMN "not_wanted_person_ids"`);
    await queryRunner.query(`ALTER TABLE "review_choice_set" DROP COLUMN "not_wanted_others"`);
    await queryRunner.query(`ALTER TABLE "review_choice_private" ADD CONSTRAINT "review_choice_private_review_fk" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_choice_private" ADD CONSTRAINT "review_choice_private_young_person_fk" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(ROW_LEVEL_SECURITY);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(ROW_LEVEL_SECURITY_DOWN);
    await queryRunner.query(`ALTER TABLE "review_choice_private" DROP CONSTRAINT "review_choice_private_young_person_fk"`);
    await queryRunner.query(`ALTER TABLE "review_choice_private" DROP CONSTRAINT "review_choice_private_review_fk"`);
    await queryRunner.query(`ALTER TABLE "review_choice_set" ADD "not_wanted_others" text`);
    await queryRunner.query(`ALTER TABLE "review_choice_set" ADD "not_wanted_person_ids" uuid array`);
    await queryRunner.query(`UPDATE "review_choice_set" s SET "not_wanted_person_ids" = p."not_wanted_person_ids", "not_wanted_others" = p."not_wanted_others"
      FROM "review_choice_private" p WHERE p."review_id" = s."review_id" AND p."version" = s."version"`);
    await queryRunner.query(`DROP TABLE "review_choice_private"`);
  }
}
