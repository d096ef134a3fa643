import { centsToMoney, toCents } from "./money";

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
  | "QUOTA_ATTAINMENT";

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
