import {
  OPEN_STAGES,
  winRate,
  winRateByAmount,
  type DateRange,
  type OpenStage,
  type OrganizationKind,
  type PartnerTier,
} from "@prm/domain";
import type { Context, Viewer } from "../../context";
import { OrganizationType } from "../organizations/organization.types";
import { visiblePartnersSql } from "../organizations/organization.scope";
import type { PartnerPipelineRow, PartnerWinLossRow, PartnerWonRow } from "./metrics.types";
import { SqlParams } from "../../common/sql-params";

/** Statement parameters that also know the viewer's partner scope. */
class Params extends SqlParams {
  /** The viewer's partners over `organizations` aliased `alias` (the one scoping rule). */
  visiblePartners(viewer: Viewer, alias: string): string {
    return this.scope((first) => visiblePartnersSql(viewer, alias, first));
  }
}

interface PartnerColumns {
  partner_id: string;
  partner_name: string;
  partner_kind: OrganizationKind;
  partner_tier: PartnerTier | null;
  partner_channel_manager_id: string | null;
}

/** The CTE `p` of the partners the viewer sees, with the columns PartnerColumns reads. */
function partnersCte(params: Params, viewer: Viewer): string {
  return `p AS (
    SELECT o.id, o.name, o.kind, o.tier, o.channel_manager_id
      FROM organizations o
     WHERE ${params.visiblePartners(viewer, "o")})`;
}

const PARTNER_SELECT = `p.id AS partner_id, p.name AS partner_name, p.kind AS partner_kind,
  p.tier AS partner_tier, p.channel_manager_id AS partner_channel_manager_id`;

function partnerOf(row: PartnerColumns): OrganizationType {
  return Object.assign(new OrganizationType(), {
    id: row.partner_id,
    name: row.partner_name,
    kind: row.partner_kind,
    tier: row.partner_tier,
    channelManagerId: row.partner_channel_manager_id,
  });
}

/** The closed-at bounds of a period: a half-open [from, to) over timestamptz. */
function closedIn(params: Params, range: DateRange, alias = "op"): string {
  return `${alias}.closed_at >= ${params.bind(range.from.toISOString())}::timestamptz
      AND ${alias}.closed_at < ${params.bind(range.to.toISOString())}::timestamptz`;
}

/** The first UTC day whose start is at or after `instant`, as YYYY-MM-DD. */
function firstDayFrom(instant: Date): string {
  const day = new Date(
    Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()),
  );
  if (day.getTime() < instant.getTime()) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/**
 * Expected close dates in a period: a date is in it when its start (UTC) is in [from, to), i.e.
 * the dates from the first day starting at or after `from` up to (excluding) the first day
 * starting at or after `to`.
 */
function expectedIn(params: Params, range: DateRange, alias = "op"): string {
  return `${alias}.expected_close_date >= ${params.bind(firstDayFrom(range.from))}::date
      AND ${alias}.expected_close_date < ${params.bind(firstDayFrom(range.to))}::date`;
}

/**
 * The channel manager's partner metrics (METRICS in the domain package): each operation is one
 * SQL statement over the viewer's partners (visiblePartnersSql) left-joined to their aggregated
 * opportunities, so partners without data appear with zeros. Amounts are summed in PostgreSQL
 * (numeric) and returned as text; only ratios of those sums are taken here, by the domain.
 */
export class MetricsService {
  constructor(private readonly ctx: Context) {}

  /** WON_AMOUNT and WON_COUNT per partner, highest won amount first, then name; `limit` rows. */
  async partnerLeaderboard(
    viewer: Viewer,
    range: DateRange,
    limit: number,
  ): Promise<PartnerWonRow[]> {
    const params = new Params();
    const rows: (PartnerColumns & { won_amount: string; won_count: number; rank: number })[] =
      await this.ctx.db.query(
        `WITH ${partnersCte(params, viewer)},
         w AS (
           SELECT op.partner_id, sum(op.amount) AS won_amount, count(*) AS won_count
             FROM opportunities op
            WHERE op.partner_id IN (SELECT id FROM p)
              AND op.stage = 'CLOSED_WON'
              AND ${closedIn(params, range)}
            GROUP BY op.partner_id)
         SELECT ${PARTNER_SELECT},
                round(coalesce(w.won_amount, 0), 2)::text AS won_amount,
                coalesce(w.won_count, 0)::int AS won_count,
                (row_number() OVER (ORDER BY coalesce(w.won_amount, 0) DESC, p.name, p.id))::int AS rank
           FROM p LEFT JOIN w ON w.partner_id = p.id
          ORDER BY rank
          LIMIT ${params.bind(limit)}`,
        params.values,
      );
    return rows.map((row) => ({
      partner: partnerOf(row),
      wonAmount: row.won_amount,
      wonCount: row.won_count,
      rank: row.rank,
    }));
  }

