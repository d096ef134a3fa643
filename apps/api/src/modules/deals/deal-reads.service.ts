import {
  can,
  DEAL_STATUSES,
  normalizeCompanyName,
  normalizeDomain,
  parseDealNumber,
  type DateRange,
} from "@prm/domain";
import type { Viewer } from "../../auth/viewer";
import { rateLimited } from "../../common/errors";
import { decodeCursor, toConnection, type Connection } from "../../common/pagination";
import { FixedWindowRateLimiter } from "../../common/rate-limiter";
import { isUuid } from "../../common/uuid";
import type { Config } from "../../config";
import type { Context } from "../../context";
import { claimSummary, findConflicts } from "./deal-conflicts";
import type { CheckDealConflictsInput, DealsArgs } from "./deal.inputs";
import {
  DEAL_COLUMNS,
  DealSqlParams,
  findVisibleDeal,
  toDealType,
  type DealRow,
} from "./deal.rows";
import type { DealConflictCheck, DealOrder, DealStatusCount, DealType } from "./deal.types";

/** Each order's sort key, how to print it exactly for a cursor, and how to read it back. */
const ORDERS: Record<
  DealOrder,
  { key: string; direction: "ASC" | "DESC"; cast: string; text: string; valid: RegExp }
> = {
  NEWEST: timestampOrder("d.created_at", "DESC"),
  // Drafts have no submittedAt; 'infinity' puts them after every submitted deal.
  OLDEST_SUBMITTED: timestampOrder("coalesce(d.submitted_at, 'infinity')", "ASC"),
  AMOUNT_DESC: {
    key: "d.estimated_amount",
    direction: "DESC",
    cast: "numeric",
    text: "d.estimated_amount::text",
    valid: /^\d{1,12}(?:\.\d{1,2})?$/,
  },
  CLOSE_DATE: {
    key: "d.expected_close_date",
    direction: "ASC",
    cast: "date",
    text: "to_char(d.expected_close_date, 'YYYY-MM-DD')",
    valid: /^\d{4}-\d{2}-\d{2}$/,
  },
};

/**
 * A timestamptz as exact text for a cursor. PostgreSQL keeps microseconds and a JavaScript Date
 * only milliseconds: a cursor rounded to the millisecond would repeat or skip rows.
 */
function timestampOrder(key: string, direction: "ASC" | "DESC") {
  return {
    key,
    direction,
    cast: "timestamptz",
    text: `CASE WHEN isfinite(${key}) THEN to_char(${key} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') ELSE 'infinity' END`,
    valid: /^(?:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z|infinity)$/,
  };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, "\\$&");

/** The conflict check's limiter of each server (a server is known by its configuration). */
const conflictCheckLimiters = new WeakMap<Config, FixedWindowRateLimiter>();
function conflictCheckLimiter(config: Config): FixedWindowRateLimiter {
  let limiter = conflictCheckLimiters.get(config);
  if (!limiter) {
    const { perWindow, windowSeconds } = config.conflictCheckRateLimit;
    limiter = new FixedWindowRateLimiter(perWindow, windowSeconds * 1000);
    conflictCheckLimiters.set(config, limiter);
  }
  return limiter;
}

/** Reading deal registrations: lists, one deal, counts and conflict checks, all in the viewer's scope. */
export class DealReadService {
  constructor(private readonly ctx: Context) {}

