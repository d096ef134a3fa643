import type { EntityManager } from "typeorm";
import type { SessionCache } from "./session-cache";

/** Whose credentials: some users, or everyone of an organization. */
export type Holders = { userIds: readonly string[] } | { organizationId: string };

/** `Holders` as a condition on a table's `user_id`, with its one parameter ($1). */
export function holdersSql(holders: Holders): [condition: string, param: unknown] {
  return "userIds" in holders
    ? ["user_id = ANY($1::uuid[])", [...holders.userIds]]
    : ["user_id IN (SELECT id FROM users WHERE organization_id = $1)", holders.organizationId];
}

/**
 * Revokes, through `tx`, every live session and API token of `holders` (deactivation, a password
 * reset). Returns the revoked sessions: hand them to `forgetSessions` once `tx` has committed.
 * Other replicas need no message: every request checks its session or token in the database
 * (context.ts), cached or not.
 */
export async function revokeCredentials(
  tx: EntityManager,
  holders: Holders,
  options: { sessions: boolean; apiTokens: boolean } = { sessions: true, apiTokens: true },
): Promise<string[]> {
  const [condition, param] = holdersSql(holders);
  if (options.apiTokens) {
    await tx.query(
      `UPDATE api_tokens SET revoked_at = now() WHERE ${condition} AND revoked_at IS NULL`,
      [param],
    );
  }
  if (!options.sessions) return [];
  const [rows]: [{ id: string }[], number] = await tx.query(
    `UPDATE sessions SET revoked_at = now() WHERE ${condition} AND revoked_at IS NULL RETURNING id`,
    [param],
  );
  return rows.map((row) => row.id);
}

/** This process's cache forgets revoked sessions; call it after the revocation committed. */
export function forgetSessions(sessions: SessionCache, sessionIds: readonly string[]): void {
  for (const id of sessionIds) sessions.forget(id);
}
