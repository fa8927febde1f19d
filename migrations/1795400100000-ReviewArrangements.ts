import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * How and where a review meets, whether it was held on time, at most one planned review per young person, and the
 * history of every review's arrangements, which nobody may change or delete.
 */
export class ReviewArrangements1795400100000 implements MigrationInterface {
  name = "ReviewArrangements1795400100000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."review_change_kind" AS ENUM('SCHEDULED', 'RESCHEDULED', 'HELD', 'ADJOURNED', 'CANCELLED')`);
    await queryRunner.query(`CREATE TABLE "review_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "kind" "public"."review_change_kind" NOT NULL, "start_before" TIMESTAMP WITH TIME ZONE, "start_after" TIMESTAMP WITH TIME ZONE, "reason" text, "account_id" uuid NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT clock_timestamp(), CONSTRAINT "PK_85c1582e01a2d94373794e732e8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "review_change_review_idx" ON "review_change"  ("review_id", "occurred_at") `);
    await queryRunner.query(`CREATE TYPE "public"."review_format" AS ENUM('IN_PERSON', 'ONLINE', 'MIXED', 'SERIES_OF_MEETINGS')`);
    // Reviews arranged before formats were recorded are taken as meeting in person.
    await queryRunner.query(`ALTER TABLE "review" ADD "format" "public"."review_format" NOT NULL DEFAULT 'IN_PERSON'`);
    await queryRunner.query(`ALTER TABLE "review" ALTER COLUMN "format" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "review" ADD "venue" text`);
    await queryRunner.query(`ALTER TABLE "review" ADD "held_on_time" boolean`);
    await queryRunner.query(`CREATE UNIQUE INDEX "review_one_planned_idx" ON "review"  ("young_person_id") WHERE status = 'PLANNED'`);
    await queryRunner.query(`ALTER TABLE "review" ADD CONSTRAINT "review_on_time_only_when_held" CHECK (held_on_time IS NULL OR status = 'HELD')`);
    await queryRunner.query(`ALTER TABLE "review_change" ADD CONSTRAINT "review_change_review_fk" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_change" ADD CONSTRAINT "review_change_young_person_fk" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_change" ADD CONSTRAINT "review_change_account_fk" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    // The same wall as the other tables about a child (ADR 007), less UPDATE: history is never changed.
    await queryRunner.query(`
      GRANT SELECT, INSERT ON review_change TO my_review_api;
      GRANT SELECT ON review_change TO my_review_policy;
      ALTER TABLE review_change ENABLE ROW LEVEL SECURITY;
      ALTER TABLE review_change FORCE ROW LEVEL SECURITY;
      CREATE POLICY review_change_read ON review_change FOR SELECT TO my_review_api USING (app_may_see_young_person(young_person_id));
      CREATE POLICY review_change_add ON review_change FOR INSERT TO my_review_api WITH CHECK (app_may_arrange_reviews_of(young_person_id));
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP POLICY review_change_read ON review_change;
      DROP POLICY review_change_add ON review_change;
      REVOKE ALL ON review_change FROM my_review_api, my_review_policy;
    `);
    await queryRunner.query(`ALTER TABLE "review_change" DROP CONSTRAINT "review_change_account_fk"`);
    await queryRunner.query(`ALTER TABLE "review_change" DROP CONSTRAINT "review_change_young_person_fk"`);
    await queryRunner.query(`ALTER TABLE "review_change" DROP CONSTRAINT "review_change_review_fk"`);
    await queryRunner.query(`ALTER TABLE "review" DROP CONSTRAINT "review_on_time_only_when_held"`);
    await queryRunner.query(`DROP INDEX "public"."review_one_planned_idx"`);
    await queryRunner.query(`ALTER TABLE "review" DROP COLUMN "held_on_time"`);
    await queryRunner.query(`ALTER TABLE "review" DROP COLUMN "venue"`);
    await queryRunner.query(`ALTER TABLE "review" DROP COLUMN "format"`);
    await queryRunner.query(`DROP TYPE "public"."review_format"`);
    await queryRunner.query(`DROP INDEX "public"."review_change_review_idx"`);
    await queryRunner.query(`DROP TABLE "review_change"`);
    await queryRunner.query(`DROP TYPE "public"."review_change_kind"`);
  }
}
