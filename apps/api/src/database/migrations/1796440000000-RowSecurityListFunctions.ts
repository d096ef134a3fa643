import type { MigrationInterface, QueryRunner } from "typeorm";
import { applyRowSecurity } from "../row-security";

/**
 * Re-applies every policy from row-security.ts: the lists a policy needs whole (a channel
 * manager's partners, a sales manager's reports, the vendor) now come from owner-run functions
 * instead of subqueries that carried their own tables' policies into every plan.
 */
export class RowSecurityListFunctions1796440000000 implements MigrationInterface {
  name = "RowSecurityListFunctions1796440000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await applyRowSecurity(queryRunner);
  }

  public async down(): Promise<void> {
    // The previous rules are no longer in row-security.ts; the policies stay as they are.
  }
}
