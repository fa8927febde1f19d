import type { MigrationInterface, QueryRunner } from "typeorm";

export class ReviewLifecycle1795385985150 implements MigrationInterface {
  name = "ReviewLifecycle1795385985150";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "care_period" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "young_person_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "legal_basis" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_57b5d9df3067ef066ef4527b244" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "care_period_young_person_idx" ON "care_period"  ("young_person_id", "starts_on") `);
    await queryRunner.query(`CREATE TYPE "public"."review_status" AS ENUM('PLANNED', 'HELD', 'ADJOURNED', 'CANCELLED')`);
    await queryRunner.query(`ALTER TABLE "review" ADD "status" "public"."review_status" NOT NULL DEFAULT 'PLANNED'`);
    await queryRunner.query(`ALTER TABLE "care_period" ADD CONSTRAINT "care_period_young_person_fk" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    // Reviews from before there were statuses, and already past, took place.
    await queryRunner.query(`UPDATE "review" SET "status" = 'HELD' WHERE "scheduled_for" < now()`);
    // The same wall as the other tables about a child (ADR 007).
    await queryRunner.query(`
      GRANT SELECT, INSERT, UPDATE ON care_period TO my_review_api;
      GRANT SELECT ON care_period TO my_review_policy;
      ALTER TABLE care_period ENABLE ROW LEVEL SECURITY;
      ALTER TABLE care_period FORCE ROW LEVEL SECURITY;
      CREATE POLICY care_period_read ON care_period FOR SELECT TO my_review_api USING (app_may_see_young_person(young_person_id));
      CREATE POLICY care_period_add ON care_period FOR INSERT TO my_review_api WITH CHECK (app_may_manage_young_person(young_person_id));
      CREATE POLICY care_period_change ON care_period FOR UPDATE TO my_review_api USING (app_may_manage_young_person(young_person_id));
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP POLICY care_period_read ON care_period;
      DROP POLICY care_period_add ON care_period;
      DROP POLICY care_period_change ON care_period;
      REVOKE ALL ON care_period FROM my_review_api, my_review_policy;
    `);
    await queryRunner.query(`ALTER TABLE "care_period" DROP CONSTRAINT "care_period_young_person_fk"`);
    await queryRunner.query(`ALTER TABLE "review" DROP COLUMN "status"`);
    await queryRunner.query(`DROP TYPE "public"."review_status"`);
    await queryRunner.query(`DROP INDEX "public"."care_period_young_person_idx"`);
    await queryRunner.query(`DROP TABLE "care_period"`);
  }
}
