import {
  businessMillisBetween,
  DEAL_STATUSES,
  formatDealNumber,
  isOverSla,
  type DateRange,
  type DealStatus,
} from "@prm/domain";
import { isUUID } from "class-validator";
import { badInput } from "../../common/errors";
import { decodeCursor, toConnection, type Connection } from "../../common/pagination";
import type { Context, Viewer } from "../../context";
import type { DealsArgs } from "./deal.inputs";
import { visibleDealsSql } from "./deal.scope";
import type { DealOrder, DealStatusCount, DealType } from "./deal.types";

interface DealRow {
  id: string;
  number: number;
  status: DealStatus;
  customer_name: string;
  customer_domain: string;
  estimated_amount: string;
  expected_close_date: string;
  partner_id: string;
  owner_id: string;
  submitted_at: Date | null;
  created_at: Date;
}

/** Every query that returns deals selects these, from `deals d`. */
const DEAL_COLUMNS = `d.id, d.number, d.status, d.customer_name, d.customer_domain,
  d.estimated_amount::text AS estimated_amount,
  to_char(d.expected_close_date, 'YYYY-MM-DD') AS expected_close_date,
  d.partner_id, d.owner_id, d.submitted_at, d.created_at`;

/** The sort key of each order (a timestamptz expression); the id breaks ties. */
const ORDERS: Record<DealOrder, { key: string; direction: "ASC" | "DESC" }> = {
  NEWEST: { key: "d.created_at", direction: "DESC" },
  // Drafts have no submittedAt; 'infinity' puts them after every submitted deal.
  OLDEST_SUBMITTED: { key: "coalesce(d.submitted_at, 'infinity')", direction: "ASC" },
};

/**
 * A timestamptz as exact text for a cursor. PostgreSQL keeps microseconds and a JavaScript Date
 * only milliseconds: a cursor rounded to the millisecond would repeat or skip rows.
 */
const cursorTimestampSql = (expr: string) =>
  `CASE WHEN isfinite(${expr}) THEN to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') ELSE 'infinity' END`;
const CURSOR_TIMESTAMP = /^(?:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z|infinity)$/;

/** Positional parameters for one statement: `bind(value)` appends it and returns its "$n". */
class SqlParams {
  readonly values: unknown[] = [];

  bind(value: unknown): string {
    return `$${this.values.push(value)}`;
  }

  /** The viewer's deal scope over `deals d`, its parameters appended here. */
  visibleDeals(viewer: Viewer): string {
    const scope = visibleDealsSql(viewer, "d", this.values.length + 1);
    this.values.push(...scope.params);
    return scope.sql;
  }
}

export class DealService {
  constructor(private readonly ctx: Context) {}

  /** Deals in the viewer's scope, filtered, one keyset page at a time. */
  async deals(viewer: Viewer, args: DealsArgs): Promise<Connection<DealType>> {
    const params = new SqlParams();
    const where = [params.visibleDeals(viewer)];
    const { statuses, partnerId } = args.filter ?? {};
    if (statuses?.length) where.push(`d.status = ANY(${params.bind(statuses)}::varchar[])`);
    if (partnerId) where.push(`d.partner_id = ${params.bind(partnerId)}::uuid`);
    const filter = where.join(" AND ");
    const countParams = [...params.values];

    const { key, direction } = ORDERS[args.orderBy];
    const after = decodeCursor(args.after, 2);
    if (after) {
      const [afterKey, afterId] = after;
      if (!CURSOR_TIMESTAMP.test(String(afterKey)) || !isUUID(afterId)) {
        throw badInput("after", "The cursor is not valid; start again from the first page.");
      }
      const comparison = direction === "ASC" ? ">" : "<";
      where.push(
        `(${key}, d.id) ${comparison} (${params.bind(afterKey)}::timestamptz, ${params.bind(afterId)}::uuid)`,
      );
    }
    const limit = params.bind(args.first + 1);

    const [rows, counts] = await Promise.all([
      this.ctx.db.query(
        `SELECT ${DEAL_COLUMNS}, ${cursorTimestampSql(key)} AS sort_key FROM deals d
          WHERE ${where.join(" AND ")}
          ORDER BY ${key} ${direction}, d.id ${direction} LIMIT ${limit}`,
        params.values,
      ) as Promise<(DealRow & { sort_key: string })[]>,
      this.ctx.db.query(
        `SELECT count(*)::int AS n FROM deals d WHERE ${filter}`,
        countParams,
      ) as Promise<{ n: number }[]>,
    ]);
    const now = new Date();
    return toConnection(
      rows,
      args.first,
      counts[0]?.n ?? 0,
      (row) => this.toDeal(row, now),
      (row) => [row.sort_key, row.id],
    );
  }

  /**
   * How many deals the viewer can see are in each status, and their estimated amount, among
   * deals created in `period` (all time when null). Every status is listed, zeros included.
   */
  async statusCounts(viewer: Viewer, period: DateRange | null): Promise<DealStatusCount[]> {
    const params = new SqlParams();
    const statuses = params.bind(DEAL_STATUSES);
    const where = [params.visibleDeals(viewer)];
    if (period) {
      where.push(
        `d.created_at >= ${params.bind(period.from.toISOString())}::timestamptz`,
        `d.created_at < ${params.bind(period.to.toISOString())}::timestamptz`,
      );
    }
    return this.ctx.db.query(
      `WITH counted AS (
         SELECT d.status, count(*)::int AS count, sum(d.estimated_amount) AS amount
           FROM deals d WHERE ${where.join(" AND ")} GROUP BY d.status)
       SELECT s.status, coalesce(c.count, 0) AS count, round(coalesce(c.amount, 0), 2)::text AS amount
         FROM unnest(${statuses}::varchar[]) WITH ORDINALITY AS s(status, position)
         LEFT JOIN counted c ON c.status = s.status
        ORDER BY s.position`,
      params.values,
    );
  }

  private toDeal(row: DealRow, now: Date): DealType {
    const waitingSince = row.status === "SUBMITTED" ? row.submitted_at : null;
    return {
      id: row.id,
      number: formatDealNumber(row.number),
      status: row.status,
      customerName: row.customer_name,
      customerDomain: row.customer_domain,
      estimatedAmount: row.estimated_amount,
      expectedCloseDate: row.expected_close_date,
      submittedAt: row.submitted_at,
      createdAt: row.created_at,
      timeInQueueHours: waitingSince ? businessMillisBetween(waitingSince, now) / 3_600_000 : null,
      overSla: waitingSince
        ? isOverSla(waitingSince, now, this.ctx.config.approvalSlaBusinessDays)
        : false,
      partnerId: row.partner_id,
      ownerId: row.owner_id,
    };
  }
}
