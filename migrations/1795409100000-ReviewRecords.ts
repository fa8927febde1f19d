import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Issue 13: what happened at a held review and its record, written to the young person. How it went (who chaired,
 * the participation code), its recommendations and when they were issued, the IRO's draft of the record and each
 * version shared (never changed: the API may insert versions, not update or delete them), when the young person first
 * opened it, their questions about it, and the IRO's checks between reviews. Row-level security in ADR 016's patterns:
 * claims in sub-selects, the young person's visibility asked of young_person as a semi-join.
 */
const ROLE = "(SELECT app_claim('role'))";
const PERSON = "(SELECT app_claim('person_id')::uuid)";
const sees = (column: string) => `EXISTS (SELECT 1 FROM young_person seen WHERE seen.id = ${column})`;
/** Those who write what happened at a review: the young person's IRO, or a manager. */
const writes = (column: string) => `${ROLE} IN ('IRO', 'IRO_MANAGER') AND ${sees(column)}`;
const readBy = (roles: string, column: string) => `${ROLE} IN (${roles}) AND ${sees(column)}`;
const STAFF_WHO_READ_RECORDS = "'SOCIAL_WORKER', 'IRO', 'IRO_MANAGER'";
const EVERYONE_WHO_READS_RECORDS = "'YOUNG_PERSON', 'SOCIAL_WORKER', 'IRO', 'IRO_MANAGER'";
/** The young person themselves, about their own review once its record is completed. */
const youngPersonAboutTheirRecord = (table: string) =>
  `${ROLE} = 'YOUNG_PERSON' AND ${table}.young_person_id = ${PERSON} AND ${sees(`${table}.young_person_id`)}
     AND EXISTS (SELECT 1 FROM review_record_version shared WHERE shared.review_id = ${table}.review_id)`;

/** [policy, table, command, USING, WITH CHECK] */
const POLICIES: [string, string, "SELECT" | "INSERT" | "UPDATE", string | null, string | null][] = [
  ["review_conduct_read", "review_conduct", "SELECT", readBy(STAFF_WHO_READ_RECORDS, "young_person_id"), null],
  ["review_conduct_add", "review_conduct", "INSERT", null, writes("young_person_id")],
  ["review_conduct_change", "review_conduct", "UPDATE", writes("young_person_id"), writes("young_person_id")],
  ["review_record_draft_read", "review_record_draft", "SELECT", writes("young_person_id"), null],
  ["review_record_draft_add", "review_record_draft", "INSERT", null, writes("young_person_id")],
  ["review_record_draft_change", "review_record_draft", "UPDATE", writes("young_person_id"), writes("young_person_id")],
  ["review_record_version_read", "review_record_version", "SELECT", readBy(EVERYONE_WHO_READS_RECORDS, "young_person_id"), null],
  ["review_record_version_add", "review_record_version", "INSERT", null, writes("young_person_id")],
  ["review_record_opening_read", "review_record_opening", "SELECT", readBy("'YOUNG_PERSON', 'IRO', 'IRO_MANAGER'", "young_person_id"), null],
  ["review_record_opening_add", "review_record_opening", "INSERT", null, youngPersonAboutTheirRecord("review_record_opening")],
  [
    "recommendation_read",
    "recommendation",
    "SELECT",
    // The young person and their social worker see a review's recommendations once they are issued.
    `${readBy(EVERYONE_WHO_READS_RECORDS, "young_person_id")} AND (${ROLE} IN ('IRO', 'IRO_MANAGER')
       OR EXISTS (SELECT 1 FROM recommendations_issue issued WHERE issued.review_id = recommendation.review_id))`,
    null,
  ],
  ["recommendation_add", "recommendation", "INSERT", null, writes("young_person_id")],
  ["recommendation_change", "recommendation", "UPDATE", writes("young_person_id"), writes("young_person_id")],
  ["recommendations_issue_read", "recommendations_issue", "SELECT", readBy(EVERYONE_WHO_READS_RECORDS, "young_person_id"), null],
  ["recommendations_issue_add", "recommendations_issue", "INSERT", null, writes("young_person_id")],
  ["record_question_read", "record_question", "SELECT", readBy("'YOUNG_PERSON', 'IRO', 'IRO_MANAGER'", "young_person_id"), null],
  ["record_question_add", "record_question", "INSERT", null, youngPersonAboutTheirRecord("record_question")],
  ["record_question_change", "record_question", "UPDATE", writes("young_person_id"), writes("young_person_id")],
  ["midway_review_read", "midway_review", "SELECT", readBy(STAFF_WHO_READ_RECORDS, "young_person_id"), null],
  ["midway_review_add", "midway_review", "INSERT", null, writes("young_person_id")],
  ["midway_progress_read", "midway_progress", "SELECT", readBy(STAFF_WHO_READ_RECORDS, "young_person_id"), null],
  ["midway_progress_add", "midway_progress", "INSERT", null, writes("young_person_id")],
];

