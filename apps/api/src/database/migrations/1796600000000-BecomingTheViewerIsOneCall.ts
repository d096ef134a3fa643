import type { MigrationInterface, QueryRunner } from "typeorm";
import { BECOME_VIEWER_FUNCTION, becomeViewerFunctionStatements } from "../row-security";

/** A viewer lookup's statement becomes who it found with one function call (row-security.ts). */
export class BecomingTheViewerIsOneCall1796600000000 implements MigrationInterface {
  name = "BecomingTheViewerIsOneCall1796600000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const statement of becomeViewerFunctionStatements()) await queryRunner.query(statement);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION ${BECOME_VIEWER_FUNCTION}(varchar, uuid, uuid)`);
  }
}
