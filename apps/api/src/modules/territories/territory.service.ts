import { overseesPartners } from "@prm/domain";
import DataLoader from "dataloader";
import type { Context } from "../../context";
import type { Viewer } from "../../auth/viewer";
import { perRequest, type RequestScope } from "../../common/per-request";
import { isUuid } from "../../common/uuid";
import type { EntityManager } from "typeorm";
import { visiblePartnersSql } from "../organizations/organization.scope";
import { TerritoryType } from "./territory.types";

interface TerritoryRow {
  id: string;
  name: string;
  parent_id: string | null;
  path: string;
  mine: boolean;
}

/** What separates the names in a territory's path, e.g. "EMEA › Germany". */
export const PATH_SEPARATOR = " › ";

const toTerritory = (r: TerritoryRow): TerritoryType =>
  Object.assign(new TerritoryType(), {
    id: r.id,
    name: r.name,
    parentId: r.parent_id,
    path: r.path,
    mine: r.mine,
  });

export class TerritoryService {
  constructor(private readonly ctx: Context) {}

  /**
   * The territories of one partner organization, as a tree (parent before child, siblings by
   * name): a partner user's own organization (`organizationId` absent or equal to it), or for
   * the vendor side the given partner if the viewer sees it. Anything else: none.
   */
  async list(viewer: Viewer, organizationId?: string | null): Promise<TerritoryType[]> {
    const orgId = organizationId ?? (overseesPartners(viewer.role) ? null : viewer.organizationId);
    if (!orgId || !isUuid(orgId)) return [];
    const scope = visiblePartnersSql(viewer, "o", 3);
    const rows: TerritoryRow[] = await this.ctx.db.query(
      `WITH RECURSIVE tree AS (
         SELECT t.id, t.name, t.parent_id, t.name::text AS path, ARRAY[t.name::text] AS sort_key
           FROM territories t
          WHERE t.parent_id IS NULL
            AND t.organization_id IN (SELECT o.id FROM organizations o WHERE o.id = $1 AND ${scope.sql})
         UNION ALL
         SELECT c.id, c.name, c.parent_id, tree.path || '${PATH_SEPARATOR}' || c.name, tree.sort_key || c.name::text
           FROM territories c JOIN tree ON c.parent_id = tree.id
       )
       SELECT tree.id, tree.name, tree.parent_id, tree.path,
              EXISTS (SELECT 1 FROM user_territories ut
                       WHERE ut.territory_id = tree.id AND ut.user_id = $2) AS mine
         FROM tree ORDER BY tree.sort_key, tree.id`,
      [orgId, viewer.userId, ...scope.params],
    );
    return rows.map(toTerritory);
  }
}

/**
 * Territories by id with their path and whether the viewer is assigned to each, batched per
 * request (to follow a reference: not scoped).
 */
export const territoryDetailsLoader = perRequest(
  ({ db, viewer }: RequestScope & { viewer: Viewer | null }) =>
    new DataLoader((ids: readonly string[]) => loadTerritoryDetails(db, viewer, ids)),
);

async function loadTerritoryDetails(
  db: EntityManager,
  viewer: Viewer | null,
  ids: readonly string[],
): Promise<(TerritoryType | null)[]> {
  const valid = [...new Set(ids.filter(isUuid))];
  if (valid.length === 0) return ids.map(() => null);
  const placeholders = valid.map((_, i) => `$${i + 2}::uuid`).join(", ");
  const rows: TerritoryRow[] = await db.query(
    `WITH RECURSIVE up AS (
         SELECT t.id AS start_id, t.id, t.parent_id, t.name::text AS path, 0 AS depth
           FROM territories t WHERE t.id IN (${placeholders})
         UNION ALL
         SELECT up.start_id, p.id, p.parent_id, p.name || '${PATH_SEPARATOR}' || up.path, up.depth + 1
           FROM territories p JOIN up ON p.id = up.parent_id
       )
       SELECT t.id, t.name, t.parent_id, up.path,
              EXISTS (SELECT 1 FROM user_territories ut
                       WHERE ut.territory_id = t.id AND ut.user_id = $1) AS mine
         FROM up JOIN territories t ON t.id = up.start_id
        WHERE up.parent_id IS NULL`,
    [viewer?.userId ?? null, ...valid],
  );
  const byKey = new Map(rows.map((r) => [r.id, toTerritory(r)]));
  return ids.map((id) => byKey.get(id) ?? null);
}
