import { weightedAmountSql } from "../../database/opportunity-rollups";
import {
  CLOSED_STAGES,
  isClosedStage,
  isOpenStage,
  isRealDate,
  OPEN_STAGES,
  OPPORTUNITY_STAGES,
  parseDealNumber,
  type OpenStage,
  type OpportunityStage,
} from "@prm/domain";
import type { Viewer } from "../../auth/viewer";
import { badInput } from "../../common/errors";
import { decodeCursor, toConnection, type Connection } from "../../common/pagination";
import { isUuid } from "../../common/uuid";
import type { Context } from "../../context";
import { sqlIn } from "../../database/sql";
import type {
  OpportunitiesArgs,
  OpportunityBoardArgs,
  OpportunityBoardFilter,
  OpportunityFilter,
} from "./opportunity.inputs";
import {
  OPPORTUNITY_COLUMNS,
  OpportunitySqlParams,
  findVisibleOpportunity,
  toOpportunityType,
  type OpportunityRow,
} from "./opportunity.rows";
import type { OpportunityBoard, OpportunityOrderField, OpportunityType } from "./opportunity.types";

/**
 * Verbatim the predicate of the open-opportunity partial indexes (and the metrics'), so that the
 * planner can use them: written out, never a parameter.
 */
const OPEN = `o.stage IN (${sqlIn(OPEN_STAGES)})`;
const CLOSED = `o.stage IN (${sqlIn(CLOSED_STAGES)})`;

interface SortKey {
  /** The SQL expression rows are ordered by (then by id). */
  key: string;
  cast: string;
  /** The key as exact text, for the cursor. */
  text: string;
  valid: RegExp;
}

const TIMESTAMP_TEXT = /^(?:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z|-?infinity)$/;

/**
 * A timestamptz key as exact text (PostgreSQL keeps microseconds, a JavaScript Date only
 * milliseconds: a rounded cursor would repeat or skip rows).
 */
function timestampKey(key: string): SortKey {
  return {
    key,
    cast: "timestamptz",
    text: `CASE WHEN isfinite(${key}) THEN to_char(${key} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') ELSE ${key}::text END`,
    valid: TIMESTAMP_TEXT,
  };
}

type StageSet = "open" | "closed" | "any";

/**
 * Each order's key. The close date is the domain's opportunityCloseDate: closedAt for a closed
 * opportunity, the start (UTC) of the expected close date for an open one. When the filter keeps
 * only open (or only closed) ones, the key is the plain column, which orders the same and lets
 * the indexes on it serve the page.
 */
function sortKey(field: OpportunityOrderField, stages: StageSet): SortKey {
  switch (field) {
    case "CLOSE_DATE":
      if (stages === "open") {
        return {
          key: "o.expected_close_date",
          cast: "date",
          text: "to_char(o.expected_close_date, 'YYYY-MM-DD')",
          valid: /^\d{4}-\d{2}-\d{2}$/,
        };
      }
      return timestampKey(
        stages === "closed"
          ? "o.closed_at"
          : "coalesce(o.closed_at, o.expected_close_date::timestamp AT TIME ZONE 'UTC')",
      );
    case "AMOUNT":
      return {
        key: "o.amount",
        cast: "numeric",
        text: "o.amount::text",
        valid: /^\d{1,12}(?:\.\d{1,2})?$/,
      };
    case "LAST_ACTIVITY":
      return timestampKey("coalesce(o.last_activity_at, '-infinity'::timestamptz)");
    case "STAGE":
      return {
        key: `array_position(ARRAY[${sqlIn(OPPORTUNITY_STAGES)}]::varchar[], o.stage)`,
        cast: "int",
        text: `array_position(ARRAY[${sqlIn(OPPORTUNITY_STAGES)}]::varchar[], o.stage)::text`,
        valid: /^\d{1,2}$/,
      };
    case "NEWEST":
      return timestampKey("o.created_at");
  }
}

