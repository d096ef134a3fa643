import { centsToMoney, toCents } from "./money";
import type { DateRange } from "./periods";

export type MetricName =
  | "WON_AMOUNT"
  | "WON_COUNT"
  | "LOST_AMOUNT"
  | "LOST_COUNT"
  | "OPEN_AMOUNT"
  | "OPEN_COUNT"
  | "WEIGHTED_AMOUNT"
  | "WIN_RATE"
  | "WIN_RATE_BY_AMOUNT"
  | "QUOTA_AMOUNT"
  | "QUOTA_ATTAINMENT"
  | "AMOUNT_TO_CLOSE"
  | "LOSS_REASONS"
  | "PIPELINE_TREND";

export type MetricUnit = "money" | "count" | "ratio";

export interface MetricDefinition {
  label: string;
  description: string;
  unit: MetricUnit;
}

/**
 * The one definition of each figure. "Closed" metrics count opportunities by their close date;
 * pipeline metrics count open opportunities by their expected close date.
 */
export const METRICS: Readonly<Record<MetricName, MetricDefinition>> = {
  WON_AMOUNT: {
    label: "Won amount",
    description: "Sum of amounts of opportunities closed won with close date in the period",
    unit: "money",
  },
  WON_COUNT: {
    label: "Deals won",
    description: "Number of opportunities closed won with close date in the period",
    unit: "count",
  },
  LOST_AMOUNT: {
    label: "Lost amount",
    description: "Sum of amounts of opportunities closed lost with close date in the period",
    unit: "money",
  },
  LOST_COUNT: {
    label: "Deals lost",
    description: "Number of opportunities closed lost with close date in the period",
    unit: "count",
  },
  OPEN_AMOUNT: {
    label: "Pipeline",
    description: "Sum of amounts of open opportunities with expected close date in the period",
    unit: "money",
  },
  OPEN_COUNT: {
    label: "Open opportunities",
    description: "Number of open opportunities with expected close date in the period",
    unit: "count",
  },
  WEIGHTED_AMOUNT: {
    label: "Weighted pipeline",
    description:
      "Sum of amount × stage probability of open opportunities with expected close date in the period",
    unit: "money",
  },
  WIN_RATE: {
    label: "Win rate",
    description:
      "Opportunities won / (won + lost), by count, of opportunities closed in the period; empty when none closed",
    unit: "ratio",
  },
  WIN_RATE_BY_AMOUNT: {
    label: "Win rate by amount",
    description:
      "Won amount / (won amount + lost amount) of opportunities closed in the period; empty when none closed",
    unit: "ratio",
  },
  QUOTA_AMOUNT: {
    label: "Quota",
    description:
      "Sum of the quotas (per partner organization or per seller) whose whole range lies in the period; empty when there are none",
    unit: "money",
  },
  QUOTA_ATTAINMENT: {
    label: "Quota attainment",
    description:
      "Won amount in the quota's period / quota amount: the won amount closed within the ranges of the quotas lying in the period, over their sum; empty when there is no quota",
    unit: "ratio",
  },
  AMOUNT_TO_CLOSE: {
    label: "Still to close",
    description:
      "Quota amount minus the won amount counted in its attainment, never below zero; empty when there is no quota",
    unit: "money",
  },
  LOSS_REASONS: {
    label: "Loss reasons",
    description:
      "Opportunities closed lost with close date in the period, by loss reason: number and amount",
    unit: "money",
  },
  PIPELINE_TREND: {
    label: "Pipeline trend",
    description:
      "Open pipeline expected to close in the period (at today's amounts and expected close dates) as it stood at the end of each week (Monday 00:00 UTC) of the period up to now, and now; an opportunity counts at an instant when its last stage change up to then was to an open stage",
    unit: "money",
  },
};

export const METRIC_NAMES = Object.keys(METRICS) as MetricName[];

/** won / (won + lost), or null when nothing closed. */
export function winRate(won: number, lost: number): number | null {
  return won + lost === 0 ? null : won / (won + lost);
}

/** wonAmount / (wonAmount + lostAmount), or null when nothing closed. */
export function winRateByAmount(
  wonAmount: number | string,
  lostAmount: number | string,
): number | null {
  return winRate(Number(toCents(wonAmount)), Number(toCents(lostAmount)));
}

/** wonAmount / quotaAmount, or null when there is no quota (or it is zero). */
export function quotaAttainment(
  wonAmount: number | string,
  quotaAmount: number | string | null,
): number | null {
  if (quotaAmount === null) return null;
  const quota = toCents(quotaAmount);
  return quota === 0n ? null : Number(toCents(wonAmount)) / Number(quota);
}

/** amount × probability (a percentage, as in STAGE_PROBABILITY), rounded half-up to the cent. */
export function weightedAmount(amount: number | string, probability: number): string {
  if (!Number.isInteger(probability) || probability < 0 || probability > 100) {
    throw new RangeError(`Probability must be an integer percentage, got ${probability}`);
  }
  const product = toCents(amount) * BigInt(probability);
  // bigint division truncates toward zero, so adding half first rounds half away from zero.
  return centsToMoney((product + (product < 0n ? -50n : 50n)) / 100n);
}

/** AMOUNT_TO_CLOSE: quota − won, at least zero; null without a quota. */
export function amountToClose(
  quotaAmount: number | string | null,
  wonAmount: number | string,
): string | null {
  if (quotaAmount === null) return null;
  const rest = toCents(quotaAmount) - toCents(wonAmount);
  return centsToMoney(rest > 0n ? rest : 0n);
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
/** 1970-01-05 was a Monday: week boundaries are this plus whole weeks. */
const FIRST_MONDAY_MS = Date.UTC(1970, 0, 5);

/**
 * PIPELINE_TREND's instants: each week's end (Monday 00:00 UTC) after the period's start up to
 * the earlier of its end and `now`, then that instant itself if it is not a week's end. Empty
 * for a period that has not started.
 */
export function pipelineTrendPoints(range: DateRange, now: Date = new Date()): Date[] {
  const last = Math.min(range.to.getTime(), now.getTime());
  const from = range.from.getTime();
  if (last <= from) return [];
  const points: Date[] = [];
  const weeksToFirst = Math.floor((from - FIRST_MONDAY_MS) / WEEK_MS) + 1;
  for (let t = FIRST_MONDAY_MS + weeksToFirst * WEEK_MS; t <= last; t += WEEK_MS) {
    points.push(new Date(t));
  }
  if (points.at(-1)?.getTime() !== last) points.push(new Date(last));
  return points;
}
