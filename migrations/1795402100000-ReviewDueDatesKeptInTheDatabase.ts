import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Each young person's statutory review due date, kept in young_person.review_due_on by the database itself, so that
 * the caseload can be filtered and ordered by it in SQL, with an index, before a page is cut (ADR 013). A trigger on
 * care_period and review works it out again whenever a period of care or a review changes, by the same rule as
 * api/src/reviews/statutory-due-dates.ts; reviews/review-due-in-sql.test.ts holds the two to the same answers.
 *
 * The trigger runs as my_review_due_dates, which may read periods of care and reviews past the policies and write
 * that one column and nothing else: an IRO recording a review as held may not change the young person's record, but
 * the due date follows from what they did. Roles belong to the whole server, so it is made only when missing.
 *
 * The bank holidays are a copy of api/src/kernel/calendar/england-and-wales-bank-holidays.ts as it was when this was
 * written; a holiday added there needs a migration adding it here (the test above fails until it has one).
 */
const BANK_HOLIDAYS = [
  "2015-01-01", "2015-04-03", "2015-04-06", "2015-05-04", "2015-05-25", "2015-08-31", "2015-12-25", "2015-12-28",
  "2016-01-01", "2016-03-25", "2016-03-28", "2016-05-02", "2016-05-30", "2016-08-29", "2016-12-26", "2016-12-27",
  "2017-01-02", "2017-04-14", "2017-04-17", "2017-05-01", "2017-05-29", "2017-08-28", "2017-12-25", "2017-12-26",
  "2018-01-01", "2018-03-30", "2018-04-02", "2018-05-07", "2018-05-28", "2018-08-27", "2018-12-25", "2018-12-26",
  "2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27", "2019-08-26", "2019-12-25", "2019-12-26",
  "2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28",
  "2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28",
  "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27",
  "2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26",
  "2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26",
  "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
  "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
  "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28",
  "2028-01-03", "2028-04-14", "2028-04-17", "2028-05-01", "2028-05-29", "2028-08-28", "2028-12-25", "2028-12-26",
  "2029-01-01", "2029-03-30", "2029-04-02", "2029-05-07", "2029-05-28", "2029-08-27", "2029-12-25", "2029-12-26",
  "2030-01-01", "2030-04-19", "2030-04-22", "2030-05-06", "2030-05-27", "2030-08-26", "2030-12-25", "2030-12-26",
  "2031-01-01", "2031-04-11", "2031-04-14", "2031-05-05", "2031-05-26", "2031-08-25", "2031-12-25", "2031-12-26",
  "2032-01-01", "2032-03-26", "2032-03-29", "2032-05-03", "2032-05-31", "2032-08-30", "2032-12-27", "2032-12-28",
  "2033-01-03", "2033-04-15", "2033-04-18", "2033-05-02", "2033-05-30", "2033-08-29", "2033-12-26", "2033-12-27",
  "2034-01-02", "2034-04-07", "2034-04-10", "2034-05-01", "2034-05-29", "2034-08-28", "2034-12-25", "2034-12-26",
  "2035-01-01", "2035-03-23", "2035-03-26", "2035-05-07", "2035-05-28", "2035-08-27", "2035-12-25", "2035-12-26",
];

