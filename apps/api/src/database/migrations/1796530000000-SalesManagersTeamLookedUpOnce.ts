import type { MigrationInterface, QueryRunner } from "typeorm";
import { applyRowSecurity } from "../row-security";

/**
 * A sales manager's team is looked up once per transaction (app_team_ids keeps it in a
 * transaction-local setting), and their quotas' rule checks the team without offering the planner
 * an index condition: costed as ten searches, it made quotas prefer their exclusion index.
 */
export class SalesManagersTeamLookedUpOnce1796530000000 implements MigrationInterface {
  name = "SalesManagersTeamLookedUpOnce1796530000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await applyRowSecurity(queryRunner);
  }

  public async down(): Promise<void> {
    // The previous rules are no longer in row-security.ts; the current ones stay.
  }
}
