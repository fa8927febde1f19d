import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A wall PostgreSQL can plan (issue 11, ADR 016). The policies said the same things before, but through per-row
 * SECURITY DEFINER functions that compared claims as text: the planner could neither see into them nor use an index,
 * so every row of a table was checked before a query narrowed to its page. Now:
 * - the caller's claims are read in a sub-select, `(SELECT app_claim(...)::uuid)`, which PostgreSQL evaluates once per
 *   statement (an InitPlan) and compares typed, so that indexes serve them;
 * - young_person carries its person's local authority (copied by a trigger), so "anyone in the authority" is an indexed
 *   predicate on the row itself;
 * - whom else a caller sees one by one (themselves, the young people allocated or linked to them) is one set-returning
 *   SECURITY DEFINER function, hashed once per statement;
 * - every other table asks the one question "may the caller see this row's young person?" as a semi-join on
 *   young_person, under young_person's own policy, so the rule is written once and the planner sees through it.
 */
const ROLE = "(SELECT app_claim('role'))";
const PERSON = "(SELECT app_claim('person_id')::uuid)";
const AUTHORITY = "(SELECT app_claim('local_authority_id')::uuid)";
const ACCOUNT = "(SELECT app_claim('account_id')::uuid)";
const LINK = "(SELECT app_claim('link_id')::uuid)";
const LINK_IS_OPEN = "(SELECT app_claimed_contribution_link_is_open())";
const STAFF_ROLES = "'IRO', 'IRO_MANAGER', 'SOCIAL_WORKER', 'SUPERVISING_SOCIAL_WORKER', 'ADVOCACY_COORDINATOR', 'ADMINISTRATOR'";

/** Whether the caller may see the young person named by `column`: young_person's policy, asked as a semi-join. */
const sees = (column: string) => `EXISTS (SELECT 1 FROM young_person seen WHERE seen.id = ${column})`;
const arranges = (column: string) => `${ROLE} IN ('IRO', 'IRO_MANAGER') AND ${sees(column)}`;
const manages = (column: string) => `${ROLE} IN ('IRO_MANAGER', 'ADMINISTRATOR') AND ${sees(column)}`;
const readsReviewsOf = (column: string) => `${ROLE} <> 'ADMINISTRATOR' AND ${sees(column)}`;
const isCurrentIroOf = (column: string) => `${ROLE} = 'IRO' AND ${sees(column)}`;
/** The young person themselves, for their review while it is planned and, as `open` says, still open to them. */
const writesForTheirReview = (table: string, open: string) =>
  `${ROLE} = 'YOUNG_PERSON' AND ${table}.young_person_id = ${PERSON} AND EXISTS (SELECT 1 FROM review planned
     WHERE planned.id = ${table}.review_id AND planned.young_person_id = ${table}.young_person_id
       AND planned.status = 'PLANNED' AND ${open})`;
const makesChoicesFor = (table: string) => writesForTheirReview(table, "planned.choices_locked_at IS NULL");
const writesViewsFor = (table: string) => writesForTheirReview(table, "planned.scheduled_for > now()");