  /**
   * OPEN_AMOUNT, WEIGHTED_AMOUNT and OPEN_COUNT per partner and open stage: open opportunities
   * with expected close date in the period. Weighted = amount × probability / 100, each
   * opportunity rounded half away from zero to the cent (as the domain's weightedAmount), summed.
   * Ordered by open amount (highest first), then name.
   */
  async pipelineByPartner(viewer: Viewer, range: DateRange): Promise<PartnerPipelineRow[]> {
    const params = new Params();
    const stages = params.bind(OPEN_STAGES);
    const rows: (PartnerColumns & {
      open_amount: string;
      weighted_amount: string;
      open_count: number;
      by_stage: { stage: OpenStage; amount: string; weightedAmount: string; count: number }[];
    })[] = await this.ctx.db.query(
      `WITH ${partnersCte(params, viewer)},
       s AS (SELECT s.stage, s.ord FROM unnest(${stages}::varchar[]) WITH ORDINALITY AS s(stage, ord)),
       a AS (
         SELECT op.partner_id, op.stage, sum(op.amount) AS amount,
                sum(round(op.amount * op.probability / 100, 2)) AS weighted, count(*) AS count
           FROM opportunities op
          WHERE op.partner_id IN (SELECT id FROM p)
            AND op.stage = ANY(${stages}::varchar[])
            AND ${expectedIn(params, range)}
          GROUP BY op.partner_id, op.stage),
       ps AS (
         SELECT p.id AS partner_id, s.stage, s.ord,
                round(coalesce(a.amount, 0), 2) AS amount,
                round(coalesce(a.weighted, 0), 2) AS weighted,
                coalesce(a.count, 0) AS count
           FROM p CROSS JOIN s
           LEFT JOIN a ON a.partner_id = p.id AND a.stage = s.stage)
       SELECT ${PARTNER_SELECT},
              sum(ps.amount)::text AS open_amount,
              sum(ps.weighted)::text AS weighted_amount,
              sum(ps.count)::int AS open_count,
              json_agg(json_build_object('stage', ps.stage, 'amount', ps.amount::text,
                'weightedAmount', ps.weighted::text, 'count', ps.count) ORDER BY ps.ord) AS by_stage
         FROM p JOIN ps ON ps.partner_id = p.id
        GROUP BY p.id, p.name, p.kind, p.tier, p.channel_manager_id
        ORDER BY sum(ps.amount) DESC, p.name, p.id`,
      params.values,
    );
    return rows.map((row) => ({
      partner: partnerOf(row),
      openAmount: row.open_amount,
      weightedAmount: row.weighted_amount,
      openCount: row.open_count,
      byStage: row.by_stage.map((stage) => ({ ...stage, count: Number(stage.count) })),
    }));
  }

  /** WON/LOST counts and amounts (closed in the period) and WIN_RATE(_BY_AMOUNT), by name. */
  async partnerWinLoss(viewer: Viewer, range: DateRange): Promise<PartnerWinLossRow[]> {
    const params = new Params();
    const rows: (PartnerColumns & {
      won_count: number;
      won_amount: string;
      lost_count: number;
      lost_amount: string;
    })[] = await this.ctx.db.query(
      `WITH ${partnersCte(params, viewer)},
       c AS (
         SELECT op.partner_id,
                count(*) FILTER (WHERE op.stage = 'CLOSED_WON') AS won_count,
                sum(op.amount) FILTER (WHERE op.stage = 'CLOSED_WON') AS won_amount,
                count(*) FILTER (WHERE op.stage = 'CLOSED_LOST') AS lost_count,
                sum(op.amount) FILTER (WHERE op.stage = 'CLOSED_LOST') AS lost_amount
           FROM opportunities op
          WHERE op.partner_id IN (SELECT id FROM p)
            AND op.stage IN ('CLOSED_WON', 'CLOSED_LOST')
            AND ${closedIn(params, range)}
          GROUP BY op.partner_id)
       SELECT ${PARTNER_SELECT},
              coalesce(c.won_count, 0)::int AS won_count,
              round(coalesce(c.won_amount, 0), 2)::text AS won_amount,
              coalesce(c.lost_count, 0)::int AS lost_count,
              round(coalesce(c.lost_amount, 0), 2)::text AS lost_amount
         FROM p LEFT JOIN c ON c.partner_id = p.id
        ORDER BY p.name, p.id`,
      params.values,
    );
    return rows.map((row) => ({
      partner: partnerOf(row),
      wonCount: row.won_count,
      wonAmount: row.won_amount,
      lostCount: row.lost_count,
      lostAmount: row.lost_amount,
      winRate: winRate(row.won_count, row.lost_count),
      winRateByAmount: winRateByAmount(row.won_amount, row.lost_amount),
    }));
  }
}
