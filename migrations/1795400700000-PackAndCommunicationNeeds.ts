import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Communication needs are read by whoever may see the young person and kept by whoever arranges their reviews.
 * A pack's openings are each reader's own: written and read only by the account they record.
 */
const ROW_LEVEL_SECURITY = `
GRANT SELECT, INSERT, UPDATE ON communication_needs TO my_review_api;
ALTER TABLE communication_needs ENABLE ROW LEVEL SECURITY;
ALTER TABLE communication_needs FORCE ROW LEVEL SECURITY;
CREATE POLICY communication_needs_read ON communication_needs FOR SELECT TO my_review_api USING (app_may_see_young_person(young_person_id));
CREATE POLICY communication_needs_add ON communication_needs FOR INSERT TO my_review_api WITH CHECK (app_may_arrange_reviews_of(young_person_id));
CREATE POLICY communication_needs_change ON communication_needs FOR UPDATE TO my_review_api USING (app_may_arrange_reviews_of(young_person_id));

GRANT SELECT, INSERT ON pack_opening TO my_review_api;
ALTER TABLE pack_opening ENABLE ROW LEVEL SECURITY;
ALTER TABLE pack_opening FORCE ROW LEVEL SECURITY;
CREATE POLICY pack_opening_read ON pack_opening FOR SELECT TO my_review_api USING (account_id::text = app_claim('account_id'));
CREATE POLICY pack_opening_add ON pack_opening FOR INSERT TO my_review_api
  WITH CHECK (account_id::text = app_claim('account_id') AND app_may_see_young_person(young_person_id));
`;

const ROW_LEVEL_SECURITY_DOWN = `
DROP POLICY pack_opening_read ON pack_opening;
DROP POLICY pack_opening_add ON pack_opening;
DROP POLICY communication_needs_read ON communication_needs;
DROP POLICY communication_needs_add ON communication_needs;
DROP POLICY communication_needs_change ON communication_needs;
REVOKE ALL ON communication_needs, pack_opening FROM my_review_api;
`;

export class PackAndCommunicationNeeds1795400700000 implements MigrationInterface {
  name = "PackAndCommunicationNeeds1795400700000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "communication_needs" ("young_person_id" uuid NOT NULL, "interpreter_language" text, "alternative_communication" text, "other_needs" text, "updated_by_account_id" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c50e16b4abc6bc46bdb5bc8c3b0" PRIMARY KEY ("young_person_id"))`);
    await queryRunner.query(`CREATE TABLE "pack_opening" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "account_id" uuid NOT NULL, "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_abcb65c98b07b3529746109f3e9" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "pack_opening_review_account_idx" ON "pack_opening"  ("review_id", "account_id", "opened_at") `);
    await queryRunner.query(`ALTER TABLE "communication_needs" ADD CONSTRAINT "communication_needs_young_person_fk" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pack_opening" ADD CONSTRAINT "pack_opening_review_fk" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "pack_opening" ADD CONSTRAINT "pack_opening_account_fk" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(ROW_LEVEL_SECURITY);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(ROW_LEVEL_SECURITY_DOWN);
    await queryRunner.query(`ALTER TABLE "pack_opening" DROP CONSTRAINT "pack_opening_account_fk"`);
    await queryRunner.query(`ALTER TABLE "pack_opening" DROP CONSTRAINT "pack_opening_review_fk"`);
    await queryRunner.query(`ALTER TABLE "communication_needs" DROP CONSTRAINT "communication_needs_young_person_fk"`);
    await queryRunner.query(`DROP INDEX "public"."pack_opening_review_account_idx"`);
    await queryRunner.query(`DROP TABLE "pack_opening"`);
    await queryRunner.query(`DROP TABLE "communication_needs"`);
  }
}
