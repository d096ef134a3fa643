import {
  OPEN_STAGES,
  amountToClose,
  pipelineTrendPoints,
  quotaAttainment,
  type DateRange,
  type LossReason,
} from "@prm/domain";
import type { Context } from "../../context";
import type { Viewer } from "../../auth/viewer";
import { sqlIn } from "../../database/sql";
import { USER_COLUMNS, toUserType, type UserRow } from "../users/user.rows";
import type { UserType } from "../users/user.types";
import {
  FigureSql,
  MetricParams,
  closedFiguresOf,
  closedIn,
  expectedIn,
  quotaWithin,
  stagesOf,
  type ClosedColumns,
  type StageFigures,
} from "./metrics.sql";
import type {
  PipelinePoint,
  SalesPipeline,
  SalesQuota,
  SalesScopeKind,
  SalesWinLoss,
} from "./sales-metrics.types";

/** Whose opportunities a partner user's sales figures count, for one period. */
export interface SalesScope {
  kind: SalesScopeKind;
  viewer: Viewer;
  range: DateRange;
  /** The one person counted (SELF, SELLER); null for TEAM and ORGANIZATION. */
  sellerId: string | null;
}

const SCOPE_OF_ROLE = {
  PARTNER_SELLER: "SELF",
  PARTNER_SALES_MANAGER: "TEAM",
  PARTNER_SALES_OPS: "ORGANIZATION",
} as const satisfies Partial<Record<Viewer["role"], SalesScopeKind>>;

/**
 * The partner roles' sales figures (METRICS in the domain package) over a SalesScope, each one
 * statement built from the same FigureSql as the channel manager's partner figures: the
 * organization's figures are its partner figures (one truth, two views), a team's the sum of its
 * members' per-seller figures (as teamPerformance lists them).
 */
export class SalesMetricsService {
  constructor(private readonly ctx: Context) {}

  /**
   * The viewer's scope, or one person of their team (null when `sellerId` is not someone the
   * viewer sees — the caller answers NOT_FOUND). One statement when a person is asked for.
   */
  async scope(
    viewer: Viewer,
    range: DateRange,
    sellerId: string | null,
  ): Promise<{ scope: SalesScope; seller: UserType | null } | null> {
    if (sellerId === null) {
      const kind = SCOPE_OF_ROLE[viewer.role as keyof typeof SCOPE_OF_ROLE];
      const self = kind === "SELF" ? viewer.userId : null;
      return { scope: { kind, viewer, range, sellerId: self }, seller: null };
    }
    const params = new MetricParams();
    const rows: UserRow[] = await this.ctx.db.query(
      `SELECT ${USER_COLUMNS} FROM users u
        WHERE u.id = ${params.bind(sellerId)}::uuid AND ${params.visibleTeamMembers(viewer, "u")}`,
      params.values,
    );
    const row = rows[0];
    if (!row) return null;
    return { scope: { kind: "SELLER", viewer, range, sellerId }, seller: toUserType(row) };
  }

  /** OPEN_AMOUNT, WEIGHTED_AMOUNT and OPEN_COUNT, in total and by open stage. */
  async pipeline(scope: SalesScope): Promise<SalesPipeline> {
    const params = new MetricParams();
    const figures = this.figures(params, scope);
    const rows: { amount: string; weighted: string; count: number; stages: StageFigures }[] =
      await this.ctx.db.query(
        `WITH ${figures.openCtes()},
              by_stage AS (SELECT stage, sum(amount) AS amount, sum(weighted) AS weighted,
                                  sum(count) AS count
                             FROM ${figures.open} GROUP BY stage)
         SELECT round(coalesce(sum(amount), 0), 2)::text AS amount,
                round(coalesce(sum(weighted), 0), 2)::text AS weighted,
                coalesce(sum(count), 0)::int AS count,
                json_object_agg(stage, json_build_object(
                  'amount', round(amount, 2)::text,
                  'weightedAmount', round(weighted, 2)::text,
                  'count', count)) FILTER (WHERE stage IS NOT NULL) AS stages
           FROM by_stage`,
        params.values,
      );
    const row = rows[0]!;
    return {
      openAmount: row.amount,
      weightedAmount: row.weighted,
      openCount: row.count,
      byStage: stagesOf(row.stages),
    };
  }

  /** WON/LOST counts and amounts, win rates, and LOSS_REASONS. */
  async winLoss(scope: SalesScope): Promise<SalesWinLoss> {
    const params = new MetricParams();
    const figures = this.figures(params, scope);
    const rows: (ClosedColumns & {
      loss_reasons: { reason: LossReason; count: number; amount: string }[];
    })[] = await this.ctx.db.query(
      `WITH ${figures.closedCte(false)},
            lost AS (
              SELECT op.loss_reason AS reason, count(*)::int AS count,
                     round(sum(op.amount), 2) AS amount
                FROM opportunities op
               WHERE ${figures.owns("op")} AND op.stage = 'CLOSED_LOST'
                 AND ${closedIn(params, scope.range, "op")}
               GROUP BY op.loss_reason)
       SELECT coalesce(sum(won_count), 0)::int AS won_count,
              round(coalesce(sum(won_amount), 0), 2)::text AS won_amount,
              coalesce(sum(lost_count), 0)::int AS lost_count,
              round(coalesce(sum(lost_amount), 0), 2)::text AS lost_amount,
              (SELECT coalesce(json_agg(json_build_object(
                        'reason', reason, 'count', count, 'amount', amount::text)
                        ORDER BY amount DESC, reason), '[]')
                 FROM lost) AS loss_reasons
         FROM ${figures.closed}`,
      params.values,
    );
    const row = rows[0]!;
    return { ...closedFiguresOf(row), lossReasons: row.loss_reasons };
  }