/** [policy, table, USING, WITH CHECK] */
const POLICIES: [string, string, string | null, string | null][] = [
  ["young_person_read", "young_person", `local_authority_id = ${AUTHORITY} AND (${ROLE} IN ('IRO_MANAGER', 'ADMINISTRATOR') OR id IN (SELECT app_my_young_people()))`, null],
  ["young_person_add", "young_person", null, `${ROLE} IN ('IRO_MANAGER', 'ADMINISTRATOR') AND local_authority_id = ${AUTHORITY}`],
  ["young_person_change", "young_person", `${ROLE} IN ('IRO_MANAGER', 'ADMINISTRATOR') AND local_authority_id = ${AUTHORITY}`, null],
  [
    "person_read",
    "person",
    // The arms are tried in this order, cheapest first: the whole authority; themselves; the young people they see; staff
    // (anyone with a staff account); and, of those who are not young people, the networks of the young people they see
    // (network_link's own policy).
    `local_authority_id = ${AUTHORITY} AND (${ROLE} IN ('IRO_MANAGER', 'ADMINISTRATOR') OR id = ${PERSON}
       OR id IN (SELECT app_my_young_people())
       OR EXISTS (SELECT 1 FROM account staff WHERE staff.person_id = person.id AND staff.role::text IN (${STAFF_ROLES}))
       OR EXISTS (SELECT 1 FROM network_link known WHERE known.person_id = person.id) AND NOT app_is_young_person(id))`,
    null,
  ],
  ["person_add", "person", null, `local_authority_id = ${AUTHORITY} AND ${ROLE} IN ('IRO_MANAGER', 'ADMINISTRATOR')`],
  ["person_change", "person", `local_authority_id = ${AUTHORITY} AND ${ROLE} IN ('IRO_MANAGER', 'ADMINISTRATOR')`, null],
  ...["care_period", "iro_allocation", "network_link"].flatMap((table): [string, string, string | null, string | null][] => [
    [`${table}_read`, table, sees("young_person_id"), null],
    [`${table}_add`, table, null, manages("young_person_id")],
    [`${table}_change`, table, manages("young_person_id"), null],
  ]),
  ["review_read", "review", sees("young_person_id"), null],
  ["review_add", "review", null, arranges("young_person_id")],
  ["review_change", "review", arranges("young_person_id"), null],
  ["review_change_read", "review_change", readsReviewsOf("young_person_id"), null],
  ["review_change_add", "review_change", null, arranges("young_person_id")],
  ["communication_needs_read", "communication_needs", readsReviewsOf("young_person_id"), null],
  ["communication_needs_add", "communication_needs", null, arranges("young_person_id")],
  ["communication_needs_change", "communication_needs", arranges("young_person_id"), null],
  ["choice_answer_read", "choice_answer", readsReviewsOf("young_person_id"), null],
  ["choice_answer_add", "choice_answer", null, isCurrentIroOf("young_person_id")],
  ["choice_answer_change", "choice_answer", isCurrentIroOf("young_person_id"), null],
  ["review_choice_set_read", "review_choice_set", `${sees("young_person_id")} AND (version = 'SENT' OR young_person_id = ${PERSON})`, null],
  ["review_choice_set_add", "review_choice_set", null, makesChoicesFor("review_choice_set")],
  ["review_choice_set_change", "review_choice_set", makesChoicesFor("review_choice_set"), null],
  ["review_choice_private_read", "review_choice_private", `${sees("young_person_id")} AND (${ROLE} = 'YOUNG_PERSON' OR ${ROLE} = 'IRO' AND version = 'SENT')`, null],
  ["review_choice_private_add", "review_choice_private", null, makesChoicesFor("review_choice_private")],
  ["review_choice_private_change", "review_choice_private", makesChoicesFor("review_choice_private"), null],
  ["views_draft_read", "views_draft", `${ROLE} = 'YOUNG_PERSON' AND ${sees("young_person_id")}`, null],
  ["views_draft_add", "views_draft", null, writesViewsFor("views_draft")],
  ["views_draft_change", "views_draft", writesViewsFor("views_draft"), null],
  ["views_version_read", "views_version", `${sees("young_person_id")} AND app_may_read_views_with_audience(review_id, audience::text)`, null],
  ["views_version_add", "views_version", null, writesViewsFor("views_version")],
  ["pack_reading_read", "pack_reading", `account_id = ${ACCOUNT}`, null],
  ["pack_reading_add", "pack_reading", null, `account_id = ${ACCOUNT} AND ${sees("young_person_id")}`],
  ["contribution_link_read", "contribution_link", `${arranges("young_person_id")} OR id = ${LINK}`, null],
  ["contribution_link_add", "contribution_link", null, `${arranges("young_person_id")} AND created_by_account_id = ${ACCOUNT}`],
  ["contribution_link_change", "contribution_link", arranges("young_person_id"), null],
  ["contribution_link_spend", "contribution_link", `id = ${LINK} AND ${LINK_IS_OPEN}`, `id = ${LINK} AND used_at IS NOT NULL`],
  [
    "contribution_read",
    "contribution",
    `link_id = ${LINK} OR submitted_at IS NOT NULL AND EXISTS (SELECT 1 FROM contribution_link sent_through
       WHERE sent_through.id = contribution.link_id AND ${arranges("sent_through.young_person_id")})`,
    null,
  ],
  ["contribution_add", "contribution", null, `link_id = ${LINK} AND ${LINK_IS_OPEN}`],
  ["contribution_change", "contribution", `link_id = ${LINK} AND ${LINK_IS_OPEN}`, null],
  ["audit_event_read_by_manager", "audit_event", `${ROLE} = 'IRO_MANAGER' AND local_authority_id = ${AUTHORITY}`, null],
  ["audit_event_written_by_caller", "audit_event", null, `actor_account_id = ${ACCOUNT} AND local_authority_id = ${AUTHORITY}`],
  [
    "audit_event_written_by_link_holder",
    "audit_event",
    null,
    // The holder sees their own link (contribution_link_read), and only it.
    `actor_contribution_link_id = ${LINK} AND EXISTS (SELECT 1 FROM contribution_link holder
       WHERE holder.id = audit_event.actor_contribution_link_id AND holder.young_person_id = audit_event.young_person_id
         AND holder.local_authority_id = audit_event.local_authority_id)`,
  ],
];