export class ReviewDueDatesKeptInTheDatabase1795402100000 implements MigrationInterface {
  name = "ReviewDueDatesKeptInTheDatabase1795402100000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE bank_holiday (day date PRIMARY KEY)`);
    await queryRunner.query(`INSERT INTO bank_holiday (day) SELECT unnest($1::date[])`, [BANK_HOLIDAYS]);
    await queryRunner.query(`
      DO $roles$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'my_review_due_dates') THEN
          CREATE ROLE my_review_due_dates NOLOGIN BYPASSRLS;
        END IF;
      END
      $roles$;

      ALTER TABLE young_person ADD review_due_on date;
      CREATE INDEX young_person_review_due_idx ON young_person (review_due_on, id);

      GRANT USAGE ON SCHEMA public TO my_review_due_dates;
      GRANT SELECT ON bank_holiday, care_period, review TO my_review_due_dates;
      GRANT SELECT (id), UPDATE (review_due_on) ON young_person TO my_review_due_dates;

      -- The working day on which the count-th working day after start falls: start itself is never counted.
      CREATE FUNCTION app_add_working_days(start date, count integer) RETURNS date LANGUAGE sql STABLE
        SET search_path = public, pg_temp
        AS $$
          SELECT start + step FROM generate_series(1, count * 2 + 14) AS step
           WHERE extract(isodow FROM start + step) < 6 AND NOT EXISTS (SELECT 1 FROM bank_holiday b WHERE b.day = start + step)
           ORDER BY step OFFSET count - 1 LIMIT 1
        $$;

      -- Regulation 33: the first review within 20 working days of the open period of care starting, the second within
      -- 3 months of the first held, each later one within 6 months of the one before; days as London counts them.
      -- Adding months to a date keeps the day of the month, or takes the last day of a shorter month.
      CREATE FUNCTION app_review_due_on(target uuid) RETURNS date LANGUAGE sql STABLE
        SET search_path = public, pg_temp
        AS $$
          WITH period AS (
            SELECT starts_on FROM care_period WHERE young_person_id = target AND ends_on IS NULL
             ORDER BY starts_on DESC LIMIT 1
          ), held AS (
            SELECT count(*) AS reviews, max((r.scheduled_for AT TIME ZONE 'Europe/London')::date) AS latest
              FROM review r, period p
             WHERE r.young_person_id = target AND r.status = 'HELD'
               AND (r.scheduled_for AT TIME ZONE 'Europe/London')::date >= p.starts_on
          )
          SELECT CASE held.reviews
                   WHEN 0 THEN app_add_working_days(period.starts_on, 20)
                   WHEN 1 THEN (held.latest + interval '3 months')::date
                   ELSE (held.latest + interval '6 months')::date
                 END
            FROM period, held
        $$;

      CREATE FUNCTION app_keep_review_due_on_true() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = public, pg_temp
        AS $$
          BEGIN
            UPDATE young_person SET review_due_on = app_review_due_on(id)
             WHERE id IN (CASE WHEN TG_OP <> 'DELETE' THEN NEW.young_person_id END,
                          CASE WHEN TG_OP <> 'INSERT' THEN OLD.young_person_id END);
            RETURN NULL;
          END
        $$;
      ALTER FUNCTION app_keep_review_due_on_true() OWNER TO my_review_due_dates;

      CREATE TRIGGER care_period_keeps_review_due_on
        AFTER INSERT OR DELETE OR UPDATE OF young_person_id, starts_on, ends_on ON care_period
        FOR EACH ROW EXECUTE FUNCTION app_keep_review_due_on_true();
      -- Only reviews held count, so a review planned, moved or cancelled leaves the due date as it was.
      CREATE TRIGGER review_held_keeps_review_due_on AFTER INSERT ON review
        FOR EACH ROW WHEN (NEW.status = 'HELD') EXECUTE FUNCTION app_keep_review_due_on_true();
      CREATE TRIGGER review_held_changed_keeps_review_due_on AFTER UPDATE OF young_person_id, status, scheduled_for ON review
        FOR EACH ROW WHEN (OLD.status = 'HELD' OR NEW.status = 'HELD') EXECUTE FUNCTION app_keep_review_due_on_true();
      CREATE TRIGGER review_held_removed_keeps_review_due_on AFTER DELETE ON review
        FOR EACH ROW WHEN (OLD.status = 'HELD') EXECUTE FUNCTION app_keep_review_due_on_true();

      UPDATE young_person SET review_due_on = app_review_due_on(id);
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TRIGGER review_held_removed_keeps_review_due_on ON review;
      DROP TRIGGER review_held_changed_keeps_review_due_on ON review;
      DROP TRIGGER review_held_keeps_review_due_on ON review;
      DROP TRIGGER care_period_keeps_review_due_on ON care_period;
      DROP FUNCTION app_keep_review_due_on_true();
      DROP FUNCTION app_review_due_on(uuid);
      DROP FUNCTION app_add_working_days(date, integer);
      REVOKE ALL ON bank_holiday, care_period, review FROM my_review_due_dates;
      REVOKE ALL (id, review_due_on) ON young_person FROM my_review_due_dates;
      REVOKE USAGE ON SCHEMA public FROM my_review_due_dates;
      DROP INDEX young_person_review_due_idx;
      ALTER TABLE young_person DROP COLUMN review_due_on;
      DROP TABLE bank_holiday;
    `);
  }
}
