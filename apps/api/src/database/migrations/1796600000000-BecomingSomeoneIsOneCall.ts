import type { MigrationInterface, QueryRunner } from "typeorm";
import { applyRowSecurity, BECOME_FUNCTIONS, becomeFunctionStatements } from "../row-security";

/**
 * A transaction becomes its viewer (or the system) with one function call, which also looks a
 * sales manager's team up for the policies to read from a setting (row-security.ts,
 * BECOME_FUNCTIONS).
 */
export class BecomingSomeoneIsOneCall1796600000000 implements MigrationInterface {
  name = "BecomingSomeoneIsOneCall1796600000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await applyRowSecurity(queryRunner);
    for (const statement of becomeFunctionStatements()) await queryRunner.query(statement);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The previous rules are no longer in row-security.ts; the current ones stay.
    for (const name of Object.keys(BECOME_FUNCTIONS)) {
      await queryRunner.query(`DROP FUNCTION ${name}(varchar, uuid, uuid)`);
    }
  }
}
