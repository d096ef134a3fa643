import {
  OPEN_STAGES,
  quotaAttainment,
  winRate,
  winRateByAmount,
  type DateRange,
  type OpenStage,
  type OrganizationKind,
  type PartnerTier,
} from "@prm/domain";
import type { Viewer } from "../../auth/viewer";
import { SqlParams } from "../../common/sql-params";
import { sqlIn } from "../../database/sql";
import { OrganizationType } from "../organizations/organization.types";
import { visiblePartnersSql } from "../organizations/organization.scope";
import { visibleTeamMembersSql } from "../users/user.scope";
import type { PerformanceFigures, StageAmount } from "./metrics.types";

/**
 * The SQL building blocks of every metric (METRICS in the domain package). Each operation is one
 * statement: the viewer's partners (or team members) left-joined to their aggregated
 * opportunities, so those without data appear with zeros. Amounts are summed in PostgreSQL
 * (numeric) and returned as text; only ratios of those sums are taken in JS, by the domain.
 */

/** Statement parameters that also know the viewer's scopes. */
export class MetricParams extends SqlParams {
  /** The viewer's partners over `organizations` aliased `alias` (the one scoping rule). */
  visiblePartners(viewer: Viewer, alias: string): string {
    return this.scope((first) => visiblePartnersSql(viewer, alias, first));
  }

  /** The users whose figures the viewer sees, over `users` aliased `alias`. */
  visibleTeamMembers(viewer: Viewer, alias: string): string {
    return this.scope((first) => visibleTeamMembersSql(viewer, alias, first));
  }
}

export interface PartnerColumns {
  partner_id: string;
  partner_name: string;
  partner_kind: OrganizationKind;
  partner_tier: PartnerTier | null;
  partner_channel_manager_id: string | null;
}

/** The CTE `p` of the partners the viewer sees (optionally one of them), for PARTNER_SELECT. */
export function partnersCte(params: MetricParams, viewer: Viewer, partnerId?: string): string {
  const one = partnerId ? ` AND o.id = ${params.bind(partnerId)}::uuid` : "";
  return `p AS (
    SELECT o.id, o.name, o.kind, o.tier, o.channel_manager_id
      FROM organizations o
     WHERE ${params.visiblePartners(viewer, "o")}${one})`;
}

export const PARTNER_SELECT = `p.id AS partner_id, p.name AS partner_name, p.kind AS partner_kind,
  p.tier AS partner_tier, p.channel_manager_id AS partner_channel_manager_id`;

export function partnerOf(row: PartnerColumns): OrganizationType {
  return Object.assign(new OrganizationType(), {
    id: row.partner_id,
    name: row.partner_name,
    kind: row.partner_kind,
    tier: row.partner_tier,
    channelManagerId: row.partner_channel_manager_id,
  });
}

