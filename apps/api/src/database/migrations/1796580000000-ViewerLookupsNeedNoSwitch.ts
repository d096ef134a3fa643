import type { MigrationInterface, QueryRunner } from "typeorm";
import { CONNECTION_ROLE } from "../row-security";

const LOOKUPS = ["app_session_user(uuid)", "app_api_token_user(bpchar, integer)"];

/**
 * The app's connections may look a viewer up themselves (principal.ts, CONNECTED): switching to
 * the system first cost every request a statement and a role switch (30 µs of its first round
 * trip). The lookups need a credential's secret and answer only who it signs in; the connection
 * role may still read no table.
 */
export class ViewerLookupsNeedNoSwitch1796580000000 implements MigrationInterface {
  name = "ViewerLookupsNeedNoSwitch1796580000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO ${CONNECTION_ROLE}`);
    for (const lookup of LOOKUPS) {
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${lookup} TO ${CONNECTION_ROLE}`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const lookup of LOOKUPS) {
      await queryRunner.query(`REVOKE EXECUTE ON FUNCTION ${lookup} FROM ${CONNECTION_ROLE}`);
    }
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM ${CONNECTION_ROLE}`);
  }
}
