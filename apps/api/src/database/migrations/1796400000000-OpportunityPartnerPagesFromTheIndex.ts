import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Pages of one partner's open opportunities by close date come from an index alone: a sales
 * manager's team (owners) and the board's stages are checked in it, not in the rows.
 */
export class OpportunityPartnerPagesFromTheIndex1796400000000 implements MigrationInterface {
  name = "OpportunityPartnerPagesFromTheIndex1796400000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "opportunities_partner_open_close_date_idx" ON "opportunities" ("partner_id", "expected_close_date", "id", "owner_id", "stage") WHERE "stage" IN ('QUALIFICATION', 'DISCOVERY', 'PROPOSAL', 'NEGOTIATION')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."opportunities_partner_open_close_date_idx"`);
  }
}
