import type { MigrationInterface, QueryRunner } from "typeorm";
import { applyRowSecurity } from "../row-security";

/**
 * A sales manager's records are those owned by their team (themself and their direct reports of
 * their organization, `app_team_ids()`): one condition on the owner instead of the partner and
 * two on the owner, which the planner multiplied with the app's own into estimates of one row.
 */
export class SalesManagerRuleIsTheirTeam1796490000000 implements MigrationInterface {
  name = "SalesManagerRuleIsTheirTeam1796490000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS app_report_ids() CASCADE`);
    await applyRowSecurity(queryRunner);
  }

  public async down(): Promise<void> {
    // The previous rule is no longer in row-security.ts; the current one stays.
  }
}
