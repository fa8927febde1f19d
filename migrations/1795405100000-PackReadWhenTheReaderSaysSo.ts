import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A pack is marked read when its reader says so, not when it is opened: an opening becomes a reading, which keeps
 * how far they read (the moment the pack they read was put together) apart from when they said it. An opening
 * recorded before this read as far as the moment it was opened, so both take that moment.
 */
export class PackReadWhenTheReaderSaysSo1795405100000 implements MigrationInterface {
  name = "PackReadWhenTheReaderSaysSo1795405100000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
ALTER TABLE pack_opening RENAME TO pack_reading;
ALTER TABLE pack_reading RENAME COLUMN opened_at TO read_up_to;
ALTER TABLE pack_reading ALTER COLUMN read_up_to DROP DEFAULT;
ALTER TABLE pack_reading ADD COLUMN marked_at TIMESTAMP WITH TIME ZONE;
UPDATE pack_reading SET marked_at = read_up_to;
ALTER TABLE pack_reading ALTER COLUMN marked_at SET NOT NULL, ALTER COLUMN marked_at SET DEFAULT now();
ALTER TABLE pack_reading RENAME CONSTRAINT "PK_abcb65c98b07b3529746109f3e9" TO pack_reading_pk;
ALTER TABLE pack_reading RENAME CONSTRAINT pack_opening_review_fk TO pack_reading_review_fk;
ALTER TABLE pack_reading RENAME CONSTRAINT pack_opening_account_fk TO pack_reading_account_fk;
ALTER INDEX pack_opening_review_account_idx RENAME TO pack_reading_review_account_idx;
ALTER POLICY pack_opening_read ON pack_reading RENAME TO pack_reading_read;
ALTER POLICY pack_opening_add ON pack_reading RENAME TO pack_reading_add;
`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
ALTER POLICY pack_reading_add ON pack_reading RENAME TO pack_opening_add;
ALTER POLICY pack_reading_read ON pack_reading RENAME TO pack_opening_read;
ALTER INDEX pack_reading_review_account_idx RENAME TO pack_opening_review_account_idx;
ALTER TABLE pack_reading RENAME CONSTRAINT pack_reading_account_fk TO pack_opening_account_fk;
ALTER TABLE pack_reading RENAME CONSTRAINT pack_reading_review_fk TO pack_opening_review_fk;
ALTER TABLE pack_reading RENAME CONSTRAINT pack_reading_pk TO "PK_abcb65c98b07b3529746109f3e9";
ALTER TABLE pack_reading DROP COLUMN marked_at;
ALTER TABLE pack_reading ALTER COLUMN read_up_to SET DEFAULT now();
ALTER TABLE pack_reading RENAME COLUMN read_up_to TO opened_at;
ALTER TABLE pack_reading RENAME TO pack_opening;
`);
  }
}
