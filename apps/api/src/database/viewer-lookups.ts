import { CONNECTION_ROLE, teamOf } from "./row-security";

/** A deactivated partner's users are signed out: checked with every session and token. */
const ORGANIZATION_ACTIVE = `EXISTS (SELECT 1 FROM organizations o WHERE o.id = u.organization_id AND o.active)`;

/** A sales manager's team, found with them, for the statement to become them (BECOME_FUNCTIONS). */
const TEAM_IDS = `CASE WHEN u.role = 'PARTNER_SALES_MANAGER'
  THEN ARRAY(${teamOf("u.id", "u.organization_id")}) END`;

/**
 * Who a session or an API token signs in, looked up by every request (context.ts), with a sales
 * manager's team. PL/pgSQL, so that the lookup's plan is kept for the connection (as a statement
 * of its own it was planned afresh on every request); run as the tables' owner (SECURITY DEFINER)
 * so that the kept plan is the same whoever calls; callable only by `prm_system` and the app's
 * connection role (`CONNECTED` in principal.ts), which may read no table.
 */
const LOOKUPS = {
  "app_session_user(uuid)": `CREATE FUNCTION app_session_user(session_id uuid)
     RETURNS TABLE (user_id uuid, organization_id uuid, role varchar, email varchar, name varchar,
                    manager_id uuid, active boolean, last_login_at timestamptz,
                    created_at timestamptz, updated_at timestamptz, session_expires_at timestamptz,
                    team_ids uuid[])
     LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
     BEGIN
       RETURN QUERY
         SELECT u.id, u.organization_id, u.role, u.email, u.name, u.manager_id, u.active,
                u.last_login_at, u.created_at, u.updated_at, s.expires_at, ${TEAM_IDS}
           FROM sessions s JOIN users u ON u.id = s.user_id
          WHERE s.id = session_id AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active
            AND ${ORGANIZATION_ACTIVE};
     END $$`,
  // last_used_at is written at most once per `record_use_every` seconds: a busy integration would
  // otherwise rewrite its token's row on every request.
  "app_api_token_user(bpchar, integer)": `CREATE FUNCTION app_api_token_user(hashed_token bpchar, record_use_every integer)
     RETURNS TABLE (user_id uuid, organization_id uuid, role varchar, team_ids uuid[])
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
         SELECT u.id, u.organization_id, u.role, ${TEAM_IDS} FROM token JOIN users u ON u.id = token.user_id
          WHERE u.active AND ${ORGANIZATION_ACTIVE};
     END $$`,
};

/** (Re)creates the viewer lookups as LOOKUPS defines them, with their privileges. */
export function viewerLookupStatements(): string[] {
  return Object.entries(LOOKUPS).flatMap(([signature, definition]) => [
    `DROP FUNCTION IF EXISTS ${signature}`,
    definition,
    `REVOKE ALL ON FUNCTION ${signature} FROM PUBLIC`,
    `GRANT EXECUTE ON FUNCTION ${signature} TO prm_system, ${CONNECTION_ROLE}`,
  ]);
}