  /** Deals in the viewer's scope, filtered, one keyset page at a time. */
  async deals(viewer: Viewer, args: DealsArgs): Promise<Connection<DealType>> {
    const params = new DealSqlParams();
    const where = [params.visibleDeals(viewer)];
    const f = args.filter ?? {};
    if (f.statuses?.length) where.push(`d.status = ANY(${params.bind(f.statuses)}::varchar[])`);
    if (f.partnerId) where.push(`d.partner_id = ${params.bind(f.partnerId)}::uuid`);
    if (f.ownerId) where.push(`d.owner_id = ${params.bind(f.ownerId)}::uuid`);
    const search = f.search?.trim();
    if (search) {
      const like = params.bind(`%${escapeLike(search)}%`);
      const number = parseDealNumber(search) ?? (/^\d{1,15}$/.test(search) ? Number(search) : -1);
      where.push(
        `(d.customer_name ILIKE ${like} OR d.customer_domain ILIKE ${like} OR d.number = ${params.bind(number)})`,
      );
    }
    const range = (column: string, from?: Date | null, to?: Date | null) => {
      if (from) where.push(`${column} >= ${params.bind(from.toISOString())}::timestamptz`);
      if (to) where.push(`${column} < ${params.bind(to.toISOString())}::timestamptz`);
    };
    range("d.created_at", f.createdFrom, f.createdTo);
    range("d.submitted_at", f.submittedFrom, f.submittedTo);
    const filter = where.join(" AND ");
    const countParams = [...params.values];

    const order = ORDERS[args.orderBy];
    const after = decodeCursor(args.after, [(key) => order.valid.test(key), isUuid]);
    if (after) {
      const [afterKey, afterId] = after;
      const comparison = order.direction === "ASC" ? ">" : "<";
      where.push(
        `(${order.key}, d.id) ${comparison} (${params.bind(afterKey)}::${order.cast}, ${params.bind(afterId)}::uuid)`,
      );
    }
    const limit = params.bind(args.first + 1);

    const [rows, counts] = await Promise.all([
      this.ctx.db.query(
        `SELECT ${DEAL_COLUMNS}, ${order.text} AS sort_key FROM deals d
          WHERE ${where.join(" AND ")}
          ORDER BY ${order.key} ${order.direction}, d.id ${order.direction} LIMIT ${limit}`,
        params.values,
      ) as Promise<(DealRow & { sort_key: string })[]>,
      this.ctx.db.query(
        `SELECT count(*)::int AS n FROM deals d WHERE ${filter}`,
        countParams,
      ) as Promise<{ n: number }[]>,
    ]);
    return toConnection(rows, args.first, counts[0]?.n ?? 0, toDealType, (row) => [
      row.sort_key,
      row.id,
    ]);
  }

  /** A partner's most recently created deals in the viewer's scope, in one statement. */
  async recentDeals(viewer: Viewer, partnerId: string, limit: number): Promise<DealType[]> {
    const params = new DealSqlParams();
    const rows: DealRow[] = await this.ctx.db.query(
      `SELECT ${DEAL_COLUMNS} FROM deals d
        WHERE d.partner_id = ${params.bind(partnerId)}::uuid AND ${params.visibleDeals(viewer)}
        ORDER BY d.created_at DESC, d.id DESC LIMIT ${params.bind(limit)}`,
      params.values,
    );
    return rows.map(toDealType);
  }

  /** One deal in the viewer's scope, or null. */
  async deal(viewer: Viewer, id: string): Promise<DealType | null> {
    const row = await findVisibleDeal(this.ctx.db, viewer, id);
    return row && toDealType(row);
  }

  /**
   * How many deals the viewer can see are in each status, and their estimated amount, among
   * deals created in `period` (all time when null). Every status is listed, zeros included.
   */
  async statusCounts(viewer: Viewer, period: DateRange | null): Promise<DealStatusCount[]> {
    const params = new DealSqlParams();
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

  /** Whether another partner claims the customer; the matches only for the vendor side. */
  async checkConflicts(viewer: Viewer, input: CheckDealConflictsInput): Promise<DealConflictCheck> {
    const retryAfter = conflictCheckLimiter(this.ctx.config).take(viewer.userId);
    if (retryAfter !== null) {
      throw rateLimited(
        `Too many conflict checks in a short time; try again in ${retryAfter} s.`,
        retryAfter,
      );
    }
    const name = input.customerName?.trim() ?? "";
    const domain = input.customerDomain?.trim() ?? "";
    const normalizedDomain = domain ? normalizeDomain(domain) : null;
    const normalizedName = name ? normalizeCompanyName(name) : "";
    if (!normalizedName && !normalizedDomain) return { ...claimSummary([]), matches: null };
    const vendorSide = can(viewer.role, "deal:conflicts:read");
    const conflicts = await findConflicts(this.ctx.transaction, viewer, [
      {
        key: "input",
        normalizedName,
        normalizedDomain,
        excludeDealId:
          input.excludeDealId && isUuid(input.excludeDealId) ? input.excludeDealId : null,
      },
    ]);
    const matches = conflicts.get("input") ?? [];
    return { ...claimSummary(matches), matches: vendorSide ? matches : null };
  }
}
