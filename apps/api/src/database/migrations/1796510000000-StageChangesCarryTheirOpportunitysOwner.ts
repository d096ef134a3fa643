import type { MigrationInterface, QueryRunner } from "typeorm";
import { applyRowSecurity } from "../row-security";

/**
 * A stage change carries its opportunity's partner and owner, kept equal to them by a foreign key
 * that cascades a reassignment. Row-level security then checks a stage change as it checks an
 * opportunity (owner for a seller and a sales manager, partner for sales operations and a
 * channel manager); it looked the opportunity up for every change, most of what a pipeline
 * trend cost under it.
 */
export class StageChangesCarryTheirOpportunitysOwner1796510000000 implements MigrationInterface {
  name = "StageChangesCarryTheirOpportunitysOwner1796510000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "opportunity_stage_changes" ADD "partner_id" uuid, ADD "owner_id" uuid`,
    );
    await queryRunner.query(
      `UPDATE "opportunity_stage_changes" h SET "partner_id" = o.partner_id, "owner_id" = o.owner_id
         FROM "opportunities" o WHERE o.id = h.opportunity_id`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity_stage_changes" ALTER "partner_id" SET NOT NULL, ALTER "owner_id" SET NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_id_partner_owner_key" UNIQUE ("id", "partner_id", "owner_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity_stage_changes" ADD CONSTRAINT "opportunity_stage_changes_of_opportunity_fkey"
         FOREIGN KEY ("opportunity_id", "partner_id", "owner_id") REFERENCES "opportunities"("id", "partner_id", "owner_id")
         ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    // The opportunity_id foreign key alone says no more than the one above.
    await queryRunner.query(
      `ALTER TABLE "opportunity_stage_changes" DROP CONSTRAINT "FK_f6ffcd65804b40e710e73c683fe"`,
    );
    await applyRowSecurity(queryRunner);
  }

  // The policies stay as row-security.ts has them: reverting this needs a later rule to match.
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "opportunity_stage_changes" ADD CONSTRAINT "FK_f6ffcd65804b40e710e73c683fe" FOREIGN KEY ("opportunity_id") REFERENCES "opportunities"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity_stage_changes" DROP CONSTRAINT "opportunity_stage_changes_of_opportunity_fkey"`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunities" DROP CONSTRAINT "opportunities_id_partner_owner_key"`,
    );
    await queryRunner.query(
      `ALTER TABLE "opportunity_stage_changes" DROP COLUMN "partner_id", DROP COLUMN "owner_id"`,
    );
  }
}
