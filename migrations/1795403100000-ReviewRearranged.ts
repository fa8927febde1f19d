import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * A planned review's format and venue can change (REARRANGED), and its history keeps both before and after. The new
 * columns fall under review_change's existing grants and policies: only those who may arrange the review add them.
 */
export class ReviewRearranged1795403100000 implements MigrationInterface {
  name = "ReviewRearranged1795403100000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "review_change" ADD "format_before" "public"."review_format"`);
    await queryRunner.query(`ALTER TABLE "review_change" ADD "format_after" "public"."review_format"`);
    await queryRunner.query(`ALTER TABLE "review_change" ADD "venue_before" text`);
    await queryRunner.query(`ALTER TABLE "review_change" ADD "venue_after" text`);
    await queryRunner.query(`ALTER TYPE "public"."review_change_kind" ADD VALUE 'REARRANGED'`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."review_change_kind_old" AS ENUM('SCHEDULED', 'RESCHEDULED', 'HELD', 'ADJOURNED', 'CANCELLED')`);
    await queryRunner.query(`ALTER TABLE "review_change" ALTER COLUMN "kind" TYPE "public"."review_change_kind_old" USING "kind"::"text"::"public"."review_change_kind_old"`);
    await queryRunner.query(`DROP TYPE "public"."review_change_kind"`);
    await queryRunner.query(`ALTER TYPE "public"."review_change_kind_old" RENAME TO "review_change_kind"`);
    await queryRunner.query(`ALTER TABLE "review_change" DROP COLUMN "venue_after"`);
    await queryRunner.query(`ALTER TABLE "review_change" DROP COLUMN "venue_before"`);
    await queryRunner.query(`ALTER TABLE "review_change" DROP COLUMN "format_after"`);
    await queryRunner.query(`ALTER TABLE "review_change" DROP COLUMN "format_before"`);
  }
}
