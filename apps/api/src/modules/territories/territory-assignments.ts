import type { EntityManager } from "typeorm";
import { badInput } from "../../common/errors";
import { recordAudit } from "../audit/audit-log";

/**
 * Takes the organization's territory lock until the transaction ends. Every change to an
 * organization's territories (create, rename, move, delete, who covers them) takes it first, so
 * the checks each one makes (no cycle, no duplicate name, nothing left on a deleted territory)
 * still hold when it writes.
 */
export async function lockOrganizationTerritories(
  tx: EntityManager,
  organizationId: string,
): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('prm:territories:' || $1, 0))`, [
    organizationId,
  ]);
}

/**
 * Makes `territoryIds` exactly the territories `userId` covers, inside the caller's transaction
 * `tx` (e.g. updateUser's): every id must be a territory of `organizationId`, the user's own
 * organization, else BAD_USER_INPUT on `territoryIds` and nothing changes. The change is audited,
 * unless the caller records it in its own event (`audited: false`). Returns the territories added
 * and removed.
 */
export async function replaceUserTerritories(
  tx: EntityManager,
  change: {
    organizationId: string;
    actorId: string;
    userId: string;
    territoryIds: string[];
    audited?: boolean;
  },
): Promise<{ added: string[]; removed: string[] }> {
  const { organizationId, actorId, userId } = change;
  const territoryIds = [...new Set(change.territoryIds)];
  await lockOrganizationTerritories(tx, organizationId);
  const found: { id: string }[] = await tx.query(
    `SELECT id FROM territories WHERE id = ANY($1::uuid[]) AND organization_id = $2`,
    [territoryIds, organizationId],
  );
  if (found.length !== territoryIds.length) {
    throw badInput("territoryIds", "Choose territories of the person's own organization.");
  }
  const [removed]: [{ territory_id: string }[], number] = await tx.query(
    `DELETE FROM user_territories WHERE user_id = $1 AND NOT (territory_id = ANY($2::uuid[]))
     RETURNING territory_id`,
    [userId, territoryIds],
  );
  const added: { territory_id: string }[] = await tx.query(
    `INSERT INTO user_territories (territory_id, user_id)
     SELECT id, $1 FROM unnest($2::uuid[]) AS id
     ON CONFLICT DO NOTHING RETURNING territory_id`,
    [userId, territoryIds],
  );
  const result = {
    added: added.map((row) => row.territory_id),
    removed: removed.map((row) => row.territory_id),
  };
  if (change.audited !== false && result.added.length + result.removed.length > 0) {
    await recordAudit(tx, [
      {
        partnerId: organizationId,
        actorId,
        entityType: "user",
        entityId: userId,
        action: "SET_TERRITORIES",
        data: result,
      },
    ]);
  }
  return result;
}