/** What the API may do to each table: what is written once is never changed or removed. */
const GRANTS: [string, string][] = [
  ["review_conduct", "SELECT, INSERT, UPDATE"],
  ["review_record_draft", "SELECT, INSERT, UPDATE"],
  ["review_record_version", "SELECT, INSERT"],
  ["review_record_opening", "SELECT, INSERT"],
  ["recommendation", "SELECT, INSERT, UPDATE"],
  ["recommendations_issue", "SELECT, INSERT"],
  ["record_question", "SELECT, INSERT, UPDATE"],
  ["midway_review", "SELECT, INSERT"],
  ["midway_progress", "SELECT, INSERT"],
];

const WALL = [
  ...GRANTS.flatMap(([table, privileges]) => [
    `GRANT ${privileges} ON ${table} TO my_review_api;`,
    `GRANT SELECT ON ${table} TO my_review_policy;`,
    `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;`,
    `ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;`,
  ]),
  ...POLICIES.map(
    ([policy, table, command, using, check]) =>
      `CREATE POLICY ${policy} ON ${table} FOR ${command} TO my_review_api${using ? ` USING (${using})` : ""}${check ? ` WITH CHECK (${check})` : ""};`,
  ),
].join("\n");

const WALL_DOWN = [
  ...POLICIES.map(([policy, table]) => `DROP POLICY ${policy} ON ${table};`),
  ...GRANTS.map(([table]) => `REVOKE ALL ON ${table} FROM my_review_api, my_review_policy;`),
].join("\n");

