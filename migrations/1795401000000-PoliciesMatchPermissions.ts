import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The database's second wall, drawn as close as the permissions: administrators set people up but read nothing of a
 * review (its history, the IRO's answers, communication needs), and only the young person's own IRO answers their
 * choices, as only IROs hold create:choice-answer.
 */
const FOLLOWERS = ["review_change", "choice_answer", "communication_needs"];

export class PoliciesMatchPermissions1795401000000 implements MigrationInterface {
  name = "PoliciesMatchPermissions1795401000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION app_may_read_reviews_of(target uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = public, pg_temp
        AS $$ SELECT app_claim('role') <> 'ADMINISTRATOR' AND app_may_see_young_person(target) $$;
      ALTER FUNCTION app_may_read_reviews_of(uuid) OWNER TO my_review_policy;
      CREATE FUNCTION app_is_current_iro_of(target uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = public, pg_temp
        AS $$ SELECT app_claim('role') = 'IRO' AND app_may_arrange_reviews_of(target) $$;
      ALTER FUNCTION app_is_current_iro_of(uuid) OWNER TO my_review_policy;
      DROP POLICY choice_answer_add ON choice_answer;
      DROP POLICY choice_answer_change ON choice_answer;
      CREATE POLICY choice_answer_add ON choice_answer FOR INSERT TO my_review_api WITH CHECK (app_is_current_iro_of(young_person_id));
      CREATE POLICY choice_answer_change ON choice_answer FOR UPDATE TO my_review_api USING (app_is_current_iro_of(young_person_id));
    `);
    for (const table of FOLLOWERS) {
      await queryRunner.query(`DROP POLICY ${table}_read ON ${table}`);
      await queryRunner.query(`CREATE POLICY ${table}_read ON ${table} FOR SELECT TO my_review_api USING (app_may_read_reviews_of(young_person_id))`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of FOLLOWERS) {
      await queryRunner.query(`DROP POLICY ${table}_read ON ${table}`);
      await queryRunner.query(`CREATE POLICY ${table}_read ON ${table} FOR SELECT TO my_review_api USING (app_may_see_young_person(young_person_id))`);
    }
    await queryRunner.query(`
      DROP POLICY choice_answer_add ON choice_answer;
      DROP POLICY choice_answer_change ON choice_answer;
      CREATE POLICY choice_answer_add ON choice_answer FOR INSERT TO my_review_api WITH CHECK (app_may_arrange_reviews_of(young_person_id));
      CREATE POLICY choice_answer_change ON choice_answer FOR UPDATE TO my_review_api USING (app_may_arrange_reviews_of(young_person_id));
      DROP FUNCTION app_is_current_iro_of(uuid);
      DROP FUNCTION app_may_read_reviews_of(uuid);
    `);
  }
}
