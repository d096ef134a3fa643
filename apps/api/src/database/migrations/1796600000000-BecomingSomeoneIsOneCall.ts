import type { MigrationInterface, QueryRunner } from "typeorm";
import { applyRowSecurity, BECOME_FUNCTIONS, becomeFunctionStatements } from "../row-security";
import { viewerLookupStatements } from "../viewer-lookups";

/**
 * A transaction becomes its viewer (or the system) with one function call, which also keeps a
 * sales manager's team for the policies to read from a setting; the viewer lookups find the team
 * with the viewer (row-security.ts, BECOME_FUNCTIONS; viewer-lookups.ts).
 */
export class BecomingSomeoneIsOneCall1796600000000 implements MigrationInterface {
  name = "BecomingSomeoneIsOneCall1796600000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await applyRowSecurity(queryRunner);
    for (const statement of [...becomeFunctionStatements(), ...viewerLookupStatements()]) {
      await queryRunner.query(statement);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // The previous rules and lookups are no longer in the code; the current ones stay.
    for (const name of Object.keys(BECOME_FUNCTIONS)) {
      await queryRunner.query(`DROP FUNCTION ${name}`);
    }
  }
}
