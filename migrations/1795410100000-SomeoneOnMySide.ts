import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Someone on my side (issue 14): a young person's requests for an advocate or an Independent Visitor, with their
 * moves, worked by the advocacy and Independent Visitor coordinator; and "I'm worried" alerts to the young person's
 * IRO and social worker. The authority's providers are named on local_authority.
 *
 * The coordinator sees requests and nothing else of a child's record: the requests of their authority by the row's
 * own local_authority_id (never through young_person, which stays closed to them), and, of people, only the names of
 * young people who have asked. Everyone else's rules ask young_person's policy as a semi-join (ADR 016).
 */
const ROLE = "(SELECT app_claim('role'))";
const PERSON = "(SELECT app_claim('person_id')::uuid)";
const AUTHORITY = "(SELECT app_claim('local_authority_id')::uuid)";
const ACCOUNT = "(SELECT app_claim('account_id')::uuid)";
const sees = (column: string) => `EXISTS (SELECT 1 FROM young_person seen WHERE seen.id = ${column})`;
const COORDINATES = `${ROLE} = 'ADVOCACY_COORDINATOR' AND local_authority_id = ${AUTHORITY}`;

const ROW_LEVEL_SECURITY = `
GRANT SELECT, INSERT ON support_request TO my_review_api;
GRANT UPDATE (status, status_changed_at, allocated_at, closed_at, closed_reason) ON support_request TO my_review_api;
GRANT SELECT, INSERT ON support_request_move TO my_review_api;
GRANT SELECT, INSERT ON worry_alert TO my_review_api;
GRANT UPDATE (acknowledged_at, acknowledged_by_account_id) ON worry_alert TO my_review_api;
GRANT SELECT ON support_request, support_request_move, worry_alert TO my_review_policy;

ALTER TABLE support_request ENABLE ROW LEVEL SECURITY;
ALTER TABLE support_request FORCE ROW LEVEL SECURITY;
CREATE POLICY support_request_read ON support_request FOR SELECT TO my_review_api
  USING (${COORDINATES} OR ${ROLE} IN ('YOUNG_PERSON', 'IRO', 'IRO_MANAGER') AND ${sees("young_person_id")});
CREATE POLICY support_request_add ON support_request FOR INSERT TO my_review_api
  WITH CHECK (local_authority_id = ${AUTHORITY} AND asked_by_account_id = ${ACCOUNT}
    AND (${ROLE} = 'YOUNG_PERSON' AND young_person_id = ${PERSON} OR ${ROLE} = 'IRO' AND ${sees("young_person_id")}));
-- The coordinator moves any request of the authority; the young person may only withdraw their own.
CREATE POLICY support_request_change ON support_request FOR UPDATE TO my_review_api
  USING (${COORDINATES} OR ${ROLE} = 'YOUNG_PERSON' AND young_person_id = ${PERSON})
  WITH CHECK (${COORDINATES} OR ${ROLE} = 'YOUNG_PERSON' AND young_person_id = ${PERSON} AND status = 'CLOSED' AND closed_reason = 'WITHDRAWN');

ALTER TABLE support_request_move ENABLE ROW LEVEL SECURITY;
ALTER TABLE support_request_move FORCE ROW LEVEL SECURITY;
CREATE POLICY support_request_move_read ON support_request_move FOR SELECT TO my_review_api
  USING (${COORDINATES} OR ${ROLE} IN ('YOUNG_PERSON', 'IRO', 'IRO_MANAGER') AND ${sees("young_person_id")});
CREATE POLICY support_request_move_add ON support_request_move FOR INSERT TO my_review_api
  WITH CHECK (moved_by_account_id = ${ACCOUNT} AND EXISTS (SELECT 1 FROM support_request moved
    WHERE moved.id = support_request_move.request_id AND moved.young_person_id = support_request_move.young_person_id
      AND moved.local_authority_id = support_request_move.local_authority_id)
    AND (${COORDINATES} OR ${ROLE} = 'YOUNG_PERSON' AND young_person_id = ${PERSON}));

-- Of people, the coordinator sees the young people of their authority who have asked, for the queue's names.
CREATE POLICY person_read_by_coordinator ON person FOR SELECT TO my_review_api
  USING (${COORDINATES} AND EXISTS (SELECT 1 FROM support_request asked WHERE asked.young_person_id = person.id));

ALTER TABLE worry_alert ENABLE ROW LEVEL SECURITY;
ALTER TABLE worry_alert FORCE ROW LEVEL SECURITY;
CREATE POLICY worry_alert_read ON worry_alert FOR SELECT TO my_review_api
  USING (${ROLE} IN ('YOUNG_PERSON', 'IRO', 'SOCIAL_WORKER', 'IRO_MANAGER') AND ${sees("young_person_id")});
CREATE POLICY worry_alert_add ON worry_alert FOR INSERT TO my_review_api
  WITH CHECK (${ROLE} = 'YOUNG_PERSON' AND young_person_id = ${PERSON} AND acknowledged_at IS NULL);
CREATE POLICY worry_alert_acknowledge ON worry_alert FOR UPDATE TO my_review_api
  USING (${ROLE} IN ('IRO', 'SOCIAL_WORKER') AND ${sees("young_person_id")})
  WITH CHECK (acknowledged_by_account_id = ${ACCOUNT});
`;

