import type { MigrationInterface, QueryRunner } from "typeorm";
import { applyRowSecurity } from "../row-security";

/**
 * Re-applies every policy from row-security.ts (idempotent), as each change to those rules does:
 * quotas are read as visibleQuotasSql reads them (a seller their own, a sales manager their own
 * and their reports'), and stage changes are reached through an EXISTS lookup of their
 * opportunity instead of `IN (SELECT …)`, which cost a sales operations' pipeline trend 440 ms
 * instead of 9; short lists of users are arrays.
 */
export class RowSecurityRulesRevised1796430000000 implements MigrationInterface {
  name = "RowSecurityRulesRevised1796430000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await applyRowSecurity(queryRunner);
  }

  public async down(): Promise<void> {
    // The previous rules are no longer in row-security.ts; the policies stay as they are.
  }
}
