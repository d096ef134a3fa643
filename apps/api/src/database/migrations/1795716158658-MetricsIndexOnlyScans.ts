import type { MigrationInterface, QueryRunner } from "typeorm";

export class MetricsIndexOnlyScans1795716158658 implements MigrationInterface {
  name = "MetricsIndexOnlyScans1795716158658";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."opportunities_owner_stage_closed_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_partner_stage_closed_idx"`);
    await queryRunner.query(
      `CREATE INDEX "opportunities_owner_open_expected_idx" ON "opportunities"  ("owner_id", "expected_close_date", "stage", "amount", "probability") WHERE "stage" IN ('QUALIFICATION', 'DISCOVERY', 'PROPOSAL', 'NEGOTIATION')`,
    );
    await queryRunner.query(
      `CREATE INDEX "opportunities_partner_open_expected_idx" ON "opportunities"  ("partner_id", "expected_close_date", "stage", "amount", "probability") WHERE "stage" IN ('QUALIFICATION', 'DISCOVERY', 'PROPOSAL', 'NEGOTIATION')`,
    );
    await queryRunner.query(
      `CREATE INDEX "opportunities_owner_stage_closed_idx" ON "opportunities"  ("owner_id", "stage", "closed_at", "amount") `,
    );
    await queryRunner.query(
      `CREATE INDEX "opportunities_partner_stage_closed_idx" ON "opportunities"  ("partner_id", "stage", "closed_at", "amount") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."opportunities_partner_stage_closed_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_owner_stage_closed_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_partner_open_expected_idx"`);
    await queryRunner.query(`DROP INDEX "public"."opportunities_owner_open_expected_idx"`);
    await queryRunner.query(
      `CREATE INDEX "opportunities_partner_stage_closed_idx" ON "opportunities" ("partner_id", "stage", "closed_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "opportunities_owner_stage_closed_idx" ON "opportunities" ("owner_id", "stage", "closed_at") `,
    );
  }
}
