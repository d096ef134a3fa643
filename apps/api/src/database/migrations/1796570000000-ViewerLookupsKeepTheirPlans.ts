import type { MigrationInterface, QueryRunner } from "typeorm";

/** A deactivated partner's users are signed out: checked with every session and token. */
const ORGANIZATION_ACTIVE = `EXISTS (SELECT 1 FROM organizations o WHERE o.id = u.organization_id AND o.active)`;

/**
 * Who a session or an API token signs in, looked up by every request (context.ts). As a statement
 * of its own the lookup — three tables, with their policies — was planned afresh each time, 0.15 ms
 * of each request; PL/pgSQL keeps its statements' plans for the connection. Run as the tables'
 * owner (SECURITY DEFINER) so that the kept plan is the same whoever calls, and callable only by
 * `prm_system`, which the request's transaction runs as until the lookup has found its viewer
 * (the owner may call them too: the isolation suite's run without row-level security).
 */
const FUNCTIONS = [
  `CREATE FUNCTION app_session_user(session_id uuid)
     RETURNS TABLE (user_id uuid, organization_id uuid, role varchar, email varchar, name varchar,
                    manager_id uuid, active boolean, last_login_at timestamptz,
                    created_at timestamptz, updated_at timestamptz, session_expires_at timestamptz)
     LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
     BEGIN
       RETURN QUERY
         SELECT u.id, u.organization_id, u.role, u.email, u.name, u.manager_id, u.active,
                u.last_login_at, u.created_at, u.updated_at, s.expires_at
           FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.id = session_id AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active
            AND ${ORGANIZATION_ACTIVE};
     END $$`,
  // last_used_at is written at most once per `record_use_every` seconds: a busy integration would
  // otherwise rewrite its token's row on every request.
  `CREATE FUNCTION app_api_token_user(hashed_token bpchar, record_use_every integer)
     RETURNS TABLE (user_id uuid, organization_id uuid, role varchar)
     LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path FROM CURRENT AS $$
     BEGIN
       RETURN QUERY
         WITH token AS (
           SELECT t.id, t.user_id FROM api_tokens t
            WHERE t.token_hash = hashed_token AND t.revoked_at IS NULL AND t.expires_at > now()),
         used AS (
           UPDATE api_tokens a SET last_used_at = now() FROM token
            WHERE a.id = token.id
              AND (a.last_used_at IS NULL OR a.last_used_at <= now() - make_interval(secs => record_use_every)))
         SELECT u.id, u.organization_id, u.role FROM token JOIN users u ON u.id = token.user_id
          WHERE u.active AND ${ORGANIZATION_ACTIVE};
     END $$`,
];

const SIGNATURES = ["app_session_user(uuid)", "app_api_token_user(bpchar, integer)"];

export class ViewerLookupsKeepTheirPlans1796570000000 implements MigrationInterface {
  name = "ViewerLookupsKeepTheirPlans1796570000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const definition of FUNCTIONS) await queryRunner.query(definition);
    for (const signature of SIGNATURES) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${signature} TO prm_system`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const signature of SIGNATURES) await queryRunner.query(`DROP FUNCTION ${signature}`);
  }
}
