import type { MigrationInterface, QueryRunner } from "typeorm";

export class OpportunityWorkingFields1796280000000 implements MigrationInterface {
  name = "OpportunityWorkingFields1796280000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "opportunities" ADD "loss_note" character varying(2000), ADD "next_step" character varying(500), ADD "last_activity_at" TIMESTAMP WITH TIME ZONE`,
    );
    // Loss reasons were free text; they become a code from the fixed list, and the seller's
    // words are kept as the note.
    await queryRunner.query(
      `UPDATE "opportunities" SET "loss_note" = left("loss_reason", 2000), "loss_reason" = CASE
         WHEN "loss_reason" ILIKE '%price%' THEN 'PRICE'
         WHEN "loss_reason" ILIKE '%competitor%' OR "loss_reason" ILIKE '%incumbent%' THEN 'COMPETITOR'
         WHEN "loss_reason" ILIKE '%budget%' THEN 'NO_BUDGET'
         WHEN "loss_reason" ILIKE '%decision%' THEN 'NO_DECISION'
         WHEN "loss_reason" ILIKE '%timing%' OR "loss_reason" ILIKE '%next year%' THEN 'TIMING'
         ELSE 'OTHER' END
       WHERE "loss_reason" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunities" ALTER COLUMN "loss_reason" TYPE character varying(16)`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_loss_reason_value_check" CHECK ("loss_reason" IN ('PRICE', 'COMPETITOR', 'NO_BUDGET', 'NO_DECISION', 'TIMING', 'OTHER'))`,
    );
    await queryRunner.query(
      `UPDATE "opportunities" o SET "last_activity_at" = a."latest"
       FROM (SELECT "opportunity_id", max("occurred_at") AS "latest" FROM "activities"
             WHERE "opportunity_id" IS NOT NULL GROUP BY "opportunity_id") a
       WHERE o."id" = a."opportunity_id"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "opportunities" DROP CONSTRAINT "opportunities_loss_reason_value_check"`,
    );
    await queryRunner.query(`ALTER TABLE "opportunities" ALTER COLUMN "loss_reason" TYPE text`);
    await queryRunner.query(
      `UPDATE "opportunities" SET "loss_reason" = coalesce("loss_note", "loss_reason") WHERE "loss_reason" IS NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunities" DROP COLUMN "last_activity_at", DROP COLUMN "next_step", DROP COLUMN "loss_note"`,
    );
  }
}