  /** QUOTA_AMOUNT, QUOTA_ATTAINMENT and AMOUNT_TO_CLOSE; the sellers' quotas beside. */
  async quota(scope: SalesScope): Promise<SalesQuota> {
    const params = new MetricParams();
    const figures = this.figures(params, scope);
    const sellersQuota =
      scope.kind === "ORGANIZATION"
        ? `(SELECT round(sum(q.amount), 2)::text FROM quotas q
             WHERE q.organization_id = ${params.bind(scope.viewer.organizationId)}::uuid
               AND q.user_id IS NOT NULL AND ${quotaWithin(params, scope.range, "q")})`
        : "quota_amount";
    const rows: {
      quota_amount: string | null;
      won_amount: string;
      sellers_quota: string | null;
    }[] = await this.ctx.db.query(
      `WITH ${figures.quotaCte()}, ${figures.closedCte()},
              totals AS (
                SELECT (SELECT round(sum(amount), 2)::text FROM ${figures.quota}) AS quota_amount,
                       (SELECT round(coalesce(sum(quota_won_amount), 0), 2)::text
                          FROM ${figures.closed}) AS won_amount)
         SELECT quota_amount, won_amount, ${sellersQuota} AS sellers_quota FROM totals`,
      params.values,
    );
    const row = rows[0]!;
    return {
      quotaAmount: row.quota_amount,
      wonAmount: row.won_amount,
      attainment: quotaAttainment(row.won_amount, row.quota_amount),
      amountToClose: amountToClose(row.quota_amount, row.won_amount),
      sellersQuotaAmount: row.sellers_quota,
    };
  }

  /**
   * PIPELINE_TREND: at each of pipelineTrendPoints, the open opportunities expected to close in
   * the period whose stage then (their last stage change up to it) was open. Each span carries
   * its opportunity's amount: joined back to the opportunities after the window, the planner
   * (expecting one row under row-level security) compared every span with every opportunity.
   * The opportunities are materialized, so the planner does not start parallel workers for them.
   */
  async trend(scope: SalesScope, now = new Date()): Promise<PipelinePoint[]> {
    const points = pipelineTrendPoints(scope.range, now);
    if (points.length === 0) return [];
    const params = new MetricParams();
    const figures = this.figures(params, scope);
    const rows: { at: Date; open_amount: string; open_count: number }[] = await this.ctx.db.query(
      `WITH points AS (
                SELECT unnest(${params.bind(points.map((p) => p.toISOString()))}::timestamptz[]) AS at),
              counted AS MATERIALIZED (
                SELECT op.id, op.amount FROM opportunities op
                 WHERE ${figures.owns("op")} AND ${expectedIn(params, scope.range, "op")}),
              spans AS (
                SELECT counted.amount, h.to_stage, h.changed_at AS since,
                       lead(h.changed_at) OVER (
                         PARTITION BY h.opportunity_id ORDER BY h.changed_at, h.id) AS until
                  FROM counted JOIN opportunity_stage_changes h ON h.opportunity_id = counted.id)
         SELECT points.at, round(coalesce(sum(spans.amount), 0), 2)::text AS open_amount,
                count(spans.since)::int AS open_count
           FROM points
           LEFT JOIN spans ON spans.since <= points.at
                          AND (spans.until IS NULL OR spans.until > points.at)
                          AND spans.to_stage IN (${sqlIn(OPEN_STAGES)})
          GROUP BY points.at
          ORDER BY points.at`,
      params.values,
    );
    return rows.map((row) => ({
      at: new Date(row.at),
      openAmount: row.open_amount,
      openCount: row.open_count,
    }));
  }

  /**
   * The figures of a scope: the organization's are its partner figures; a team's its members'
   * (visibleTeamMembersSql); one person's their own.
   */
  private figures(params: MetricParams, scope: SalesScope): FigureSql {
    const { viewer, range } = scope;
    switch (scope.kind) {
      case "ORGANIZATION":
        return new FigureSql(params, {
          owner: "partner",
          ids: `SELECT ${params.bind(viewer.organizationId)}::uuid`,
          range,
        });
      case "TEAM":
        return new FigureSql(params, {
          owner: "seller",
          ids: `SELECT u.id FROM users u WHERE ${params.visibleTeamMembers(viewer, "u")}`,
          range,
        });
      case "SELF":
      case "SELLER":
        return new FigureSql(params, {
          owner: "seller",
          ids: `SELECT ${params.bind(scope.sellerId)}::uuid`,
          range,
        });
    }
  }
}
