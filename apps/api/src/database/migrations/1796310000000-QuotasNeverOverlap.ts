import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Quotas become calendar months, quarters or years, and two quotas of the same target (a partner
 * organization, or one seller) may no longer overlap: exclusion constraints over their date
 * ranges, which need btree_gist for the "=" on the target's id.
 */
export class QuotasNeverOverlap1796310000000 implements MigrationInterface {
  name = "QuotasNeverOverlap1796310000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(
      `ALTER TABLE "quotas" ADD CONSTRAINT "quotas_calendar_period_check" CHECK (extract(day FROM "period_start") = 1 AND (
  "period_end" = ("period_start" + interval '1 month')::date
  OR ("period_end" = ("period_start" + interval '3 months')::date AND extract(month FROM "period_start") IN (1, 4, 7, 10))
  OR ("period_end" = ("period_start" + interval '1 year')::date AND extract(month FROM "period_start") = 1)))`,
    );
    await queryRunner.query(
      `ALTER TABLE "quotas" ADD CONSTRAINT "quotas_partner_overlap_excl" EXCLUDE USING gist ("organization_id" WITH =, daterange("period_start", "period_end") WITH &&) WHERE ("user_id" IS NULL)`,
    );
    await queryRunner.query(
      `ALTER TABLE "quotas" ADD CONSTRAINT "quotas_seller_overlap_excl" EXCLUDE USING gist ("user_id" WITH =, daterange("period_start", "period_end") WITH &&) WHERE ("user_id" IS NOT NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "quotas" DROP CONSTRAINT "quotas_seller_overlap_excl"`);
    await queryRunner.query(`ALTER TABLE "quotas" DROP CONSTRAINT "quotas_partner_overlap_excl"`);
    await queryRunner.query(`ALTER TABLE "quotas" DROP CONSTRAINT "quotas_calendar_period_check"`);
    await queryRunner.query(`DROP EXTENSION IF EXISTS btree_gist`);
  }
}
