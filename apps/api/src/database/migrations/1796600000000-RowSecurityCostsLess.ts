import type { MigrationInterface, QueryRunner } from "typeorm";
import { applyRowSecurity, BECOME_FUNCTIONS, becomeFunctionStatements } from "../row-security";
import { viewerLookupStatements } from "../viewer-lookups";

/**
 * What row-level security adds to a request, cut (row-security.ts): a transaction becomes its
 * viewer (or the system) with one function call (BECOME_FUNCTIONS), which keeps a sales manager's
 * team — found by the viewer lookups with the viewer (viewer-lookups.ts) — for the rules to read
 * from a setting; and the rules of the roles in RULES_AS_FILTERS reach the planner as filters.
 */
export class RowSecurityCostsLess1796600000000 implements MigrationInterface {
  name = "RowSecurityCostsLess1796600000000";

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
