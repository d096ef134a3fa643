import type { MigrationInterface, QueryRunner } from "typeorm";
import { accountBusinessStatements, withoutAccountBusinessStatements } from "../account-business";

/** Each account counts its deals and opportunities, kept by triggers (account-business.ts). */
export class AccountsCountTheirBusiness1796590000000 implements MigrationInterface {
  name = "AccountsCountTheirBusiness1796590000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of accountBusinessStatements()) await queryRunner.query(statement);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const statement of withoutAccountBusinessStatements()) await queryRunner.query(statement);
  }
}
