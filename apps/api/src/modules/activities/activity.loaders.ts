import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { requireViewer, type Viewer } from "../../auth/viewer";
import { perRequest, type RequestScope } from "../../common/per-request";
import { SqlParams } from "../../common/sql-params";
import { groupBy } from "../accounts/account.rows";
import {
  OPPORTUNITY_COLUMNS,
  toOpportunityType,
  type OpportunityRow,
} from "../opportunities/opportunity.rows";
import { visibleOpportunitiesSql } from "../opportunities/opportunity.scope";
import type { OpportunityType } from "../opportunities/opportunity.types";
import { ACTIVITY_COLUMNS, toActivityNode, type ActivityRow } from "./activity.rows";
import { visibleActivitiesSql } from "./activity.scope";
import type { ActivityNode } from "./activity.types";

type Scope = RequestScope & { viewer: Viewer | null };
type Parent = "opportunity_id" | "account_id";

/** Per-request batch loaders of activities and what they refer to, in the viewer's scope. */
export const activityLoaders = perRequest(({ db, viewer }: Scope) => {
  const scoped = () => requireViewer({ viewer });
  const lists = new Map<string, DataLoader<string, ActivityNode[]>>();
  const newestOf = (parent: Parent, first: number) => {
    const key = `${parent}:${first}`;
    let loader = lists.get(key);
    if (!loader) {
      loader = new DataLoader((ids: readonly string[]) =>
        loadNewestActivities(db, scoped(), parent, ids, first),
      );
      lists.set(key, loader);
    }
    return loader;
  };
  return {
    /** Each opportunity's newest `first` activities the viewer sees. */
    ofOpportunity: (first: number) => newestOf("opportunity_id", first),
    /** Each account's newest `first` activities the viewer sees (its opportunities' included). */
    ofAccount: (first: number) => newestOf("account_id", first),
    /**
     * The opportunity an activity is on, if the viewer still sees it (an author keeps seeing
     * their activity after its opportunity went to someone outside their scope).
     */
    visibleOpportunity: new DataLoader((ids: readonly string[]) =>
      loadVisibleOpportunities(db, scoped(), ids),
    ),
  };
});

async function loadNewestActivities(
  db: EntityManager,
  viewer: Viewer,
  parent: Parent,
  parentIds: readonly string[],
  first: number,
): Promise<ActivityNode[][]> {
  const params = new SqlParams();
  const rows: (ActivityRow & { parent_id: string })[] = await db.query(
    `SELECT r.* FROM (
       SELECT ${ACTIVITY_COLUMNS}, a.${parent} AS parent_id,
              row_number() OVER (PARTITION BY a.${parent} ORDER BY a.occurred_at DESC, a.id DESC) AS n
         FROM activities a
        WHERE a.${parent} = ANY(${params.bind(parentIds)}::uuid[])
          AND ${params.scope((f) => visibleActivitiesSql(viewer, "a", f))}) r
      WHERE r.n <= ${params.bind(first)}
      ORDER BY r.n`,
    params.values,
  );
  return groupBy(parentIds, rows, (row) => row.parent_id).map((group) => group.map(toActivityNode));
}

async function loadVisibleOpportunities(
  db: EntityManager,
  viewer: Viewer,
  ids: readonly string[],
): Promise<(OpportunityType | null)[]> {
  const params = new SqlParams();
  const rows: OpportunityRow[] = await db.query(
    `SELECT ${OPPORTUNITY_COLUMNS} FROM opportunities o
      WHERE o.id = ANY(${params.bind(ids)}::uuid[])
        AND ${params.scope((f) => visibleOpportunitiesSql(viewer, "o", f))}`,
    params.values,
  );
  const byId = new Map(rows.map((row) => [row.id, toOpportunityType(row)]));
  return ids.map((id) => byId.get(id) ?? null);
}
