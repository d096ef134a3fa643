import type { MigrationInterface, QueryRunner } from "typeorm";
import { applyRowSecurity } from "../row-security";

/**
 * The policies read the viewer's settings themselves instead of calling app_user_id() and
 * app_organization_id(): inlining those SQL functions parsed their bodies again for every table
 * a statement reads, on every statement.
 */
export class PoliciesReadTheViewerWithoutInlining1796560000000 implements MigrationInterface {
  name = "PoliciesReadTheViewerWithoutInlining1796560000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await applyRowSecurity(queryRunner);
  }

  public async down(): Promise<void> {
    // The previous rules are no longer in row-security.ts; the current ones stay.
  }
}
