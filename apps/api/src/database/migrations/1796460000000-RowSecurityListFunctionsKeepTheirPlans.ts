import type { MigrationInterface, QueryRunner } from "typeorm";
import { applyRowSecurity } from "../row-security";

/**
 * The policies' list functions (a channel manager's partners, a sales manager's reports, the
 * vendor) in PL/pgSQL, whose plans the connection keeps, instead of SQL planned on every call.
 */
export class RowSecurityListFunctionsKeepTheirPlans1796460000000 implements MigrationInterface {
  name = "RowSecurityListFunctionsKeepTheirPlans1796460000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await applyRowSecurity(queryRunner);
  }

  public async down(): Promise<void> {
    // The previous functions are no longer in row-security.ts; the current ones stay.
  }
}
