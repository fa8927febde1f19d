import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Only the young person's current IRO locks and unlocks their choices (lock:choices), yet the lock is a column of
 * review, which managers may also change under review_change. A policy sees only the row's new values, so a trigger
 * compares old and new and refuses anyone else a different lock, on a new review as on an old one. It applies where
 * row-level security does (to the API's role, not to a superuser migrating), which is why the function runs as its
 * caller: row_security_active() must ask about them, not about an owner.
 */
export class ChoicesLockedByTheirIroAlone1795401100000 implements MigrationInterface {
  name = "ChoicesLockedByTheirIroAlone1795401100000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE FUNCTION app_refuse_choices_lock_but_by_current_iro() RETURNS trigger LANGUAGE plpgsql
        SET search_path = public, pg_temp
        AS $$
          BEGIN
            IF row_security_active(TG_RELID)
              AND NEW.choices_locked_at IS DISTINCT FROM (CASE WHEN TG_OP = 'UPDATE' THEN OLD.choices_locked_at END)
              AND NOT app_is_current_iro_of(NEW.young_person_id) THEN
              RAISE EXCEPTION 'only the young person''s current IRO may lock or unlock their choices'
                USING ERRCODE = 'insufficient_privilege';
            END IF;
            RETURN NEW;
          END
        $$;
      CREATE TRIGGER review_choices_lock_by_current_iro BEFORE INSERT OR UPDATE OF choices_locked_at ON review
        FOR EACH ROW EXECUTE FUNCTION app_refuse_choices_lock_but_by_current_iro();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      DROP TRIGGER review_choices_lock_by_current_iro ON review;
      DROP FUNCTION app_refuse_choices_lock_but_by_current_iro();
    `);
  }
}
