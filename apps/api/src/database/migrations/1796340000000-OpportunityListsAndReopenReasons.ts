import type { MigrationInterface, QueryRunner } from "typeorm";

export class OpportunityListsAndReopenReasons1796340000000 implements MigrationInterface {
  name = "OpportunityListsAndReopenReasons1796340000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "opportunity_stage_changes" ADD "reason" character varying(2000)`,
    );
    await queryRunner.query(
      `CREATE INDEX "opportunities_open_close_date_idx" ON "opportunities" ("expected_close_date", "id") WHERE "stage" IN ('QUALIFICATION', 'DISCOVERY', 'PROPOSAL', 'NEGOTIATION')`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."opportunities_open_close_date_idx"`);
    await queryRunner.query(`ALTER TABLE "opportunity_stage_changes" DROP COLUMN "reason"`);
  }
}