/** The closed-at bounds of a period: a half-open [from, to) over timestamptz. */
export function closedIn(params: MetricParams, range: DateRange, alias: string): string {
  return `${alias}.closed_at >= ${params.bind(range.from.toISOString())}::timestamptz
      AND ${alias}.closed_at < ${params.bind(range.to.toISOString())}::timestamptz`;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The first UTC day whose start is at or after `instant`, as YYYY-MM-DD. */
function firstDayFrom(instant: Date): string {
  const dayStart = Math.floor(instant.getTime() / DAY_MS) * DAY_MS;
  const day = dayStart < instant.getTime() ? dayStart + DAY_MS : dayStart;
  return new Date(day).toISOString().slice(0, 10);
}

/** The last UTC day whose start is at or before `instant`, as YYYY-MM-DD. */
function lastDayUntil(instant: Date): string {
  return new Date(Math.floor(instant.getTime() / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Expected close dates in a period: a date is in it when its start (UTC) is in [from, to), i.e.
 * the dates from the first day starting at or after `from` up to (excluding) the first day
 * starting at or after `to`.
 */
export function expectedIn(params: MetricParams, range: DateRange, alias: string): string {
  return `${alias}.expected_close_date >= ${params.bind(firstDayFrom(range.from))}::date
      AND ${alias}.expected_close_date < ${params.bind(firstDayFrom(range.to))}::date`;
}

/** Quotas (half-open date ranges) that lie wholly within the period. */
export function quotaWithin(params: MetricParams, range: DateRange, alias: string): string {
  return `${alias}.period_start >= ${params.bind(firstDayFrom(range.from))}::date
      AND ${alias}.period_end <= ${params.bind(lastDayUntil(range.to))}::date`;
}

/** A quota's period (half-open dates) as instants: from its first day's start to its end day's, UTC. */
export function quotaInstantsSql(alias: string): { from: string; to: string } {
  return {
    from: `(${alias}.period_start::timestamp AT TIME ZONE 'UTC')`,
    to: `(${alias}.period_end::timestamp AT TIME ZONE 'UTC')`,
  };
}

/**
 * WON_AMOUNT of one quota's target in the quota's own period — QUOTA_ATTAINMENT's numerator when
 * the period is the quota's (quotas of one target never overlap): the opportunities of its
 * partner (of its seller, for a seller's quota) closed won in it. A scalar subquery over `quotas`
 * aliased `alias`; null when there are none.
 */
export function quotaWonAmountSql(alias: string): string {
  const period = quotaInstantsSql(alias);
  return `(SELECT sum(won.amount) FROM opportunities won
      WHERE won.partner_id = ${alias}.organization_id
        AND (${alias}.user_id IS NULL OR won.owner_id = ${alias}.user_id)
        AND won.stage = 'CLOSED_WON'
        AND won.closed_at >= ${period.from} AND won.closed_at < ${period.to})`;
}

/**
 * Written as a literal list, the very predicate of the partial open-pipeline indexes (see the
 * Opportunity entity), so the planner can use them.
 */
export const OPEN_STAGE_CONDITION = `op.stage IN (${sqlIn(OPEN_STAGES)})`;

/** Whose figures a statement groups: partners (by `partner_id`) or sellers (by `owner_id`). */
export type FigureOwner = "partner" | "seller";

const GROUP_COLUMN: Record<FigureOwner, string> = { partner: "partner_id", seller: "owner_id" };

export interface FigureOptions {
  owner: FigureOwner;
  /** SQL selecting the ids of the partners / users to aggregate, e.g. "SELECT id FROM p". */
  ids: string;
  range: DateRange;
  /** Prefix of the CTE names, so that two sets (partners and sellers) fit one statement. */
  prefix?: string;
}

/**
 * The figures (PerformanceFigures) of a set of partners or sellers as CTEs of one statement:
 * `closed` (won/lost counts and amounts by close date in the period, and the won amount that
 * closed within a quota lying in the period — QUOTA_ATTAINMENT's numerator), `open_by_stage` and
 * `open_total` (open opportunities expected to close in the period), `quota` (the quotas lying
 * wholly within the period). Each is keyed by `k`, the partner's or user's id.
 */
export class FigureSql {
  readonly closed: string;
  readonly openByStage: string;
  readonly openTotal: string;
  readonly quota: string;

  constructor(
    private readonly params: MetricParams,
    private readonly options: FigureOptions,
  ) {
    const prefix = options.prefix ?? "";
    this.closed = `${prefix}closed`;
    this.openByStage = `${prefix}open_by_stage`;
    this.openTotal = `${prefix}open_total`;
    this.quota = `${prefix}quota`;
  }

  private get group(): string {
    return GROUP_COLUMN[this.options.owner];
  }

  /** The opportunities (aliased `alias`) of the partners / users these figures count. */
  owns(alias: string): string {
    return `${alias}.${this.group} IN (${this.options.ids})`;
  }

  /**
   * The `closed` CTE; with `quota_won_amount` (the won amount that closed within the ranges of
   * the key's quotas, each opportunity once however the ranges overlap) when `withQuota`, which
   * needs quotaCte before it.
   */
  closedCte(withQuota = true): string {
    const { params, options, group } = this;
    const quotaWon = withQuota
      ? `,
             sum(op.amount) FILTER (WHERE op.stage = 'CLOSED_WON' AND ${this.quota}.ranges @> op.closed_at) AS quota_won_amount`
      : "";
    const quotaJoin = withQuota ? `LEFT JOIN ${this.quota} ON ${this.quota}.k = op.${group}` : "";
    return `${this.closed} AS (
      SELECT op.${group} AS k,
             count(*) FILTER (WHERE op.stage = 'CLOSED_WON') AS won_count,
             sum(op.amount) FILTER (WHERE op.stage = 'CLOSED_WON') AS won_amount,
             count(*) FILTER (WHERE op.stage = 'CLOSED_LOST') AS lost_count,
             sum(op.amount) FILTER (WHERE op.stage = 'CLOSED_LOST') AS lost_amount${quotaWon}
        FROM opportunities op ${quotaJoin}
       WHERE op.${group} IN (${options.ids})
         AND op.stage IN ('CLOSED_WON', 'CLOSED_LOST')
         AND ${closedIn(params, options.range, "op")}
       GROUP BY op.${group})`;
  }

  /**
   * The `open_by_stage` and `open_total` CTEs: OPEN_AMOUNT, WEIGHTED_AMOUNT (each opportunity's
   * amount × probability / 100 rounded half away from zero to the cent, as the domain's
   * weightedAmount, then summed) and OPEN_COUNT per key and open stage, and per key.
   */
  openCtes(): string {
    const { params, options, group } = this;
    return `${this.openByStage} AS (
      SELECT op.${group} AS k, op.stage, sum(op.amount) AS amount,
             sum(round(op.amount * op.probability / 100, 2)) AS weighted, count(*) AS count
        FROM opportunities op
       WHERE op.${group} IN (${options.ids})
         AND ${OPEN_STAGE_CONDITION}
         AND ${expectedIn(params, options.range, "op")}
       GROUP BY op.${group}, op.stage),
    ${this.openTotal} AS (
      SELECT k, sum(amount) AS amount, sum(weighted) AS weighted, sum(count) AS count,
             json_object_agg(stage, json_build_object(
               'amount', round(amount, 2)::text,
               'weightedAmount', round(weighted, 2)::text,
               'count', count)) AS stages
        FROM ${this.openByStage} GROUP BY k)`;
  }

  quotaCte(): string {
    const { params, options } = this;
    const key = options.owner === "partner" ? "q.organization_id" : "q.user_id";
    const own = options.owner === "partner" ? "AND q.user_id IS NULL" : "";
    const period = quotaInstantsSql("q");
    return `${this.quota} AS (
      SELECT ${key} AS k, sum(q.amount) AS amount,
             range_agg(tstzrange(${period.from}, ${period.to})) AS ranges
        FROM quotas q
       WHERE ${key} IN (${options.ids}) ${own} AND ${quotaWithin(params, options.range, "q")}
       GROUP BY ${key})`;
  }

  /** Every CTE FIGURE columns need. */
  allCtes(): string {
    return [this.quotaCte(), this.closedCte(), this.openCtes()].join(",\n");
  }

  /** The joins of a row whose key is `key` to every CTE. */
  joins(key: string): string {
    return `LEFT JOIN ${this.closed} ON ${this.closed}.k = ${key}
      LEFT JOIN ${this.openTotal} ON ${this.openTotal}.k = ${key}
      LEFT JOIN ${this.quota} ON ${this.quota}.k = ${key}`;
  }

  /**
   * The FigureColumns of a joined row; the *_sort columns are PerformanceSort's orderings (no
   * quota sorts lowest: amounts and ratios are never negative).
   */
  columns(): string {
    const { closed: c, openTotal: o, quota: q } = this;
    return `coalesce(${c}.won_count, 0)::int AS won_count,
      round(coalesce(${c}.won_amount, 0), 2)::text AS won_amount,
      coalesce(${c}.lost_count, 0)::int AS lost_count,
      round(coalesce(${c}.lost_amount, 0), 2)::text AS lost_amount,
      coalesce(${o}.count, 0)::int AS open_count,
      ${o}.stages AS by_stage,
      round(coalesce(${o}.amount, 0), 2)::text AS open_amount,
      round(coalesce(${o}.weighted, 0), 2)::text AS weighted_amount,
      round(${q}.amount, 2)::text AS quota_amount,
      round(coalesce(${c}.quota_won_amount, 0), 2)::text AS quota_won_amount,
      coalesce(${c}.won_amount, 0) AS won_sort,
      coalesce(${o}.amount, 0) AS open_sort,
      coalesce(${q}.amount, -1) AS quota_sort,
      coalesce(coalesce(${c}.quota_won_amount, 0) / nullif(${q}.amount, 0), -1) AS attainment_sort`;
  }
}

/** open_total's `stages`: the open stages a key has opportunities in, by stage. */
export type StageFigures = Partial<
  Record<OpenStage, { amount: string; weightedAmount: string; count: number }>
> | null;

const NO_OPPORTUNITIES = { amount: "0.00", weightedAmount: "0.00", count: 0 };

/** Every open stage in stage order, zeros for those without opportunities. */
export function stagesOf(stages: StageFigures): StageAmount[] {
  return OPEN_STAGES.map((stage) => ({ stage, ...(stages?.[stage] ?? NO_OPPORTUNITIES) }));
}

export interface FigureColumns {
  by_stage: StageFigures;
  won_count: number;
  won_amount: string;
  lost_count: number;
  lost_amount: string;
  open_count: number;
  open_amount: string;
  weighted_amount: string;
  quota_amount: string | null;
  quota_won_amount: string;
}

export type ClosedColumns = Pick<
  FigureColumns,
  "won_count" | "won_amount" | "lost_count" | "lost_amount"
>;

/** The closed figures (won, lost, win rates) of a row. */
export function closedFiguresOf(row: ClosedColumns) {
  return {
    wonCount: row.won_count,
    wonAmount: row.won_amount,
    lostCount: row.lost_count,
    lostAmount: row.lost_amount,
    winRate: winRate(row.won_count, row.lost_count),
    winRateByAmount: winRateByAmount(row.won_amount, row.lost_amount),
  };
}

export function figuresOf(row: FigureColumns): PerformanceFigures {
  return {
    ...closedFiguresOf(row),
    openCount: row.open_count,
    openAmount: row.open_amount,
    weightedAmount: row.weighted_amount,
    quotaAmount: row.quota_amount,
    quotaAttainment: quotaAttainment(row.quota_won_amount, row.quota_amount),
    byStage: stagesOf(row.by_stage),
  };
}
