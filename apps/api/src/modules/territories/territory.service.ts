import { overseesPartners } from "@prm/domain";
import DataLoader from "dataloader";
import type { Context } from "../../context";
import type { Viewer } from "../../auth/viewer";
import { perRequest, type RequestScope } from "../../common/per-request";
import { isUuid } from "../../common/uuid";
import type { EntityManager } from "typeorm";
import { SqlParams } from "../../common/sql-params";
import { visibleDealsSql } from "../deals/deal.scope";
import { OPEN_STAGE_CONDITION } from "../metrics/metrics.sql";
import { visibleOpportunitiesSql } from "../opportunities/opportunity.scope";
import { visiblePartnersSql } from "../organizations/organization.scope";
import { visibleTeamMembersSql } from "../users/user.scope";
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

export async function loadTerritoryDetails(
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

/** What a territory holds, as far as the viewer may see it (TerritoryResolver's fields). */
export interface TerritoryFigures {
  /** TERRITORY_PIPELINE_DEFINITION, over the opportunities the viewer sees. */
  openPipeline: string;
  openOpportunityCount: number;
  /** Deal registrations naming the territory itself, of those the viewer sees. */
  dealCount: number;
  /** The people assigned to it whom the viewer sees, by name. */
  userIds: string[];
}

/**
 * Territories' figures by id, per request: every territory a `territories` answer asks about
 * comes in one batch, so the whole tree costs one statement.
 */
export const territoryFiguresLoader = perRequest(
  ({ db, viewer }: RequestScope & { viewer: Viewer | null }) =>
    new DataLoader((ids: readonly string[]) => loadTerritoryFigures(db, viewer, ids)),
);

async function loadTerritoryFigures(
  db: EntityManager,
  viewer: Viewer | null,
  ids: readonly string[],
): Promise<TerritoryFigures[]> {
  const valid = [...new Set(ids.filter(isUuid))];
  const none: TerritoryFigures = {
    openPipeline: "0.00",
    openOpportunityCount: 0,
    dealCount: 0,
    userIds: [],
  };
  if (!viewer || valid.length === 0) return ids.map(() => none);
  const params = new SqlParams();
  const idsParam = params.bind(valid);
  const opportunities = params.scope((first) => visibleOpportunitiesSql(viewer, "op", first));
  const deals = params.scope((first) => visibleDealsSql(viewer, "d", first));
  const people = params.scope((first) => visibleTeamMembersSql(viewer, "u", first));
  // A territory's pipeline is its own deals' and those of every territory under it.
  const rows: {
    id: string;
    open_pipeline: string;
    open_count: number;
    deal_count: number;
    user_ids: string[];
  }[] = await db.query(
    `WITH RECURSIVE sub AS (
       SELECT t.id AS root_id, t.id FROM territories t WHERE t.id = ANY(${idsParam}::uuid[])
       UNION ALL
       SELECT sub.root_id, c.id FROM territories c JOIN sub ON c.parent_id = sub.id
     ),
     pipeline AS (
       SELECT sub.root_id, sum(op.amount) AS amount, count(*)::int AS count
         FROM sub
         JOIN deals pd ON pd.territory_id = sub.id
         JOIN opportunities op ON op.deal_id = pd.id
        WHERE ${OPEN_STAGE_CONDITION} AND ${opportunities}
        GROUP BY sub.root_id
     )
     SELECT r.id,
            round(coalesce(p.amount, 0), 2)::text AS open_pipeline,
            coalesce(p.count, 0) AS open_count,
            (SELECT count(*)::int FROM deals d WHERE d.territory_id = r.id AND ${deals}) AS deal_count,
            ARRAY(SELECT u.id::text FROM user_territories ut JOIN users u ON u.id = ut.user_id
                   WHERE ut.territory_id = r.id AND ${people}
                   ORDER BY u.name, u.id) AS user_ids
       FROM unnest(${idsParam}::uuid[]) AS r(id)
       LEFT JOIN pipeline p ON p.root_id = r.id`,
    params.values,
  );
  const byId = new Map(
    rows.map((row) => [
      row.id,
      {
        openPipeline: row.open_pipeline,
        openOpportunityCount: row.open_count,
        dealCount: row.deal_count,
        userIds: row.user_ids,
      },
    ]),
  );
  return ids.map((id) => byId.get(id) ?? none);
}
