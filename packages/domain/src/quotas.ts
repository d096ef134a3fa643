import { isMoneyString, parseMoneyInput } from "./money";
import { isVendorRole, type Role } from "./roles";

/**
 * Quotas: a sales target for a partner organization or one seller, over one calendar month,
 * quarter or year (UTC). Two quotas of the same target never overlap, so a quota's attainment is
 * QUOTA_ATTAINMENT (metrics.ts) over its own period.
 */

export const QUOTA_PERIOD_KINDS = ["MONTH", "QUARTER", "YEAR"] as const;
export type QuotaPeriodKind = (typeof QUOTA_PERIOD_KINDS)[number];

export const QUOTA_PERIOD_KIND_LABELS: Readonly<Record<QuotaPeriodKind, string>> = {
  MONTH: "Month",
  QUARTER: "Quarter",
  YEAR: "Year",
};

const MONTHS: Readonly<Record<QuotaPeriodKind, number>> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

/** Whose target a quota is: a whole partner organization's, or one seller's. */
export const QUOTA_TARGET_KINDS = ["PARTNER", "SELLER"] as const;
export type QuotaTargetKind = (typeof QUOTA_TARGET_KINDS)[number];

/**
 * Which quotas a role sets (product decision): the vendor side a partner organization's (its
 * channel manager, the vendor admin), the partner side its sellers' (their sales manager, the
 * organization's sales operations). Which partners and sellers exactly is the API's scoping.
 */
export function quotaTargetsOf(role: Role): readonly QuotaTargetKind[] {
  if (isVendorRole(role)) return ["PARTNER"];
  return role === "PARTNER_SELLER" ? [] : ["SELLER"];
}

/** A calendar period: `start` is its first day, `end` the day after its last (half-open). */
export interface QuotaPeriod {
  kind: QuotaPeriodKind;
  /** YYYY-MM-DD */
  start: string;
  /** YYYY-MM-DD, excluded. */
  end: string;
}

export const QUOTA_FIRST_YEAR = 2000;
export const QUOTA_LAST_YEAR = 2100;

export class QuotaPeriodError extends Error {
  override readonly name = "QuotaPeriodError";
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

function periodAt(kind: QuotaPeriodKind, year: number, month: number): QuotaPeriod {
  return {
    kind,
    start: isoDay(new Date(Date.UTC(year, month, 1))),
    end: isoDay(new Date(Date.UTC(year, month + MONTHS[kind], 1))),
  };
}

const START_RULE: Readonly<Record<QuotaPeriodKind, string>> = {
  MONTH: "A month starts on its first day.",
  QUARTER: "A quarter starts on 1 January, 1 April, 1 July or 1 October.",
  YEAR: "A year starts on 1 January.",
};

/** The period of `kind` starting on `start` (YYYY-MM-DD), or QuotaPeriodError. */
export function quotaPeriod(kind: QuotaPeriodKind, start: string): QuotaPeriod {
  const match = ISO_DATE.exec(start);
  const date = new Date(`${start}T00:00:00Z`);
  if (!match || Number.isNaN(date.getTime()) || isoDay(date) !== start) {
    throw new QuotaPeriodError(`"${start}" is not a date (YYYY-MM-DD).`);
  }
  const year = date.getUTCFullYear();
  if (year < QUOTA_FIRST_YEAR || year > QUOTA_LAST_YEAR) {
    throw new QuotaPeriodError(
      `Choose a period between ${QUOTA_FIRST_YEAR} and ${QUOTA_LAST_YEAR}.`,
    );
  }
  if (date.getUTCDate() !== 1 || date.getUTCMonth() % MONTHS[kind] !== 0) {
    throw new QuotaPeriodError(START_RULE[kind]);
  }
  return periodAt(kind, year, date.getUTCMonth());
}

/** The period of `kind` that contains `date` (UTC). */
export function quotaPeriodContaining(kind: QuotaPeriodKind, date: Date): QuotaPeriod {
  const month = date.getUTCMonth();
  return periodAt(kind, date.getUTCFullYear(), month - (month % MONTHS[kind]));
}

/** The period `steps` periods after (before, if negative) `period`. */
export function shiftQuotaPeriod(period: QuotaPeriod, steps: number): QuotaPeriod {
  const start = new Date(`${period.start}T00:00:00Z`);
  return periodAt(
    period.kind,
    start.getUTCFullYear(),
    start.getUTCMonth() + steps * MONTHS[period.kind],
  );
}

/** The kind of the calendar period [start, end), or null when it is not a month, quarter or year. */
export function quotaPeriodKindOf(start: string, end: string): QuotaPeriodKind | null {
  return (
    QUOTA_PERIOD_KINDS.find((kind) => {
      try {
        return quotaPeriod(kind, start).end === end;
      } catch {
        return false;
      }
    }) ?? null
  );
}

/** The period's last day (YYYY-MM-DD). */
export function quotaPeriodLastDay(period: Pick<QuotaPeriod, "end">): string {
  return isoDay(new Date(Date.parse(`${period.end}T00:00:00Z`) - 86_400_000));
}

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "March 2026", "Q1 2026", "2026". */
export function quotaPeriodLabel(period: Pick<QuotaPeriod, "kind" | "start">): string {
  const [year, month] = period.start.split("-").map(Number) as [number, number];
  switch (period.kind) {
    case "MONTH":
      return `${MONTH_NAMES[month - 1]} ${year}`;
    case "QUARTER":
      return `Q${Math.floor((month - 1) / 3) + 1} ${year}`;
    case "YEAR":
      return String(year);
  }
}

/** A quota amount as typed ("$25,000") normalized to a decimal string, or why it is not one. */
export function checkQuotaAmount(
  amount: string,
): { ok: true; amount: string } | { ok: false; message: string } {
  const normalized = isMoneyString(amount) ? amount : parseMoneyInput(amount);
  if (normalized === null) {
    return {
      ok: false,
      message: "Enter the quota as an amount of at least 0, e.g. 25000 or 25000.50.",
    };
  }
  return { ok: true, amount: normalized };
}

/** The refusal of a quota that would overlap others of the same target, naming their periods. */
export function quotaOverlapMessage(
  existing: readonly Pick<QuotaPeriod, "kind" | "start">[],
): string {
  const labels = existing.map(quotaPeriodLabel);
  const named =
    labels.length <= 1
      ? `a quota for ${labels[0] ?? "that period"}, which overlaps`
      : `quotas for ${labels.slice(0, -1).join(", ")} and ${labels.at(-1)}, which overlap`;
  const them = labels.length <= 1 ? "that quota" : "those quotas";
  return `This target already has ${named} that period. Change or delete ${them} instead.`;
}