const alterPolicy = ([policy, table, using, check]: (typeof POLICIES)[number]) =>
  `ALTER POLICY ${policy} ON ${table}${using ? ` USING (${using})` : ""}${check ? ` WITH CHECK (${check})` : ""};`;

const NEW_FUNCTIONS = `
ALTER TABLE young_person ADD COLUMN local_authority_id uuid;
UPDATE young_person y SET local_authority_id = p.local_authority_id FROM person p WHERE p.id = y.id;
ALTER TABLE young_person ALTER COLUMN local_authority_id SET NOT NULL;
CREATE INDEX young_person_local_authority_review_due_idx ON young_person (local_authority_id, review_due_on, id);
CREATE INDEX person_local_authority_first_name_idx ON person (local_authority_id, first_name, id);

-- A young person's authority is their person's, whoever writes the row.
CREATE FUNCTION app_young_person_takes_authority() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $$ BEGIN
    NEW.local_authority_id := (SELECT p.local_authority_id FROM person p WHERE p.id = NEW.id);
    RETURN NEW;
  END $$;
ALTER FUNCTION app_young_person_takes_authority() OWNER TO my_review_policy;
CREATE TRIGGER young_person_takes_authority BEFORE INSERT OR UPDATE OF id, local_authority_id ON young_person
  FOR EACH ROW EXECUTE FUNCTION app_young_person_takes_authority();

-- The young people the caller sees one by one: themselves, those allocated to them as IRO, those they are linked to
-- as social worker (the policies check the authority on the row). Managers and administrators see the whole authority
-- without it. PL/pgSQL keeps its plan for the session; ROWS tells the planner it is a caseload, not the default
-- thousand, so the hash made of it once per statement is cheap to probe from a nested loop.
CREATE FUNCTION app_my_young_people() RETURNS SETOF uuid LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 20
  SET search_path = public, pg_temp
  AS $$ BEGIN
    RETURN QUERY
      SELECT app_claim('person_id')::uuid WHERE app_claim('role') = 'YOUNG_PERSON'
      UNION ALL
      SELECT a.young_person_id FROM iro_allocation a
       WHERE app_claim('role') = 'IRO' AND a.iro_person_id = app_claim('person_id')::uuid AND a.ends_at IS NULL
      UNION ALL
      SELECT l.young_person_id FROM network_link l
       WHERE app_claim('role') = 'SOCIAL_WORKER' AND l.person_id = app_claim('person_id')::uuid AND l.relationship = 'SOCIAL_WORKER';
  END $$;
ALTER FUNCTION app_my_young_people() OWNER TO my_review_policy;

-- Whether someone is a young person, whoever may see them: someone in a network the caller sees may be a young person
-- in care too, and then only those who see that young person see them.
CREATE FUNCTION app_is_young_person(target uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $$ SELECT EXISTS (SELECT 1 FROM young_person y WHERE y.id = target) $$;
ALTER FUNCTION app_is_young_person(uuid) OWNER TO my_review_policy;

-- Who may read a version of views sent, by the audience the young person chose for it and for their newest.
CREATE FUNCTION app_may_read_views_with_audience(target_review uuid, audience text) RETURNS boolean LANGUAGE sql STABLE
  SECURITY DEFINER SET search_path = public, pg_temp
  AS $$
    SELECT CASE app_claim('role')
      WHEN 'YOUNG_PERSON' THEN true
      WHEN 'IRO' THEN true
      WHEN 'IRO_MANAGER' THEN true
      WHEN 'SOCIAL_WORKER' THEN audience IN ('IRO_AND_SOCIAL_WORKER', 'EVERYONE_AT_REVIEW')
        AND (SELECT newest.audience::text FROM views_version newest WHERE newest.review_id = target_review
             ORDER BY newest.number DESC LIMIT 1) IN ('IRO_AND_SOCIAL_WORKER', 'EVERYONE_AT_REVIEW')
      ELSE false
    END
  $$;
ALTER FUNCTION app_may_read_views_with_audience(uuid, text) OWNER TO my_review_policy;

CREATE OR REPLACE FUNCTION app_is_current_iro_of(target uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $$
    SELECT app_claim('role') = 'IRO' AND EXISTS (
      SELECT 1 FROM iro_allocation a JOIN young_person y ON y.id = a.young_person_id
       WHERE a.young_person_id = target AND a.iro_person_id = app_claim('person_id')::uuid AND a.ends_at IS NULL
         AND y.local_authority_id = app_claim('local_authority_id')::uuid)
  $$;

CREATE OR REPLACE FUNCTION app_claimed_contribution_link_is_open() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $$
    SELECT EXISTS (
      SELECT 1 FROM contribution_link l JOIN review r ON r.id = l.review_id
      WHERE l.id = app_claim('link_id')::uuid
        AND app_contribution_link_state(l.used_at, l.revoked_at, l.expires_at, r.scheduled_for, r.status::text) = 'OPEN')
  $$;

CREATE OR REPLACE FUNCTION app_may_read_staff_contact(target uuid) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public, pg_temp
  AS $$
    SELECT EXISTS (SELECT 1 FROM person p WHERE p.id = target AND p.local_authority_id = app_claim('local_authority_id')::uuid)
      AND CASE
        WHEN app_claim('role') = 'YOUNG_PERSON' THEN EXISTS (
          SELECT 1 FROM iro_allocation a
          WHERE a.young_person_id = app_claim('person_id')::uuid AND a.iro_person_id = target AND a.ends_at IS NULL)
        ELSE app_claim('role') IN (${STAFF_ROLES})
      END
  $$;
`;