const NATURAL_DIRECTION: Record<OpportunityOrderField, "ASC" | "DESC"> = {
  CLOSE_DATE: "ASC",
  AMOUNT: "DESC",
  LAST_ACTIVITY: "DESC",
  STAGE: "ASC",
  NEWEST: "DESC",
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, "\\$&");

/** Reading opportunities: the list, the board and one opportunity, all in the viewer's scope. */
export class OpportunityReadService {
  constructor(private readonly ctx: Context) {}

  /** Opportunities in the viewer's scope, filtered, one keyset page at a time, with the total. */
  async opportunities(
    viewer: Viewer,
    args: OpportunitiesArgs,
  ): Promise<Connection<OpportunityType>> {
    const params = new OpportunitySqlParams();
    const f = args.filter ?? {};
    const { where, stages } = this.filterSql(viewer, params, f, "filter");
    const filter = where.join(" AND ");

    const field = args.orderBy?.field ?? "CLOSE_DATE";
    const direction = args.orderBy?.direction ?? NATURAL_DIRECTION[field];
    const order = sortKey(field, stages);
    const after = decodeCursor(args.after, [(key) => order.valid.test(key), isUuid]);
    if (after) {
      const [afterKey, afterId] = after;
      where.push(
        `(${order.key}, o.id) ${direction === "ASC" ? ">" : "<"} (${params.bind(afterKey)}::${order.cast}, ${params.bind(afterId)}::uuid)`,
      );
    }
    const limit = params.bind(args.first + 1);

    // One statement: the total, then the page — its ids and keys first (from an index alone
    // when one covers the filter and order), then only its rows. So a list page is one round
    // trip, and owners, partners and accounts (batched by their loaders) fit in three.
    const rows: (OpportunityRow & { sort_key: string; total_count: number })[] =
      await this.ctx.db.query(
        `SELECT total.n AS total_count, page.sort_key, ${OPPORTUNITY_COLUMNS}
           FROM (SELECT count(*)::int AS n FROM opportunities o WHERE ${filter}) total
           LEFT JOIN LATERAL (
             SELECT o.id, ${order.key} AS key, ${order.text} AS sort_key FROM opportunities o
              WHERE ${where.join(" AND ")}
              ORDER BY ${order.key} ${direction}, o.id ${direction} LIMIT ${limit}) page ON true
           LEFT JOIN opportunities o ON o.id = page.id
          ORDER BY page.key ${direction}, page.id ${direction}`,
        params.values,
      );
    return toConnection(
      rows.filter((row) => row.id !== null),
      args.first,
      rows[0]?.total_count ?? 0,
      toOpportunityType,
      (row) => [row.sort_key, row.id],
    );
  }

  /**
   * The viewer's open opportunities by stage: each open stage's count and amounts over all of
   * them, and its first `perStage` by expected close date.
   */
  async board(viewer: Viewer, args: OpportunityBoardArgs): Promise<OpportunityBoard> {
    const params = new OpportunitySqlParams();
    const { where } = this.filterSql(viewer, params, { ...args.filter, open: true }, "filter");
    const filter = where.join(" AND ");
    const stages = params.bind(OPEN_STAGES);
    const perStage = params.bind(args.perStage);
    // One statement: per open stage, its totals over all its opportunities (the weighted amount
    // as the pipeline metric sums it: each amount × probability / 100 rounded to the cent, the
    // domain's weightedAmount), and its first perStage ids by expected close date, then their rows.
    const rows: (OpportunityRow & {
      column_stage: OpenStage;
      column_count: number;
      column_amount: string | null;
      column_weighted: string | null;
    })[] = await this.ctx.db.query(
      `WITH totals AS (
         SELECT o.stage, count(*)::int AS count, sum(o.amount) AS amount,
                sum(${weightedAmountSql("o")}) AS weighted
           FROM opportunities o WHERE ${filter} GROUP BY o.stage)
       SELECT s.stage AS column_stage, coalesce(t.count, 0) AS column_count,
              t.amount::text AS column_amount, t.weighted::text AS column_weighted,
              ${OPPORTUNITY_COLUMNS}
         FROM unnest(${stages}::varchar[]) WITH ORDINALITY AS s(stage, position)
         LEFT JOIN totals t ON t.stage = s.stage
         LEFT JOIN LATERAL (
           SELECT o.id, o.expected_close_date FROM opportunities o
            WHERE o.stage = s.stage AND ${filter}
            ORDER BY o.expected_close_date, o.id LIMIT ${perStage}) page ON true
         LEFT JOIN opportunities o ON o.id = page.id
        ORDER BY s.position, page.expected_close_date, page.id`,
      params.values,
    );
    return {
      columns: OPEN_STAGES.map((stage) => {
        const ofStage = rows.filter((row) => row.column_stage === stage);
        const first = ofStage[0];
        return {
          stage,
          totalCount: first?.column_count ?? 0,
          amount: first?.column_amount ?? "0.00",
          weightedAmount: first?.column_weighted ?? "0.00",
          opportunities: ofStage.filter((row) => row.id !== null).map(toOpportunityType),
        };
      }),
    };
  }

