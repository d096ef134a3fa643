import type { MigrationInterface, QueryRunner } from "typeorm";
import {
  CONNECTION_ROLE,
  DATABASE_ROLES,
  applyRowSecurity,
  TABLE_RULES,
  TENANT_GROUP,
} from "../row-security";

/** Roles are the cluster's, shared by its databases: create what is missing, tolerate a race. */
function createRole(name: string, options: string): string {
  return `DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${name}') THEN
      CREATE ROLE ${name} ${options};
    END IF;
  EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
  END $$`;
}

function grantMembership(role: string, member: string): string {
  return `DO $$ BEGIN
    IF NOT pg_has_role('${member}', '${role}', 'MEMBER') THEN
      GRANT ${role} TO ${member};
    END IF;
  EXCEPTION WHEN OTHERS THEN
    -- Another database of the cluster granting it at the same moment ("tuple concurrently updated").
    IF NOT pg_has_role('${member}', '${role}', 'MEMBER') THEN RAISE; END IF;
  END $$`;
}

/**
 * Row-level security as the second wall between tenants (row-security.ts says what and why):
 * the database roles a request runs as, the table privileges they share, the viewer functions
 * the policies read, and the policies.
 */
export class RowLevelSecurity1796420000000 implements MigrationInterface {
  name = "RowLevelSecurity1796420000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(createRole(TENANT_GROUP, "NOLOGIN"));
    await queryRunner.query(createRole(CONNECTION_ROLE, "NOLOGIN NOINHERIT"));
    for (const role of DATABASE_ROLES) {
      await queryRunner.query(createRole(role, "NOLOGIN INHERIT NOBYPASSRLS"));
      await queryRunner.query(grantMembership(TENANT_GROUP, role));
      await queryRunner.query(grantMembership(role, CONNECTION_ROLE));
    }
    // An owner that is not a superuser switches to the roles as a member of the connection role.
    await queryRunner.query(`DO $$ BEGIN
      IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        GRANT ${CONNECTION_ROLE} TO current_user;
      END IF;
    END $$`);

    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO ${TENANT_GROUP}`);
    await queryRunner.query(
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${TENANT_GROUP}`,
    );
    await queryRunner.query(`REVOKE ALL ON "migrations" FROM ${TENANT_GROUP}`);
    await queryRunner.query(
      `GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${TENANT_GROUP}`,
    );
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${TENANT_GROUP}`,
    );
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO ${TENANT_GROUP}`,
    );

    // Who is asking, as the request's transaction set it (set_config(…, true)); NULL when unset.
    await queryRunner.query(`CREATE OR REPLACE FUNCTION app_user_id() RETURNS uuid
      LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION app_organization_id() RETURNS uuid
      LANGUAGE sql STABLE PARALLEL SAFE
      AS $$ SELECT nullif(current_setting('app.organization_id', true), '')::uuid $$`);

    await applyRowSecurity(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of Object.keys(TABLE_RULES)) {
      await queryRunner.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
      await queryRunner.query(`DO $$ DECLARE p record; BEGIN
        FOR p IN SELECT policyname FROM pg_policies WHERE tablename = '${table}' AND policyname LIKE 'prm\\_%'
        LOOP EXECUTE format('DROP POLICY %I ON %I', p.policyname, '${table}'); END LOOP;
      END $$`);
    }
    await queryRunner.query(`DROP FUNCTION IF EXISTS app_user_id()`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS app_organization_id()`);
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM ${TENANT_GROUP}`,
    );
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM ${TENANT_GROUP}`,
    );
    await queryRunner.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${TENANT_GROUP}`);
    await queryRunner.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${TENANT_GROUP}`);
    await queryRunner.query(`REVOKE ALL ON SCHEMA public FROM ${TENANT_GROUP}`);
  }
}
