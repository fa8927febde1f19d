import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * An attempt being checked is told apart from one that failed, so that correct sign-ins sent at the same moment wait
 * for each other instead of counting as failures, and an attempt refused during a lockout is not stored at all.
 */
export class AttemptsPendingWhileChecked1795407100000 implements MigrationInterface {
  name = "AttemptsPendingWhileChecked1795407100000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "failed_attempt" ADD "pending" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "failed_attempt" DROP COLUMN "pending"`);
  }
}
