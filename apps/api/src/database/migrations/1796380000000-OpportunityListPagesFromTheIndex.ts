import type { MigrationInterface, QueryRunner } from "typeorm";

/** The open opportunities' close-date index carries partner, owner and stage: pages of ids come from it alone. */
export class OpportunityListPagesFromTheIndex1796380000000 implements MigrationInterface {
  name = "OpportunityListPagesFromTheIndex1796380000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."opportunities_open_close_date_idx"`);
    await queryRunner.query(
      `CREATE INDEX "opportunities_open_close_date_idx" ON "opportunities" ("expected_close_date", "id", "partner_id", "owner_id", "stage") WHERE "stage" IN ('QUALIFICATION', 'DISCOVERY', 'PROPOSAL', 'NEGOTIATION')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."opportunities_open_close_date_idx"`);
    await queryRunner.query(
      `CREATE INDEX "opportunities_open_close_date_idx" ON "opportunities" ("expected_close_date", "id") WHERE "stage" IN ('QUALIFICATION', 'DISCOVERY', 'PROPOSAL', 'NEGOTIATION')`,
    );
  }
}
