import { dueWindowRange, isTimeZone } from "@prm/domain";
import type { Viewer } from "../../auth/viewer";
import { badInput } from "../../common/errors";
import { decodeCursor, toConnection, type Connection } from "../../common/pagination";
import { SqlParams } from "../../common/sql-params";
import { isUuid } from "../../common/uuid";
import type { Context } from "../../context";
import type { ActivitiesArgs, ActivityFilter } from "./activity.inputs";
import { ACTIVITY_COLUMNS, toActivityNode, type ActivityRow } from "./activity.rows";
import { visibleActivitiesSql } from "./activity.scope";
import type { ActivityNode, ActivityOrder } from "./activity.types";

/**
 * A timestamptz as exact text for a cursor: PostgreSQL keeps microseconds, a JavaScript Date
 * only milliseconds, and a cursor rounded to the millisecond would repeat or skip rows.
 */
const exactTime = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const EXACT_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
/** A cursor's time as exactTime prints it, and a real one ("2026-02-30…" would fail in SQL). */
const isExactTime = (key: string) => {
  if (!EXACT_TIME.test(key)) return false;
  const time = new Date(`${key.slice(0, 23)}Z`);
  return !Number.isNaN(time.getTime()) && time.toISOString().slice(0, 19) === key.slice(0, 19);
};

const ORDERS: Record<ActivityOrder, { key: string; direction: "ASC" | "DESC" }> = {
  NEWEST: { key: "a.occurred_at", direction: "DESC" },
  DUE: { key: "a.due_at", direction: "ASC" },
};

/** Reading activities: the filtered list, in the viewer's scope. */
export class ActivityReadService {
  constructor(private readonly ctx: Context) {}

  async activities(viewer: Viewer, args: ActivitiesArgs): Promise<Connection<ActivityNode>> {
    const f = args.filter ?? {};
    const orderBy: ActivityOrder = args.orderBy ?? (f.due || f.status ? "DUE" : "NEWEST");
    const params = new SqlParams();
    const where = [
      params.scope((first) => visibleActivitiesSql(viewer, "a", first)),
      ...this.filterSql(f, orderBy, params),
    ];
    const filter = where.join(" AND ");
    const countParams = [...params.values];

    const order = ORDERS[orderBy];
    const after = decodeCursor(args.after, [isExactTime, isUuid]);
    if (after) {
      const [afterKey, afterId] = after;
      const comparison = order.direction === "ASC" ? ">" : "<";
      where.push(
        `(${order.key}, a.id) ${comparison} (${params.bind(afterKey)}::timestamptz, ${params.bind(afterId)}::uuid)`,
      );
    }
    const limit = params.bind(args.first + 1);
    const [rows, counts] = await Promise.all([
      this.ctx.db.query(
        `SELECT ${ACTIVITY_COLUMNS}, ${exactTime(order.key)} AS sort_key FROM activities a
          WHERE ${where.join(" AND ")}
          ORDER BY ${order.key} ${order.direction}, a.id ${order.direction} LIMIT ${limit}`,
        params.values,
      ) as Promise<(ActivityRow & { sort_key: string })[]>,
      this.ctx.db.query(
        `SELECT count(*)::int AS n FROM activities a WHERE ${filter}`,
        countParams,
      ) as Promise<{ n: number }[]>,
    ]);
    return toConnection(rows, args.first, counts[0]?.n ?? 0, toActivityNode, (row) => [
      row.sort_key,
      row.id,
    ]);
  }

  /**
   * The filter's conditions. Asking by due window or status, or ordering by due time, means
   * tasks; "overdue" means open ones. The conditions on completed_at and due_at are written so
   * that activities_owner_partner_due_idx (owner, partner, due time; open tasks) serves a
   * seller's open tasks.
   */
  private filterSql(f: ActivityFilter, orderBy: ActivityOrder, params: SqlParams): string[] {
    const where: string[] = [];
    if (f.opportunityId) where.push(`a.opportunity_id = ${params.bind(f.opportunityId)}::uuid`);
    if (f.accountId) where.push(`a.account_id = ${params.bind(f.accountId)}::uuid`);
    if (f.ownerId) where.push(`a.owner_id = ${params.bind(f.ownerId)}::uuid`);
    if (f.types?.length) where.push(`a.type = ANY(${params.bind(f.types)}::varchar[])`);
    if (f.due || f.status || orderBy === "DUE") where.push(`a.type = 'TASK'`);
    if (f.status === "OPEN" || f.due === "OVERDUE") where.push(`a.completed_at IS NULL`);
    if (f.status === "DONE") where.push(`a.completed_at IS NOT NULL`);
    const timeZone = f.timeZone ?? "UTC";
    if (!isTimeZone(timeZone)) {
      throw badInput(
        "filter.timeZone",
        'Name a time zone as the IANA database does, e.g. "Europe/Berlin" or "UTC".',
      );
    }
    if (f.due) {
      const { from, to } = dueWindowRange(f.due, new Date(), timeZone);
      if (from) where.push(`a.due_at >= ${params.bind(from.toISOString())}::timestamptz`);
      where.push(`a.due_at < ${params.bind(to.toISOString())}::timestamptz`);
    }
    return where;
  }
}