const DROP_ROW_LEVEL_SECURITY = `
DROP POLICY worry_alert_acknowledge ON worry_alert;
DROP POLICY worry_alert_add ON worry_alert;
DROP POLICY worry_alert_read ON worry_alert;
DROP POLICY person_read_by_coordinator ON person;
DROP POLICY support_request_move_add ON support_request_move;
DROP POLICY support_request_move_read ON support_request_move;
DROP POLICY support_request_change ON support_request;
DROP POLICY support_request_add ON support_request;
DROP POLICY support_request_read ON support_request;
`;

export class SomeoneOnMySide1795410100000 implements MigrationInterface {
  name = "SomeoneOnMySide1795410100000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."support_kind" AS ENUM('ADVOCATE', 'INDEPENDENT_VISITOR')`);
    await queryRunner.query(`CREATE TYPE "public"."support_status" AS ENUM('ASKED', 'WITH_COORDINATOR', 'REFERRED', 'ALLOCATED', 'CLOSED')`);
    await queryRunner.query(`CREATE TYPE "public"."support_how_soon" AS ENUM('SOON', 'WITHIN_A_MONTH', 'NO_RUSH')`);
    await queryRunner.query(`CREATE TYPE "public"."contact_preference" AS ENUM('PHONE_CALL', 'TEXT_MESSAGE', 'MEET_IN_PERSON', 'THROUGH_MY_IRO')`);
    await queryRunner.query(`CREATE TYPE "public"."support_closed_reason" AS ENUM('WITHDRAWN', 'NO_LONGER_NEEDED', 'SUPPORT_ENDED', 'COULD_NOT_REACH', 'NOT_AVAILABLE')`);
    await queryRunner.query(`CREATE TABLE "support_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "young_person_id" uuid NOT NULL, "local_authority_id" uuid NOT NULL, "kind" "public"."support_kind" NOT NULL, "status" "public"."support_status" NOT NULL DEFAULT 'ASKED', "why" text, "how_soon" "public"."support_how_soon" NOT NULL, "contact_preference" "public"."contact_preference" NOT NULL, "asked_by_account_id" uuid NOT NULL, "asked_on_behalf" boolean NOT NULL, "submission_key" uuid NOT NULL, "asked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "status_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "allocated_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "closed_reason" "public"."support_closed_reason", CONSTRAINT "support_request_submission_key_unique" UNIQUE ("young_person_id", "submission_key"), CONSTRAINT "PK_76db9b511f3ac27bf3237432acc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "support_request_queue_idx" ON "support_request"  ("local_authority_id", "asked_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "support_request_one_open_per_kind" ON "support_request"  ("young_person_id", "kind") WHERE status <> 'CLOSED'`);
    await queryRunner.query(`CREATE TABLE "support_request_move" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "young_person_id" uuid NOT NULL, "local_authority_id" uuid NOT NULL, "from_status" "public"."support_status" NOT NULL, "to_status" "public"."support_status" NOT NULL, "closed_reason" "public"."support_closed_reason", "note" text, "moved_by_account_id" uuid NOT NULL, "moved_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_eea3d003cdff38b946b1dab70b5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "support_request_move_request_idx" ON "support_request_move"  ("request_id", "moved_at") `);
    await queryRunner.query(`CREATE TYPE "public"."worry_contact" AS ENUM('IRO', 'SOCIAL_WORKER', 'EITHER')`);
    await queryRunner.query(`CREATE TYPE "public"."worry_how_soon" AS ENUM('AS_SOON_AS_POSSIBLE', 'WITHIN_A_FEW_DAYS')`);
    await queryRunner.query(`CREATE TABLE "worry_alert" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "young_person_id" uuid NOT NULL, "wants" "public"."worry_contact" NOT NULL, "how_soon" "public"."worry_how_soon" NOT NULL, "about" text, "submission_key" uuid NOT NULL, "raised_at" TIMESTAMP WITH TIME ZONE NOT NULL, "contact_by" date NOT NULL, "iro_person_id" uuid, "social_worker_person_id" uuid, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "acknowledged_by_account_id" uuid, CONSTRAINT "worry_alert_submission_key_unique" UNIQUE ("young_person_id", "submission_key"), CONSTRAINT "PK_822590ebac4eba7259b88171a8a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "worry_alert_open_idx" ON "worry_alert"  ("raised_at", "id") WHERE acknowledged_at IS NULL`);
    await queryRunner.query(`ALTER TABLE "support_request" ADD CONSTRAINT "support_request_young_person_fk" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "support_request" ADD CONSTRAINT "support_request_local_authority_fk" FOREIGN KEY ("local_authority_id") REFERENCES "local_authority"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "support_request" ADD CONSTRAINT "support_request_asked_by_fk" FOREIGN KEY ("asked_by_account_id") REFERENCES "account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "support_request_move" ADD CONSTRAINT "support_request_move_request_fk" FOREIGN KEY ("request_id") REFERENCES "support_request"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "support_request_move" ADD CONSTRAINT "support_request_move_moved_by_fk" FOREIGN KEY ("moved_by_account_id") REFERENCES "account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "worry_alert" ADD CONSTRAINT "worry_alert_young_person_fk" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "worry_alert" ADD CONSTRAINT "worry_alert_iro_fk" FOREIGN KEY ("iro_person_id") REFERENCES "person"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "worry_alert" ADD CONSTRAINT "worry_alert_social_worker_fk" FOREIGN KEY ("social_worker_person_id") REFERENCES "person"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "worry_alert" ADD CONSTRAINT "worry_alert_acknowledged_by_fk" FOREIGN KEY ("acknowledged_by_account_id") REFERENCES "account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "local_authority" ADD "advocacy_provider" text`);
    await queryRunner.query(`ALTER TABLE "local_authority" ADD "independent_visitor_provider" text`);
    await queryRunner.query(ROW_LEVEL_SECURITY);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(DROP_ROW_LEVEL_SECURITY);
    await queryRunner.query(`ALTER TABLE "local_authority" DROP COLUMN "independent_visitor_provider"`);
    await queryRunner.query(`ALTER TABLE "local_authority" DROP COLUMN "advocacy_provider"`);
    await queryRunner.query(`ALTER TABLE "worry_alert" DROP CONSTRAINT "worry_alert_acknowledged_by_fk"`);
    await queryRunner.query(`ALTER TABLE "worry_alert" DROP CONSTRAINT "worry_alert_social_worker_fk"`);
    await queryRunner.query(`ALTER TABLE "worry_alert" DROP CONSTRAINT "worry_alert_iro_fk"`);
    await queryRunner.query(`ALTER TABLE "worry_alert" DROP CONSTRAINT "worry_alert_young_person_fk"`);
    await queryRunner.query(`ALTER TABLE "support_request_move" DROP CONSTRAINT "support_request_move_moved_by_fk"`);
    await queryRunner.query(`ALTER TABLE "support_request_move" DROP CONSTRAINT "support_request_move_request_fk"`);
    await queryRunner.query(`ALTER TABLE "support_request" DROP CONSTRAINT "support_request_asked_by_fk"`);
    await queryRunner.query(`ALTER TABLE "support_request" DROP CONSTRAINT "support_request_local_authority_fk"`);
    await queryRunner.query(`ALTER TABLE "support_request" DROP CONSTRAINT "support_request_young_person_fk"`);
    await queryRunner.query(`DROP INDEX "public"."worry_alert_open_idx"`);
    await queryRunner.query(`DROP TABLE "worry_alert"`);
    await queryRunner.query(`DROP TYPE "public"."worry_how_soon"`);
    await queryRunner.query(`DROP TYPE "public"."worry_contact"`);
    await queryRunner.query(`DROP INDEX "public"."support_request_move_request_idx"`);
    await queryRunner.query(`DROP TABLE "support_request_move"`);
    await queryRunner.query(`DROP INDEX "public"."support_request_one_open_per_kind"`);
    await queryRunner.query(`DROP INDEX "public"."support_request_queue_idx"`);
    await queryRunner.query(`DROP TABLE "support_request"`);
    await queryRunner.query(`DROP TYPE "public"."support_closed_reason"`);
    await queryRunner.query(`DROP TYPE "public"."support_status"`);
    await queryRunner.query(`DROP TYPE "public"."contact_preference"`);
    await queryRunner.query(`DROP TYPE "public"."support_how_soon"`);
    await queryRunner.query(`DROP TYPE "public"."support_kind"`);
  }
}
