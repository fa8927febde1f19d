import type { MigrationInterface, QueryRunner } from "typeorm";

export class Foundation1795379671943 implements MigrationInterface {
  name = "Foundation1795379671943";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "person" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "first_name" text NOT NULL, "last_name" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5fdaf670315c4b7e70cce85daa3" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TYPE "public"."account_role" AS ENUM('YOUNG_PERSON', 'IRO')`);
    await queryRunner.query(`CREATE TABLE "account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "person_id" uuid NOT NULL, "username" text NOT NULL, "passphrase_hash" text NOT NULL, "role" "public"."account_role" NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_41dfcb70af895ddf9a53094515b" UNIQUE ("username"), CONSTRAINT "REL_73b5a14ecc8f5529ea98a746d5" UNIQUE ("person_id"), CONSTRAINT "PK_54115ee388cdb6d86bb4bf5b2ea" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "young_person" ("id" uuid NOT NULL, "date_of_birth" date NOT NULL, CONSTRAINT "PK_b832e030351a2083678c62461ba" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "review" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "young_person_id" uuid NOT NULL, "scheduled_for" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2e4299a343a81574217255c00ca" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "review_young_person_scheduled_idx" ON "review"  ("young_person_id", "scheduled_for") `);
    await queryRunner.query(`CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "account_id" uuid NOT NULL, "token_hash" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_a83507eb0338ac037780e02f2b9" UNIQUE ("token_hash"), CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "session_account_idx" ON "session"  ("account_id") `);
    await queryRunner.query(`ALTER TABLE "account" ADD CONSTRAINT "account_person_fk" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "young_person" ADD CONSTRAINT "young_person_person_fk" FOREIGN KEY ("id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "review" ADD CONSTRAINT "review_young_person_fk" FOREIGN KEY ("young_person_id") REFERENCES "young_person"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "session" ADD CONSTRAINT "session_account_fk" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "session" DROP CONSTRAINT "session_account_fk"`);
    await queryRunner.query(`ALTER TABLE "review" DROP CONSTRAINT "review_young_person_fk"`);
    await queryRunner.query(`ALTER TABLE "young_person" DROP CONSTRAINT "young_person_person_fk"`);
    await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "account_person_fk"`);
    await queryRunner.query(`DROP INDEX "public"."session_account_idx"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "public"."review_young_person_scheduled_idx"`);
    await queryRunner.query(`DROP TABLE "review"`);
    await queryRunner.query(`DROP TABLE "young_person"`);
    await queryRunner.query(`DROP TABLE "account"`);
    await queryRunner.query(`DROP TYPE "public"."account_role"`);
    await queryRunner.query(`DROP TABLE "person"`);
  }
}
