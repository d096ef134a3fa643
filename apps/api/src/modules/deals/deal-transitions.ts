import {
  DEAL_ACTION_PAST,
  mayTakeDealAction,
  statusesAllowing,
  targetStatus,
  type DealAction,
  type DealStatus,
} from "@prm/domain";
import type { EntityManager } from "typeorm";
import { conflict, forbidden, notFound } from "../../common/errors";
import type { Viewer } from "../../auth/viewer";
import { isUuid } from "../../common/uuid";
import { DEAL_COLUMNS, findVisibleDeal, DealSqlParams, type DealRow } from "./deal.rows";

export interface ConditionalUpdate {
  /** The statuses the deal must be in. */
  allowed: readonly DealStatus[];
  /** The new status; absent keeps the current one (edits, extensions). */
  to?: DealStatus;
  /** Extra `column = expression` assignments over `deals d`, binding their values in `params`. */
  set?: (params: DealSqlParams) => string[];
  /** The CONFLICT message when the deal is visible but in another status. */
  wrongStatus: (status: DealStatus) => string;
}

/**
 * The one way a deal changes: a single conditional UPDATE — the deal in the viewer's scope, in an
 * allowed status — that bumps the version. Under concurrency exactly one caller's row matches;
 * the others get zero rows, and a scoped lookup tells NOT_FOUND (not visible) from CONFLICT.
 * `FOR UPDATE OF cur` returns the status the update started from, for the audit trail. (Wrapped
 * in a SELECT so TypeORM returns plain rows on every driver, not [rows, count] as for UPDATE.)
 */
export async function updateDealConditionally(
  tx: EntityManager,
  viewer: Viewer,
  id: string,
  spec: ConditionalUpdate,
): Promise<{ row: DealRow; fromStatus: DealStatus }> {
  if (!isUuid(id)) throw notFound("Deal");
  const params = new DealSqlParams();
  const idParam = params.bind(id);
  const allowed = params.bind(spec.allowed);
  const sets = [
    ...(spec.to ? [`status = ${params.bind(spec.to)}`] : []),
    "version = d.version + 1",
    "updated_at = now()",
    ...(spec.set?.(params) ?? []),
  ];
  const scope = params.visibleDeals(viewer, "cur");
  const rows: (DealRow & { from_status: DealStatus })[] = await tx.query(
    `WITH cur AS (
       SELECT cur.id, cur.status FROM deals cur WHERE cur.id = ${idParam}::uuid AND ${scope}
          FOR UPDATE OF cur),
     changed AS (
       UPDATE deals d SET ${sets.join(", ")}
         FROM cur WHERE d.id = cur.id AND d.status = ANY(${allowed}::varchar[])
       RETURNING ${DEAL_COLUMNS}, cur.status AS from_status)
     SELECT * FROM changed`,
    params.values,
  );
  const row = rows[0];
  if (row) return { row, fromStatus: row.from_status };
  const visible = await findVisibleDeal(tx, viewer, id);
  if (!visible) throw notFound("Deal");
  throw conflict(spec.wrongStatus(visible.status));
}

export function wrongStatusFor(action: DealAction) {
  return (status: DealStatus) =>
    `This deal is ${status}; it cannot be ${DEAL_ACTION_PAST[action]} now.`;
}

/** A state-machine transition: the role must be allowed to take the action (else FORBIDDEN). */
export function transitionDeal(
  tx: EntityManager,
  viewer: Viewer,
  id: string,
  action: DealAction,
  set?: ConditionalUpdate["set"],
): Promise<{ row: DealRow; fromStatus: DealStatus }> {
  if (!mayTakeDealAction(viewer.role, action)) throw forbidden();
  return updateDealConditionally(tx, viewer, id, {
    allowed: statusesAllowing(action),
    to: targetStatus(action),
    set,
    wrongStatus: wrongStatusFor(action),
  });
}
