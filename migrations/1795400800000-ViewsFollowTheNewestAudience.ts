import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A young person who narrows who may read their views means it for what they sent before too: a social worker reads
 * a version only while both it and the review's newest version let them. Widening later does not open a version that
 * was sent more narrowly.
 *
 * Also: every policy function resolves names in public and then pg_temp, so that no temporary table of the API's role
 * can stand in for a table a function reads.
 */
const POLICY_FUNCTIONS = [
  "app_may_see_young_person(uuid)",
  "app_may_see_person(uuid, uuid)",
  "app_may_manage_young_person(uuid)",
  "app_may_arrange_reviews_of(uuid)",
  "app_may_make_choices_for(uuid, uuid)",
  "app_may_write_views_for(uuid, uuid)",
  "app_contribution_link_by_token(bytea)",
  "app_claimed_contribution_link_is_open()",
  "app_may_read_contributions_through(uuid)",
  "app_contribution_link_covers(uuid, uuid, uuid)",
];

export class ViewsFollowTheNewestAudience1795400800000 implements MigrationInterface {
  name = "ViewsFollowTheNewestAudience1795400800000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION app_may_read_views_of(target_review uuid, target_young_person uuid, audience text) RETURNS boolean
        LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = public, pg_temp
        AS $$
          SELECT app_may_see_young_person(target_young_person) AND CASE app_claim('role')
            WHEN 'YOUNG_PERSON' THEN true
            WHEN 'IRO' THEN true
            WHEN 'IRO_MANAGER' THEN true
            WHEN 'SOCIAL_WORKER' THEN audience IN ('IRO_AND_SOCIAL_WORKER', 'EVERYONE_AT_REVIEW')
              AND (SELECT newest.audience::text FROM views_version newest WHERE newest.review_id = target_review
                   ORDER BY newest.number DESC LIMIT 1) IN ('IRO_AND_SOCIAL_WORKER', 'EVERYONE_AT_REVIEW')
            ELSE false
          END
        $$;
      ALTER FUNCTION app_may_read_views_of(uuid, uuid, text) OWNER TO my_review_policy;
      DROP POLICY views_version_read ON views_version;
      CREATE POLICY views_version_read ON views_version FOR SELECT TO my_review_api
        USING (app_may_read_views_of(review_id, young_person_id, audience::text));
      DROP FUNCTION app_may_read_views(uuid, text);
    `);
    for (const fn of POLICY_FUNCTIONS) await queryRunner.query(`ALTER FUNCTION ${fn} SET search_path = public, pg_temp`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const fn of POLICY_FUNCTIONS) await queryRunner.query(`ALTER FUNCTION ${fn} SET search_path = public`);
    await queryRunner.query(`
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
      DROP POLICY views_version_read ON views_version;
      CREATE POLICY views_version_read ON views_version FOR SELECT TO my_review_api USING (app_may_read_views(young_person_id, audience::text));
      DROP FUNCTION app_may_read_views_of(uuid, uuid, text);
    `);
  }
}