export class ReviewRecords1795409100000 implements MigrationInterface {
  name = "ReviewRecords1795409100000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."review_chair" AS ENUM('IRO', 'YOUNG_PERSON', 'CO_CHAIRED')`);
    await queryRunner.query(`CREATE TYPE "public"."review_meetings" AS ENUM('ONE_MEETING', 'SERIES')`);
    await queryRunner.query(`CREATE TYPE "public"."participation_code" AS ENUM('PN0', 'PN1', 'PN2', 'PN3', 'PN4', 'PN5', 'PN6', 'PN7')`);
    await queryRunner.query(`CREATE TABLE "review_conduct" ("review_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "chaired_by" "public"."review_chair" NOT NULL, "chairing_declined" boolean NOT NULL, "met_iro_alone_first" boolean NOT NULL, "meetings" "public"."review_meetings" NOT NULL, "participation" "public"."participation_code" NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "review_conduct_declined_only_when_iro_chaired" CHECK (NOT chairing_declined OR chaired_by = 'IRO'), CONSTRAINT "PK_6ffee81afb02031576c364f1ac7" PRIMARY KEY ("review_id"))`);
    await queryRunner.query(`CREATE TABLE "review_record_draft" ("talked_about" text, "going_well" text, "worries" text, "next_steps" text, "you_told_us" text, "review_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "saved_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0297249aaceff5dbbb94d3935dc" PRIMARY KEY ("review_id"))`);
    await queryRunner.query(`CREATE TABLE "review_record_opening" ("review_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "first_opened_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_725f349e72a015149a530846736" PRIMARY KEY ("review_id"))`);
    await queryRunner.query(`CREATE TABLE "review_record_version" ("talked_about" text, "going_well" text, "worries" text, "next_steps" text, "you_told_us" text, "id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "number" integer NOT NULL, "reason" text, "submission_key" uuid NOT NULL, "completed_by_account_id" uuid NOT NULL, "completed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "review_record_version_submission_key_unique" UNIQUE ("review_id", "submission_key"), CONSTRAINT "review_record_version_number_unique" UNIQUE ("review_id", "number"), CONSTRAINT "review_record_version_reason_for_corrections" CHECK ((number = 1) = (reason IS NULL)), CONSTRAINT "PK_959a678bfe38ff9d1fa8c83d6f8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."recommendation_status" AS ENUM('DONE', 'IN_PROGRESS', 'NOT_DONE')`);
    await queryRunner.query(`CREATE TABLE "recommendation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "number" integer NOT NULL, "action" text NOT NULL, "responsible_person_id" uuid, "responsible_role" text, "due_on" date NOT NULL, "status" "public"."recommendation_status", "status_note" text, "status_changed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "recommendation_number_unique" UNIQUE ("review_id", "number"), CONSTRAINT "recommendation_one_responsible" CHECK ((responsible_person_id IS NULL) <> (responsible_role IS NULL)), CONSTRAINT "PK_17cb51984a6627ef2ce7370e23c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "recommendation_young_person_idx" ON "recommendation"  ("young_person_id") `);
    await queryRunner.query(`CREATE TABLE "recommendations_issue" ("review_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "issued_by_account_id" uuid NOT NULL, "issued_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_51e39c1d02c029b47cc566fcd7f" PRIMARY KEY ("review_id"))`);
    await queryRunner.query(`CREATE TYPE "public"."record_question_kind" AS ENUM('QUESTION', 'NOT_RIGHT')`);
    await queryRunner.query(`CREATE TABLE "record_question" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "kind" "public"."record_question_kind" NOT NULL, "message" text NOT NULL, "submission_key" uuid NOT NULL, "asked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "answer" text, "answered_at" TIMESTAMP WITH TIME ZONE, "answered_by_account_id" uuid, CONSTRAINT "record_question_submission_key_unique" UNIQUE ("review_id", "submission_key"), CONSTRAINT "PK_a9f8f45b681477701bca1c8a6bb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "record_question_open_idx" ON "record_question"  ("young_person_id") WHERE answered_at IS NULL`);
    await queryRunner.query(`CREATE TABLE "midway_review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "review_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "checked_on" date NOT NULL, "note" text, "concern_raised" boolean NOT NULL, "recorded_by_account_id" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ee4e88751c09619197b6ac0446d" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "midway_review_review_idx" ON "midway_review"  ("review_id") `);
    await queryRunner.query(`CREATE TABLE "midway_progress" ("midway_review_id" uuid NOT NULL, "recommendation_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "status" "public"."recommendation_status" NOT NULL, "note" text, CONSTRAINT "PK_33a7ad5b67e401c205d62c77bf1" PRIMARY KEY ("midway_review_id", "recommendation_id"))`);
    await queryRunner.query(`ALTER TABLE "review_conduct" ADD CONSTRAINT "review_conduct_review_fk" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_conduct" ADD CONSTRAINT "review_conduct_young_person_fk" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_record_draft" ADD CONSTRAINT "review_record_draft_review_fk" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_record_draft" ADD CONSTRAINT "review_record_draft_young_person_fk" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_record_opening" ADD CONSTRAINT "review_record_opening_review_fk" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_record_opening" ADD CONSTRAINT "review_record_opening_young_person_fk" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_record_version" ADD CONSTRAINT "review_record_version_review_fk" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review_record_version" ADD CONSTRAINT "review_record_version_young_person_fk" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recommendation" ADD CONSTRAINT "recommendation_review_fk" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recommendation" ADD CONSTRAINT "recommendation_young_person_fk" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recommendation" ADD CONSTRAINT "recommendation_responsible_person_fk" FOREIGN KEY ("responsible_person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recommendations_issue" ADD CONSTRAINT "recommendations_issue_review_fk" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "recommendations_issue" ADD CONSTRAINT "recommendations_issue_young_person_fk" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "record_question" ADD CONSTRAINT "record_question_review_fk" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "record_question" ADD CONSTRAINT "record_question_young_person_fk" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "midway_review" ADD CONSTRAINT "midway_review_review_fk" FOREIGN KEY ("review_id") REFERENCES "review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "midway_review" ADD CONSTRAINT "midway_review_young_person_fk" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "midway_progress" ADD CONSTRAINT "midway_progress_midway_review_fk" FOREIGN KEY ("midway_review_id") REFERENCES "midway_review"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "midway_progress" ADD CONSTRAINT "midway_progress_recommendation_fk" FOREIGN KEY ("recommendation_id") REFERENCES "recommendation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "midway_progress" ADD CONSTRAINT "midway_progress_young_person_fk" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(WALL);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(WALL_DOWN);
    await queryRunner.query(`ALTER TABLE "midway_progress" DROP CONSTRAINT "midway_progress_young_person_fk"`);
    await queryRunner.query(`ALTER TABLE "midway_progress" DROP CONSTRAINT "midway_progress_recommendation_fk"`);
    await queryRunner.query(`ALTER TABLE "midway_progress" DROP CONSTRAINT "midway_progress_midway_review_fk"`);
    await queryRunner.query(`ALTER TABLE "midway_review" DROP CONSTRAINT "midway_review_young_person_fk"`);
    await queryRunner.query(`ALTER TABLE "midway_review" DROP CONSTRAINT "midway_review_review_fk"`);
    await queryRunner.query(`ALTER TABLE "record_question" DROP CONSTRAINT "record_question_young_person_fk"`);
    await queryRunner.query(`ALTER TABLE "record_question" DROP CONSTRAINT "record_question_review_fk"`);
    await queryRunner.query(`ALTER TABLE "recommendations_issue" DROP CONSTRAINT "recommendations_issue_young_person_fk"`);
    await queryRunner.query(`ALTER TABLE "recommendations_issue" DROP CONSTRAINT "recommendations_issue_review_fk"`);
    await queryRunner.query(`ALTER TABLE "recommendation" DROP CONSTRAINT "recommendation_responsible_person_fk"`);
    await queryRunner.query(`ALTER TABLE "recommendation" DROP CONSTRAINT "recommendation_young_person_fk"`);
    await queryRunner.query(`ALTER TABLE "recommendation" DROP CONSTRAINT "recommendation_review_fk"`);
    await queryRunner.query(`ALTER TABLE "review_record_version" DROP CONSTRAINT "review_record_version_young_person_fk"`);
    await queryRunner.query(`ALTER TABLE "review_record_version" DROP CONSTRAINT "review_record_version_review_fk"`);
    await queryRunner.query(`ALTER TABLE "review_record_opening" DROP CONSTRAINT "review_record_opening_young_person_fk"`);
    await queryRunner.query(`ALTER TABLE "review_record_opening" DROP CONSTRAINT "review_record_opening_review_fk"`);
    await queryRunner.query(`ALTER TABLE "review_record_draft" DROP CONSTRAINT "review_record_draft_young_person_fk"`);
    await queryRunner.query(`ALTER TABLE "review_record_draft" DROP CONSTRAINT "review_record_draft_review_fk"`);
    await queryRunner.query(`ALTER TABLE "review_conduct" DROP CONSTRAINT "review_conduct_young_person_fk"`);
    await queryRunner.query(`ALTER TABLE "review_conduct" DROP CONSTRAINT "review_conduct_review_fk"`);
    await queryRunner.query(`DROP TABLE "midway_progress"`);
    await queryRunner.query(`DROP INDEX "public"."midway_review_review_idx"`);
    await queryRunner.query(`DROP TABLE "midway_review"`);
    await queryRunner.query(`DROP INDEX "public"."record_question_open_idx"`);
    await queryRunner.query(`DROP TABLE "record_question"`);
    await queryRunner.query(`DROP TYPE "public"."record_question_kind"`);
    await queryRunner.query(`DROP TABLE "recommendations_issue"`);
    await queryRunner.query(`DROP INDEX "public"."recommendation_young_person_idx"`);
    await queryRunner.query(`DROP TABLE "recommendation"`);
    await queryRunner.query(`DROP TYPE "public"."recommendation_status"`);
    await queryRunner.query(`DROP TABLE "review_record_version"`);
    await queryRunner.query(`DROP TABLE "review_record_opening"`);
    await queryRunner.query(`DROP TABLE "review_record_draft"`);
    await queryRunner.query(`DROP TABLE "review_conduct"`);
    await queryRunner.query(`DROP TYPE "public"."participation_code"`);
    await queryRunner.query(`DROP TYPE "public"."review_meetings"`);
    await queryRunner.query(`DROP TYPE "public"."review_chair"`);
  }
}
