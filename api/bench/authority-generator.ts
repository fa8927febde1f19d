import { Role } from "../src/kernel/access/role";
import type { BenchDatabase } from "./bench-database";

const BENCH_PASSPHRASE = "a passphrase for the bench";

export type SignIn = Readonly<{ username: string; passphrase: string; personId: string }>;

export type GeneratedAuthority = Readonly<{
  authorityId: string;
  /** Managers of the authority who can sign in. */
  managers: SignIn[];
  /** One of the authority's IROs who can sign in, with a caseload like the others'. */
  iro: SignIn;
}>;

const YEARS_OF_REVIEWS = 10;

/**
 * A local authority as it looks after ten years of use: `children` young people, each with a period of care (and for
 * one in five an earlier one), a review held every six months and one planned, a history of IRO allocations among
 * `iros` IROs, a social worker and two others in their network; for some, a link to give views, what was given
 * through it, choices sent and views. Made in set-based SQL as the owner, so thousands of children take seconds; only
 * the few accounts that sign in are made with the factories (their passphrases are hashed as in life). The other
 * staff accounts share the IRO's hash.
 */
export async function generateAuthority(
  database: BenchDatabase,
  { children, iros = 40, managers = 1 }: { children: number; iros?: number; managers?: number },
): Promise<GeneratedAuthority> {
  const { make, owner } = database;
  const authority = await make.localAuthority();
  const signIn = async (role: Role, username: string): Promise<SignIn> => {
    const { person } = await make.staffWithAccount(role, { username, passphrase: BENCH_PASSPHRASE, localAuthorityId: authority.id });
    return { username, passphrase: BENCH_PASSPHRASE, personId: person.id };
  };
  const tag = authority.id.slice(0, 8);
  const managerSignIns: SignIn[] = [];
  for (let n = 1; n <= managers; n++) managerSignIns.push(await signIn(Role.IRO_MANAGER, `bench.manager${n}.${tag}`));
  const iro = await signIn(Role.IRO, `bench.iro.${tag}`);

  await owner.transaction(async (db) => {
    // Making the authority takes longer than the API's statement timeout allows one request.
    await db.query("SET LOCAL statement_timeout = 0");
    // The due dates are worked out once at the end rather than by the triggers on every review and period inserted,
    // and each young person's authority is written with them rather than copied by theirs.
    await db.query("ALTER TABLE review DISABLE TRIGGER USER; ALTER TABLE care_period DISABLE TRIGGER USER; ALTER TABLE young_person DISABLE TRIGGER USER");
    await db.query(
      `SELECT set_config('bench.authority', $1, true), set_config('bench.children', $2, true), set_config('bench.iros', $3, true),
              set_config('bench.iro', $4, true), set_config('bench.manager', $5, true), set_config('bench.years', $6, true)`,
      [authority.id, String(children), String(iros), iro.personId, managerSignIns[0]!.personId, String(YEARS_OF_REVIEWS)],
    );
    await db.query(
      `CREATE TEMP TABLE bench_staff ON COMMIT DROP AS
         SELECT n, CASE WHEN n = 0 THEN current_setting('bench.iro')::uuid ELSE gen_random_uuid() END AS id
           FROM generate_series(0, current_setting('bench.iros')::int - 1) n;
       CREATE TEMP TABLE bench_social_worker ON COMMIT DROP AS
         SELECT n, gen_random_uuid() AS id FROM generate_series(0, greatest(current_setting('bench.children')::int / 20, 1) - 1) n;
       CREATE TEMP TABLE bench_child ON COMMIT DROP AS
         SELECT n, gen_random_uuid() AS id, gen_random_uuid() AS mother_id, gen_random_uuid() AS carer_id,
                (current_date - make_interval(years => current_setting('bench.years')::int, days => n % 180))::date AS cared_for_from
           FROM generate_series(0, current_setting('bench.children')::int - 1) n;`,
    );
    await db.query(
      `INSERT INTO person (id, local_authority_id, first_name, last_name)
         SELECT id, current_setting('bench.authority')::uuid, 'Iro' || n, 'Officer' FROM bench_staff WHERE n > 0
         UNION ALL SELECT id, current_setting('bench.authority')::uuid, 'Social' || n, 'Worker' FROM bench_social_worker
         UNION ALL SELECT id, current_setting('bench.authority')::uuid,
                          (ARRAY['Aisha','Ben','Chloe','Dylan','Ella','Finn','Grace','Harry','Isla','Jack','Kai','Leah','Mia',
                                 'Noah','Olivia','Priya','Quinn','Ruby','Sam','Tia','Umar','Violet','Will','Yusuf','Zara'])[1 + n % 25],
                          'Child' || n FROM bench_child
         UNION ALL SELECT mother_id, current_setting('bench.authority')::uuid, 'Mum' || n, 'Child' || n FROM bench_child
         UNION ALL SELECT carer_id, current_setting('bench.authority')::uuid, 'Carer' || n, 'Foster' FROM bench_child;
       INSERT INTO account (person_id, local_authority_id, username, passphrase_hash, role)
         SELECT s.id, current_setting('bench.authority')::uuid, 'bench.staff' || s.n || '.' || s.id, iro.passphrase_hash, 'IRO'::account_role
           FROM bench_staff s, account iro WHERE s.n > 0 AND iro.person_id = (SELECT id FROM bench_staff WHERE n = 0)
         UNION ALL
         SELECT w.id, current_setting('bench.authority')::uuid, 'bench.sw' || w.n || '.' || w.id, iro.passphrase_hash, 'SOCIAL_WORKER'::account_role
           FROM bench_social_worker w, account iro WHERE iro.person_id = (SELECT id FROM bench_staff WHERE n = 0);
       INSERT INTO young_person (id, local_authority_id, date_of_birth)
         SELECT id, current_setting('bench.authority')::uuid, current_date - 365 * 4 - (n * 7) % 4000 FROM bench_child;
       INSERT INTO care_period (young_person_id, starts_on, ends_on, legal_basis)
         SELECT id, cared_for_from, NULL, 'Section 31 care order' FROM bench_child
         UNION ALL SELECT id, cared_for_from - 700, cared_for_from - 400, 'Section 20' FROM bench_child WHERE n % 5 = 0;`,
    );
    await db.query(
      `INSERT INTO review (young_person_id, scheduled_for, status, format, venue, held_on_time)
         SELECT c.id, (c.cared_for_from + 19 + 182 * k)::timestamp + time '10:00', 'HELD'::review_status, 'IN_PERSON'::review_format, 'Their home', true
           FROM bench_child c, generate_series(0, 2 * current_setting('bench.years')::int - 1) k
          WHERE c.cared_for_from + 19 + 182 * k < current_date - 30
         UNION ALL
         SELECT c.id, (current_date + 7 + c.n % 150)::timestamp + time '14:00', 'PLANNED'::review_status, 'ONLINE'::review_format, NULL, NULL FROM bench_child c;
       INSERT INTO iro_allocation (young_person_id, iro_person_id, starts_at, ends_at, reason)
         SELECT c.id, s.id, c.cared_for_from + 1200 * k, CASE WHEN k < 2 THEN c.cared_for_from + 1200 * (k + 1) END,
                CASE WHEN k = 0 THEN 'Came into care' ELSE 'Caseloads balanced' END
           FROM bench_child c CROSS JOIN generate_series(0, 2) k
           JOIN bench_staff s ON s.n = (c.n + k * 7) % current_setting('bench.iros')::int;
       INSERT INTO network_link (young_person_id, person_id, relationship)
         SELECT c.id, c.mother_id, 'MOTHER'::relationship FROM bench_child c
         UNION ALL SELECT c.id, c.carer_id, 'FOSTER_CARER'::relationship FROM bench_child c
         UNION ALL SELECT c.id, w.id, 'SOCIAL_WORKER'::relationship FROM bench_child c
           JOIN bench_social_worker w ON w.n = c.n % (SELECT count(*) FROM bench_social_worker);`,
    );
    await db.query(
      `CREATE TEMP TABLE bench_planned ON COMMIT DROP AS
         SELECT r.id AS review_id, c.n, c.id AS young_person_id, c.mother_id
           FROM review r JOIN bench_child c ON c.id = r.young_person_id WHERE r.status = 'PLANNED';
       INSERT INTO contribution_link (review_id, young_person_id, local_authority_id, person_id, relationship, purpose, token_hash,
                                      created_by_account_id, expires_at)
         SELECT p.review_id, p.young_person_id, current_setting('bench.authority')::uuid, p.mother_id, 'MOTHER', 'VIEWS',
                sha256(convert_to(gen_random_uuid()::text, 'UTF8')), a.id, now() + interval '28 days'
           FROM bench_planned p, account a WHERE p.n % 4 = 2 AND a.person_id = current_setting('bench.manager')::uuid;
       INSERT INTO contribution (link_id, draft_answers, submitted_answers, submitted_at, submission_key)
         SELECT l.id, '{}', '{"goingWell":"School is better"}', now() - interval '1 day', gen_random_uuid()
           FROM contribution_link l JOIN bench_planned p ON p.review_id = l.review_id WHERE p.n % 8 = 2;
       INSERT INTO review_choice_set (review_id, young_person_id, version, place, meeting_shape, attendance)
         SELECT review_id, young_person_id, version::choices_version, 'MY_HOME', 'ALL_TOGETHER', 'IN_PERSON'
           FROM bench_planned, unnest(ARRAY['DRAFT', 'SENT']) version WHERE n % 3 = 0;
       INSERT INTO views_version (review_id, young_person_id, number, audience, submission_key, going_well, feeling_about_home)
         SELECT review_id, young_person_id, 1, 'IRO_AND_SOCIAL_WORKER', gen_random_uuid(), 'Football on Saturdays', 'HAPPY'
           FROM bench_planned WHERE n % 3 = 0;`,
    );
    await db.query("UPDATE young_person SET review_due_on = app_review_due_on(id) WHERE local_authority_id = current_setting('bench.authority')::uuid");
    await db.query("ALTER TABLE review ENABLE TRIGGER USER; ALTER TABLE care_period ENABLE TRIGGER USER; ALTER TABLE young_person ENABLE TRIGGER USER");
  });
  await owner.query("ANALYZE");
  return { authorityId: authority.id, managers: managerSignIns, iro };
}