const OLD_FUNCTIONS = [
  "app_may_see_young_person(uuid)",
  "app_may_arrange_reviews_of(uuid)",
  "app_may_manage_young_person(uuid)",
  "app_may_read_reviews_of(uuid)",
  "app_may_read_contributions_through(uuid)",
  "app_may_read_private_choices(uuid, text)",
  "app_may_read_views_of(uuid, uuid, text)",
  "app_may_see_person(uuid, uuid)",
  "app_may_make_choices_for(uuid, uuid)",
  "app_may_write_views_for(uuid, uuid)",
  "app_contribution_link_covers(uuid, uuid, uuid)",
];

export class AWallThePlannerCanRead1795406100000 implements MigrationInterface {
  name = "AWallThePlannerCanRead1795406100000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(NEW_FUNCTIONS);
    await queryRunner.query(POLICIES.map(alterPolicy).join("\n"));
    // Dropped in reverse, as the later ones call the earlier.
    await queryRunner.query(OLD_FUNCTIONS.toReversed().map((signature) => `DROP FUNCTION ${signature};`).join("\n"));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The functions and policies as they were, read from the catalog before this migration.
    await queryRunner.query(`
CREATE OR REPLACE FUNCTION public.app_may_see_young_person(target uuid)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$
    SELECT EXISTS (
      SELECT 1 FROM person p
      WHERE p.id = target AND p.local_authority_id::text = app_claim('local_authority_id')
        AND CASE app_claim('role')
          WHEN 'YOUNG_PERSON' THEN target::text = app_claim('person_id')
          WHEN 'IRO' THEN EXISTS (
            SELECT 1 FROM iro_allocation a
            WHERE a.young_person_id = target AND a.iro_person_id::text = app_claim('person_id') AND a.ends_at IS NULL)
          WHEN 'SOCIAL_WORKER' THEN EXISTS (
            SELECT 1 FROM network_link l
            WHERE l.young_person_id = target AND l.person_id::text = app_claim('person_id') AND l.relationship = 'SOCIAL_WORKER')
          WHEN 'IRO_MANAGER' THEN true
          WHEN 'ADMINISTRATOR' THEN true
          ELSE false
        END)
  $function$
;
ALTER FUNCTION app_may_see_young_person(uuid) OWNER TO my_review_policy;
CREATE OR REPLACE FUNCTION public.app_may_arrange_reviews_of(target uuid)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$
          SELECT EXISTS (SELECT 1 FROM person p WHERE p.id = target AND p.local_authority_id::text = app_claim('local_authority_id'))
            AND CASE app_claim('role')
              WHEN 'IRO' THEN EXISTS (
                SELECT 1 FROM iro_allocation a
                WHERE a.young_person_id = target AND a.iro_person_id::text = app_claim('person_id') AND a.ends_at IS NULL)
              WHEN 'IRO_MANAGER' THEN true
              ELSE false
            END
        $function$
;
ALTER FUNCTION app_may_arrange_reviews_of(uuid) OWNER TO my_review_policy;
CREATE OR REPLACE FUNCTION public.app_may_manage_young_person(target uuid)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$
    SELECT app_claim('role') IN ('IRO_MANAGER', 'ADMINISTRATOR')
      AND EXISTS (SELECT 1 FROM person p WHERE p.id = target AND p.local_authority_id::text = app_claim('local_authority_id'))
  $function$
;
ALTER FUNCTION app_may_manage_young_person(uuid) OWNER TO my_review_policy;
CREATE OR REPLACE FUNCTION public.app_may_read_reviews_of(target uuid)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$ SELECT app_claim('role') <> 'ADMINISTRATOR' AND app_may_see_young_person(target) $function$
;
ALTER FUNCTION app_may_read_reviews_of(uuid) OWNER TO my_review_policy;
CREATE OR REPLACE FUNCTION public.app_may_read_contributions_through(link uuid)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$
    SELECT EXISTS (SELECT 1 FROM contribution_link l WHERE l.id = link AND app_may_arrange_reviews_of(l.young_person_id))
  $function$
;
ALTER FUNCTION app_may_read_contributions_through(uuid) OWNER TO my_review_policy;
CREATE OR REPLACE FUNCTION public.app_may_read_private_choices(target_young_person uuid, choices_version text)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$
    SELECT EXISTS (SELECT 1 FROM person p WHERE p.id = target_young_person AND p.local_authority_id::text = app_claim('local_authority_id'))
      AND CASE app_claim('role')
        WHEN 'YOUNG_PERSON' THEN target_young_person::text = app_claim('person_id')
        WHEN 'IRO' THEN choices_version = 'SENT' AND EXISTS (
          SELECT 1 FROM iro_allocation a
          WHERE a.young_person_id = target_young_person AND a.iro_person_id::text = app_claim('person_id') AND a.ends_at IS NULL)
        ELSE false
      END
  $function$
;
ALTER FUNCTION app_may_read_private_choices(uuid,text) OWNER TO my_review_policy;
CREATE OR REPLACE FUNCTION public.app_may_read_views_of(target_review uuid, target_young_person uuid, audience text)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$
          SELECT app_may_see_young_person(target_young_person) AND CASE app_claim('role')
            WHEN 'YOUNG_PERSON' THEN true
            WHEN 'IRO' THEN true
            WHEN 'IRO_MANAGER' THEN true
            WHEN 'SOCIAL_WORKER' THEN audience IN ('IRO_AND_SOCIAL_WORKER', 'EVERYONE_AT_REVIEW')
              AND (SELECT newest.audience::text FROM views_version newest WHERE newest.review_id = target_review
                   ORDER BY newest.number DESC LIMIT 1) IN ('IRO_AND_SOCIAL_WORKER', 'EVERYONE_AT_REVIEW')
            ELSE false
          END
        $function$
;
ALTER FUNCTION app_may_read_views_of(uuid,uuid,text) OWNER TO my_review_policy;
CREATE OR REPLACE FUNCTION public.app_may_see_person(target uuid, authority uuid)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$
    SELECT authority::text = app_claim('local_authority_id') AND CASE
      WHEN EXISTS (SELECT 1 FROM young_person y WHERE y.id = target) THEN app_may_see_young_person(target)
      ELSE target::text = app_claim('person_id')
        OR app_claim('role') IN ('IRO_MANAGER', 'ADMINISTRATOR')
        OR EXISTS (SELECT 1 FROM account a WHERE a.person_id = target
                   AND a.role::text IN ('IRO', 'IRO_MANAGER', 'SOCIAL_WORKER', 'SUPERVISING_SOCIAL_WORKER', 'ADVOCACY_COORDINATOR', 'ADMINISTRATOR'))
        OR EXISTS (SELECT 1 FROM network_link l WHERE l.person_id = target AND app_may_see_young_person(l.young_person_id))
    END
  $function$
;
ALTER FUNCTION app_may_see_person(uuid,uuid) OWNER TO my_review_policy;
CREATE OR REPLACE FUNCTION public.app_may_make_choices_for(target_review uuid, target_young_person uuid)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$
    SELECT app_claim('role') = 'YOUNG_PERSON' AND target_young_person::text = app_claim('person_id') AND EXISTS (
      SELECT 1 FROM review r JOIN person p ON p.id = r.young_person_id
      WHERE r.id = target_review AND r.young_person_id = target_young_person
        AND p.local_authority_id::text = app_claim('local_authority_id')
        AND r.status::text = 'PLANNED' AND r.choices_locked_at IS NULL)
  $function$
;
ALTER FUNCTION app_may_make_choices_for(uuid,uuid) OWNER TO my_review_policy;
CREATE OR REPLACE FUNCTION public.app_may_write_views_for(target_review uuid, target_young_person uuid)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$
    SELECT app_claim('role') = 'YOUNG_PERSON' AND target_young_person::text = app_claim('person_id') AND EXISTS (
      SELECT 1 FROM review r JOIN person p ON p.id = r.young_person_id
      WHERE r.id = target_review AND r.young_person_id = target_young_person
        AND p.local_authority_id::text = app_claim('local_authority_id')
        AND r.status::text = 'PLANNED' AND r.scheduled_for > now())
  $function$
;
ALTER FUNCTION app_may_write_views_for(uuid,uuid) OWNER TO my_review_policy;
CREATE OR REPLACE FUNCTION public.app_contribution_link_covers(link uuid, young_person uuid, authority uuid)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$
    SELECT EXISTS (
      SELECT 1 FROM contribution_link l WHERE l.id = link AND l.young_person_id = young_person AND l.local_authority_id = authority)
  $function$
;
ALTER FUNCTION app_contribution_link_covers(uuid,uuid,uuid) OWNER TO my_review_policy;
CREATE OR REPLACE FUNCTION public.app_is_current_iro_of(target uuid)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$ SELECT app_claim('role') = 'IRO' AND app_may_arrange_reviews_of(target) $function$
;
ALTER FUNCTION app_is_current_iro_of(uuid) OWNER TO my_review_policy;
CREATE OR REPLACE FUNCTION public.app_claimed_contribution_link_is_open()
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$
    SELECT EXISTS (
      SELECT 1 FROM contribution_link l JOIN review r ON r.id = l.review_id
      WHERE l.id::text = app_claim('link_id')
        AND app_contribution_link_state(l.used_at, l.revoked_at, l.expires_at, r.scheduled_for, r.status::text) = 'OPEN')
  $function$
;
ALTER FUNCTION app_claimed_contribution_link_is_open() OWNER TO my_review_policy;
CREATE OR REPLACE FUNCTION public.app_may_read_staff_contact(target uuid)
 RETURNS boolean
 LANGUAGE sql
 STABLE SECURITY DEFINER
 SET search_path TO 'public', 'pg_temp'
AS $function$
    SELECT EXISTS (SELECT 1 FROM person p WHERE p.id = target AND p.local_authority_id::text = app_claim('local_authority_id'))
      AND CASE
        WHEN app_claim('role') = 'YOUNG_PERSON' THEN EXISTS (
          SELECT 1 FROM iro_allocation a
          WHERE a.young_person_id::text = app_claim('person_id') AND a.iro_person_id = target AND a.ends_at IS NULL)
        ELSE app_claim('role') IN ('IRO', 'IRO_MANAGER', 'SOCIAL_WORKER', 'SUPERVISING_SOCIAL_WORKER', 'ADVOCACY_COORDINATOR', 'ADMINISTRATOR')
      END
  $function$
;
ALTER FUNCTION app_may_read_staff_contact(uuid) OWNER TO my_review_policy;
`);
    await queryRunner.query(`
ALTER POLICY audit_event_read_by_manager ON audit_event
  USING (((app_claim('role'::text) = 'IRO_MANAGER'::text) AND ((local_authority_id)::text = app_claim('local_authority_id'::text))));
ALTER POLICY audit_event_written_by_caller ON audit_event
  WITH CHECK ((((actor_account_id)::text = app_claim('account_id'::text)) AND ((local_authority_id)::text = app_claim('local_authority_id'::text))));
ALTER POLICY audit_event_written_by_link_holder ON audit_event
  WITH CHECK ((((actor_contribution_link_id)::text = app_claim('link_id'::text)) AND app_contribution_link_covers(actor_contribution_link_id, young_person_id, local_authority_id)));
ALTER POLICY care_period_add ON care_period
  WITH CHECK (app_may_manage_young_person(young_person_id));
ALTER POLICY care_period_change ON care_period
  USING (app_may_manage_young_person(young_person_id));
ALTER POLICY care_period_read ON care_period
  USING (app_may_see_young_person(young_person_id));
ALTER POLICY choice_answer_add ON choice_answer
  WITH CHECK (app_is_current_iro_of(young_person_id));
ALTER POLICY choice_answer_change ON choice_answer
  USING (app_is_current_iro_of(young_person_id));
ALTER POLICY choice_answer_read ON choice_answer
  USING (app_may_read_reviews_of(young_person_id));
ALTER POLICY communication_needs_add ON communication_needs
  WITH CHECK (app_may_arrange_reviews_of(young_person_id));
ALTER POLICY communication_needs_change ON communication_needs
  USING (app_may_arrange_reviews_of(young_person_id));
ALTER POLICY communication_needs_read ON communication_needs
  USING (app_may_read_reviews_of(young_person_id));
ALTER POLICY contribution_add ON contribution
  WITH CHECK ((((link_id)::text = app_claim('link_id'::text)) AND app_claimed_contribution_link_is_open()));
ALTER POLICY contribution_change ON contribution
  USING ((((link_id)::text = app_claim('link_id'::text)) AND app_claimed_contribution_link_is_open()));
ALTER POLICY contribution_read ON contribution
  USING ((((link_id)::text = app_claim('link_id'::text)) OR ((submitted_at IS NOT NULL) AND app_may_read_contributions_through(link_id))));
ALTER POLICY contribution_link_add ON contribution_link
  WITH CHECK ((app_may_arrange_reviews_of(young_person_id) AND ((created_by_account_id)::text = app_claim('account_id'::text))));
ALTER POLICY contribution_link_change ON contribution_link
  USING (app_may_arrange_reviews_of(young_person_id));
ALTER POLICY contribution_link_read ON contribution_link
  USING ((app_may_arrange_reviews_of(young_person_id) OR ((id)::text = app_claim('link_id'::text))));
ALTER POLICY contribution_link_spend ON contribution_link
  USING ((((id)::text = app_claim('link_id'::text)) AND app_claimed_contribution_link_is_open()))
  WITH CHECK ((((id)::text = app_claim('link_id'::text)) AND (used_at IS NOT NULL)));
ALTER POLICY iro_allocation_add ON iro_allocation
  WITH CHECK (app_may_manage_young_person(young_person_id));
ALTER POLICY iro_allocation_change ON iro_allocation
  USING (app_may_manage_young_person(young_person_id));
ALTER POLICY iro_allocation_read ON iro_allocation
  USING (app_may_see_young_person(young_person_id));
ALTER POLICY network_link_add ON network_link
  WITH CHECK (app_may_manage_young_person(young_person_id));
ALTER POLICY network_link_change ON network_link
  USING (app_may_manage_young_person(young_person_id));
ALTER POLICY network_link_read ON network_link
  USING (app_may_see_young_person(young_person_id));
ALTER POLICY pack_reading_add ON pack_reading
  WITH CHECK ((((account_id)::text = app_claim('account_id'::text)) AND app_may_see_young_person(young_person_id)));
ALTER POLICY pack_reading_read ON pack_reading
  USING (((account_id)::text = app_claim('account_id'::text)));
ALTER POLICY person_add ON person
  WITH CHECK ((((local_authority_id)::text = app_claim('local_authority_id'::text)) AND (app_claim('role'::text) = ANY (ARRAY['IRO_MANAGER'::text, 'ADMINISTRATOR'::text]))));
ALTER POLICY person_change ON person
  USING ((((local_authority_id)::text = app_claim('local_authority_id'::text)) AND (app_claim('role'::text) = ANY (ARRAY['IRO_MANAGER'::text, 'ADMINISTRATOR'::text]))));
ALTER POLICY person_read ON person
  USING (app_may_see_person(id, local_authority_id));
ALTER POLICY review_add ON review
  WITH CHECK (app_may_arrange_reviews_of(young_person_id));
ALTER POLICY review_change ON review
  USING (app_may_arrange_reviews_of(young_person_id));
ALTER POLICY review_read ON review
  USING (app_may_see_young_person(young_person_id));
ALTER POLICY review_change_add ON review_change
  WITH CHECK (app_may_arrange_reviews_of(young_person_id));
ALTER POLICY review_change_read ON review_change
  USING (app_may_read_reviews_of(young_person_id));
ALTER POLICY review_choice_private_add ON review_choice_private
  WITH CHECK (app_may_make_choices_for(review_id, young_person_id));
ALTER POLICY review_choice_private_change ON review_choice_private
  USING (app_may_make_choices_for(review_id, young_person_id));
ALTER POLICY review_choice_private_read ON review_choice_private
  USING (app_may_read_private_choices(young_person_id, (version)::text));
ALTER POLICY review_choice_set_add ON review_choice_set
  WITH CHECK (app_may_make_choices_for(review_id, young_person_id));
ALTER POLICY review_choice_set_change ON review_choice_set
  USING (app_may_make_choices_for(review_id, young_person_id));
ALTER POLICY review_choice_set_read ON review_choice_set
  USING ((app_may_see_young_person(young_person_id) AND (((version)::text = 'SENT'::text) OR ((young_person_id)::text = app_claim('person_id'::text)))));
ALTER POLICY staff_contact_read ON staff_contact
  USING (app_may_read_staff_contact(person_id));
ALTER POLICY views_draft_add ON views_draft
  WITH CHECK (app_may_write_views_for(review_id, young_person_id));
ALTER POLICY views_draft_change ON views_draft
  USING (app_may_write_views_for(review_id, young_person_id));
ALTER POLICY views_draft_read ON views_draft
  USING (((app_claim('role'::text) = 'YOUNG_PERSON'::text) AND app_may_see_young_person(young_person_id)));
ALTER POLICY views_version_add ON views_version
  WITH CHECK (app_may_write_views_for(review_id, young_person_id));
ALTER POLICY views_version_read ON views_version
  USING (app_may_read_views_of(review_id, young_person_id, (audience)::text));
ALTER POLICY young_person_add ON young_person
  WITH CHECK (app_may_manage_young_person(id));
ALTER POLICY young_person_change ON young_person
  USING (app_may_manage_young_person(id));
ALTER POLICY young_person_read ON young_person
  USING (app_may_see_young_person(id));
`);
    await queryRunner.query(`
DROP FUNCTION app_may_read_views_with_audience(uuid, text);
DROP FUNCTION app_is_young_person(uuid);
DROP FUNCTION app_my_young_people();
DROP TRIGGER young_person_takes_authority ON young_person;
DROP FUNCTION app_young_person_takes_authority();
DROP INDEX person_local_authority_first_name_idx;
DROP INDEX young_person_local_authority_review_due_idx;
ALTER TABLE young_person DROP COLUMN local_authority_id;
`);
  }
}