  /** One opportunity in the viewer's scope, or null. */
  async opportunity(viewer: Viewer, id: string): Promise<OpportunityType | null> {
    const row = await findVisibleOpportunity(this.ctx.db, viewer, id);
    return row && toOpportunityType(row);
  }

  /**
   * The scope and the filter's conditions over `opportunities o`, and which stages they leave:
   * only open ones, only closed ones, or any.
   */
  private filterSql(
    viewer: Viewer,
    params: OpportunitySqlParams,
    f: OpportunityFilter & OpportunityBoardFilter,
    argName: string,
  ): { where: string[]; stages: StageSet } {
    const where = [params.visibleOpportunities(viewer)];
    const chosen = f.stages?.length ? [...new Set(f.stages)] : null;
    if (chosen) where.push(`o.stage = ANY(${params.bind(chosen)}::varchar[])`);
    const candidates: readonly OpportunityStage[] = (chosen ?? OPPORTUNITY_STAGES).filter(
      (stage) => f.open == null || isOpenStage(stage) === f.open,
    );
    const stages: StageSet = candidates.every(isOpenStage)
      ? "open"
      : candidates.every(isClosedStage)
        ? "closed"
        : "any";
    if (stages === "open") where.push(OPEN);
    if (stages === "closed") where.push(CLOSED);

    if (f.ownerId) where.push(`o.owner_id = ${params.bind(f.ownerId)}::uuid`);
    if (f.partnerId) where.push(`o.partner_id = ${params.bind(f.partnerId)}::uuid`);
    if (f.accountId) where.push(`o.account_id = ${params.bind(f.accountId)}::uuid`);

    const search = f.search?.trim();
    if (search) {
      const like = params.bind(`%${escapeLike(search)}%`);
      const number = parseDealNumber(search) ?? (/^\d{1,15}$/.test(search) ? Number(search) : -1);
      where.push(
        `(o.name ILIKE ${like}
          OR EXISTS (SELECT 1 FROM accounts a WHERE a.id = o.account_id AND a.name ILIKE ${like})
          OR EXISTS (SELECT 1 FROM deals d WHERE d.id = o.deal_id AND d.number = ${params.bind(number)}))`,
      );
    }

    for (const [key, op] of [
      ["expectedCloseFrom", ">="],
      ["expectedCloseTo", "<="],
    ] as const) {
      const date = f[key]?.trim();
      if (!date) continue;
      if (!isRealDate(date)) {
        throw badInput(`${argName}.${key}`, `${key} must be a date like "2026-03-31".`);
      }
      where.push(`o.expected_close_date ${op} ${params.bind(date)}::date`);
    }
    if (f.closedFrom) {
      where.push(`o.closed_at >= ${params.bind(f.closedFrom.toISOString())}::timestamptz`);
    }
    if (f.closedTo) {
      where.push(`o.closed_at < ${params.bind(f.closedTo.toISOString())}::timestamptz`);
    }
    return { where, stages };
  }
}
