import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Reviews are arranged by the young person's IRO (or their manager), not by administrators: the policies on `review`
 * now say so, through one function that the tables about a review's arrangements share.
 */
export class ReviewArrangers1795400000000 implements MigrationInterface {
  name = "ReviewArrangers1795400000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION app_may_arrange_reviews_of(target uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
        SET search_path = public
        AS $$
          SELECT EXISTS (SELECT 1 FROM person p WHERE p.id = target AND p.local_authority_id::text = app_claim('local_authority_id'))
            AND CASE app_claim('role')
              WHEN 'IRO' THEN EXISTS (
                SELECT 1 FROM iro_allocation a
                WHERE a.young_person_id = target AND a.iro_person_id::text = app_claim('person_id') AND a.ends_at IS NULL)
              WHEN 'IRO_MANAGER' THEN true
              ELSE false
            END
        $$;
      ALTER FUNCTION app_may_arrange_reviews_of(uuid) OWNER TO my_review_policy;
      DROP POLICY review_add ON review;
      DROP POLICY review_change ON review;
      CREATE POLICY review_add ON review FOR INSERT TO my_review_api WITH CHECK (app_may_arrange_reviews_of(young_person_id));
      CREATE POLICY review_change ON review FOR UPDATE TO my_review_api USING (app_may_arrange_reviews_of(young_person_id));
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP POLICY review_add ON review;
      DROP POLICY review_change ON review;
      CREATE POLICY review_add ON review FOR INSERT TO my_review_api WITH CHECK (app_may_manage_young_person(young_person_id));
      CREATE POLICY review_change ON review FOR UPDATE TO my_review_api USING (app_may_manage_young_person(young_person_id));
      DROP FUNCTION app_may_arrange_reviews_of(uuid);
    `);
  }
}
