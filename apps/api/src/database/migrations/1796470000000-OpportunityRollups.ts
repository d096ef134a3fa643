import type { MigrationInterface, QueryRunner } from "typeorm";
import { ROLLUP_TABLE, ROLLUP_TRIGGER, rollupStatements } from "../opportunity-rollups";
import { applyRowSecurity } from "../row-security";

/** Per-partner, per-month rollups of opportunities, kept by a trigger (opportunity-rollups.ts). */
export class OpportunityRollups1796470000000 implements MigrationInterface {
  name = "OpportunityRollups1796470000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of rollupStatements()) await queryRunner.query(statement);
    await applyRowSecurity(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE ${ROLLUP_TABLE}`);
    await queryRunner.query(`DROP FUNCTION ${ROLLUP_TRIGGER}() CASCADE`);
    await queryRunner.query(`DROP FUNCTION opportunity_rollup_month(varchar, timestamptz, date)`);
  }
}
