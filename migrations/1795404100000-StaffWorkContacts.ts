import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A member of staff's work phone and email, so that a young person, and the people their IRO sends a link to, know
 * how to reach the IRO (ADR 015). Staff in the authority read them; a young person reads only those of the IRO
 * allocated to them now. Nothing in the API writes them yet: the demo data and the tests do.
 *
 * A link's holder has no account, so the token's function gives them the IRO's name and contact with the rest of what
 * they may know. Its columns change, so it is dropped and made again.
 */
const ROW_LEVEL_SECURITY = `
CREATE FUNCTION app_may_read_staff_contact(target uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT EXISTS (SELECT 1 FROM person p WHERE p.id = target AND p.local_authority_id::text = app_claim('local_authority_id'))
      AND CASE
        WHEN app_claim('role') = 'YOUNG_PERSON' THEN EXISTS (
          SELECT 1 FROM iro_allocation a
          WHERE a.young_person_id::text = app_claim('person_id') AND a.iro_person_id = target AND a.ends_at IS NULL)
        ELSE app_claim('role') IN ('IRO', 'IRO_MANAGER', 'SOCIAL_WORKER', 'SUPERVISING_SOCIAL_WORKER', 'ADVOCACY_COORDINATOR', 'ADMINISTRATOR')
      END
  $$;
ALTER FUNCTION app_may_read_staff_contact(uuid) OWNER TO my_review_policy;

GRANT SELECT ON staff_contact TO my_review_api;
GRANT SELECT ON staff_contact TO my_review_policy;
ALTER TABLE staff_contact ENABLE ROW LEVEL SECURITY;
ALTER TABLE staff_contact FORCE ROW LEVEL SECURITY;
CREATE POLICY staff_contact_read ON staff_contact FOR SELECT TO my_review_api USING (app_may_read_staff_contact(person_id));
`;

const TOKEN_FUNCTION_GRANTS = `
ALTER FUNCTION app_contribution_link_by_token(bytea) OWNER TO my_review_policy;
GRANT EXECUTE ON FUNCTION app_contribution_link_by_token(bytea) TO PUBLIC;
`;

/** What a link's holder may know: as before, and the IRO allocated now, by name, with their work phone and email. */
const TOKEN_FUNCTION_WITH_IRO = `
DROP FUNCTION app_contribution_link_by_token(bytea);
CREATE FUNCTION app_contribution_link_by_token(hash bytea) RETURNS TABLE (link_id uuid, review_id uuid,
    young_person_id uuid, local_authority_id uuid, relationship text, purpose text, state text, expires_at timestamptz,
    first_name text, review_scheduled_for timestamptz, iro_name text, iro_phone text, iro_email text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT l.id, l.review_id, l.young_person_id, l.local_authority_id, l.relationship::text, l.purpose::text,
      app_contribution_link_state(l.used_at, l.revoked_at, l.expires_at, r.scheduled_for, r.status::text),
      least(l.expires_at, r.scheduled_for), p.first_name, r.scheduled_for,
      i.first_name || ' ' || i.last_name, c.work_phone, c.work_email
    FROM contribution_link l JOIN review r ON r.id = l.review_id JOIN person p ON p.id = l.young_person_id
      LEFT JOIN iro_allocation a ON a.young_person_id = l.young_person_id AND a.ends_at IS NULL
      LEFT JOIN person i ON i.id = a.iro_person_id
      LEFT JOIN staff_contact c ON c.person_id = a.iro_person_id
    WHERE l.token_hash = hash
  $$;
${TOKEN_FUNCTION_GRANTS}`;

const TOKEN_FUNCTION_BEFORE = `
DROP FUNCTION app_contribution_link_by_token(bytea);
CREATE FUNCTION app_contribution_link_by_token(hash bytea) RETURNS TABLE (link_id uuid, review_id uuid,
    young_person_id uuid, local_authority_id uuid, relationship text, purpose text, state text, expires_at timestamptz,
    first_name text, review_scheduled_for timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT l.id, l.review_id, l.young_person_id, l.local_authority_id, l.relationship::text, l.purpose::text,
      app_contribution_link_state(l.used_at, l.revoked_at, l.expires_at, r.scheduled_for, r.status::text),
      least(l.expires_at, r.scheduled_for), p.first_name, r.scheduled_for
    FROM contribution_link l JOIN review r ON r.id = l.review_id JOIN person p ON p.id = l.young_person_id
    WHERE l.token_hash = hash
  $$;
${TOKEN_FUNCTION_GRANTS}`;

export class StaffWorkContacts1795404100000 implements MigrationInterface {
  name = "StaffWorkContacts1795404100000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "staff_contact" ("person_id" uuid NOT NULL, "work_phone" text, "work_email" text, CONSTRAINT "PK_6893c080c61153959ff38620791" PRIMARY KEY ("person_id"))`);
    await queryRunner.query(`ALTER TABLE "staff_contact" ADD CONSTRAINT "staff_contact_person_fk" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(ROW_LEVEL_SECURITY);
    await queryRunner.query(TOKEN_FUNCTION_WITH_IRO);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(TOKEN_FUNCTION_BEFORE);
    await queryRunner.query(`DROP POLICY staff_contact_read ON staff_contact`);
    await queryRunner.query(`ALTER TABLE "staff_contact" DROP CONSTRAINT "staff_contact_person_fk"`);
    await queryRunner.query(`DROP TABLE "staff_contact"`);
    await queryRunner.query(`DROP FUNCTION app_may_read_staff_contact(uuid)`);
  }
}
