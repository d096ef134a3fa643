import type { MigrationInterface, QueryRunner } from "typeorm";
import { applyRowSecurity } from "../row-security";

/**
 * Sales operations' rule on their people's credentials (sessions, API tokens, one-time links)
 * names those people through app_organization_user_ids(), run as the tables' owner: as an EXISTS
 * over users it planned that table's policies into every statement on credentials.
 */
export class CredentialsRuleReadsNoPolicies1796520000000 implements MigrationInterface {
  name = "CredentialsRuleReadsNoPolicies1796520000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await applyRowSecurity(queryRunner);
  }

  public async down(): Promise<void> {
    // The previous rule is no longer in row-security.ts; the current one stays.
  }
}
