import type { DateRange } from "@prm/domain";
import type { Context } from "../../context";
import type { Viewer } from "../../auth/viewer";
import { DealSqlParams } from "./deal.rows";
import type { ApprovalTimeStats } from "./deal.types";

/** The statuses a decision leaves a deal in (a returned deal may be resubmitted later). */
const DECIDED_STATUSES = ["APPROVED", "RETURNED", "REJECTED"] as const;

/**
 * Median and p90 of the calendar hours between submission and decision, over the deals the
 * viewer can see that are in a decided status and were decided in `period` (all time when null).
 * One statement; percentile_cont interpolates linearly, and yields null over no rows.
 *
 * No "over SLA" count here: the SLA is in business days (Mon–Fri, UTC; see the domain's
 * isOverSla), which a calendar interval in SQL cannot express exactly, and an approximation would
 * disagree with the per-deal overSla flag.
 */
export async function approvalTimeStats(
  ctx: Context,
  viewer: Viewer,
  period: DateRange | null,
): Promise<ApprovalTimeStats> {
  const params = new DealSqlParams();
  const where = [
    params.visibleDeals(viewer),
    `d.status = ANY(${params.bind(DECIDED_STATUSES)}::varchar[])`,
    "d.submitted_at IS NOT NULL",
    "d.decided_at IS NOT NULL",
  ];
  if (period) {
    where.push(
      `d.decided_at >= ${params.bind(period.from.toISOString())}::timestamptz`,
      `d.decided_at < ${params.bind(period.to.toISOString())}::timestamptz`,
    );
  }
  const [row]: { decided_count: number; median_hours: number | null; p90_hours: number | null }[] =
    await ctx.db.query(
      `SELECT count(*)::int AS decided_count,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY h.hours) AS median_hours,
              percentile_cont(0.9) WITHIN GROUP (ORDER BY h.hours) AS p90_hours
         FROM (SELECT extract(epoch FROM d.decided_at - d.submitted_at)::float8 / 3600 AS hours
                 FROM deals d WHERE ${where.join(" AND ")}) h`,
      params.values,
    );
  if (!row) throw new Error("An aggregate without GROUP BY returned no row");
  return {
    decidedCount: row.decided_count,
    medianHours: row.median_hours === null ? null : Number(row.median_hours),
    p90Hours: row.p90_hours === null ? null : Number(row.p90_hours),
  };
}
