import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Accounts lists come by name (the vendor admin's first page walks this index instead of sorting
 * every account), and a channel manager's or sales ops' accounts are found from their partners'
 * opportunities without visiting the opportunities themselves.
 */
export class AccountsByName1796390000000 implements MigrationInterface {
  name = "AccountsByName1796390000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "accounts_name_idx" ON "accounts" ("name", "id") `);
    await queryRunner.query(
      `CREATE INDEX "opportunities_partner_account_idx" ON "opportunities" ("partner_id", "account_id") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."opportunities_partner_account_idx"`);
    await queryRunner.query(`DROP INDEX "public"."accounts_name_idx"`);
  }
}
