export const PERIOD_PRESETS = [
  "THIS_MONTH",
  "LAST_MONTH",
  "THIS_QUARTER",
  "LAST_QUARTER",
  "THIS_YEAR",
  "LAST_YEAR",
  "CUSTOM",
] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface PeriodInput {
  preset: PeriodPreset;
  from?: Date | string | null;
  to?: Date | string | null;
}

/** A half-open UTC range [from, to). */
export interface DateRange {
  from: Date;
  to: Date;
}

export const PERIOD_LABELS: Readonly<Record<PeriodPreset, string>> = {
  THIS_MONTH: "This month",
  LAST_MONTH: "Last month",
  THIS_QUARTER: "This quarter",
  LAST_QUARTER: "Last quarter",
  THIS_YEAR: "This year",
  LAST_YEAR: "Last year",
  CUSTOM: "Custom range",
};

export const MAX_CUSTOM_PERIOD_YEARS = 5;

export type PeriodErrorField = "from" | "to" | "preset";

export class PeriodError extends Error {
  override readonly name = "PeriodError";

  constructor(
    readonly field: PeriodErrorField,
    message: string,
  ) {
    super(message);
  }
}

export function isPeriodPreset(value: unknown): value is PeriodPreset {
  return (PERIOD_PRESETS as readonly unknown[]).includes(value);
}

function utcRange(year: number, month: number, months: number): DateRange {
  return {
    from: new Date(Date.UTC(year, month, 1)),
    to: new Date(Date.UTC(year, month + months, 1)),
  };
}

/** The calendar quarter (Jan/Apr/Jul/Oct, UTC) containing `date`. */
export function quarterOf(date: Date): DateRange {
  const firstMonth = date.getUTCMonth() - (date.getUTCMonth() % 3);
  return utcRange(date.getUTCFullYear(), firstMonth, 3);
}

/** The last `n` quarters up to and including the one containing `now`, oldest first. */
export function lastNQuarters(n: number, now: Date = new Date()): DateRange[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Invalid number of quarters: ${n}`);
  const { from } = quarterOf(now);
  return Array.from({ length: n }, (_, i) =>
    utcRange(from.getUTCFullYear(), from.getUTCMonth() - 3 * (n - 1 - i), 3),
  );
}

export function inPeriod(date: Date, range: DateRange): boolean {
  return date.getTime() >= range.from.getTime() && date.getTime() < range.to.getTime();
}

const ISO_BOUND =
  /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * A custom bound as an instant. A date without a time is that day's start in UTC, or, for `to`,
 * the next day's start: people read "to 2026-03-31" as including the 31st. A date-time without
 * an offset is taken as UTC.
 */
function parseBound(value: Date | string | null | undefined, field: "from" | "to"): Date {
  if (value === null || value === undefined || value === "") {
    throw new PeriodError(field, `A custom period needs a "${field}" date`);
  }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime()))
      throw new PeriodError(field, `"${field}" is not a valid date`);
    return new Date(value);
  }
  const invalid = () =>
    new PeriodError(field, `"${field}" must be an ISO-8601 date or date-time, got "${value}"`);
  const text = value.trim().toUpperCase();
  const match = ISO_BOUND.exec(text);
  if (!match) throw invalid();
  const [, y, m, d, time, offset] = match;
  const [year, month, day] = [Number(y), Number(m) - 1, Number(d)];
  const dayStart = new Date(Date.UTC(year, month, day));
  // Date.UTC rolls impossible dates such as February 30 over; reject them instead.
  if (
    dayStart.getUTCFullYear() !== year ||
    dayStart.getUTCMonth() !== month ||
    dayStart.getUTCDate() !== day
  ) {
    throw invalid();
  }
  if (!time) return field === "to" ? new Date(Date.UTC(year, month, day + 1)) : dayStart;
  const instant = new Date(offset ? text : `${text}Z`);
  if (Number.isNaN(instant.getTime())) throw invalid();
  return instant;
}

function resolveCustom(input: PeriodInput): DateRange {
  const from = parseBound(input.from, "from");
  const to = parseBound(input.to, "to");
  if (to.getTime() <= from.getTime()) {
    throw new PeriodError("to", `"to" must be after "from"`);
  }
  const limit = new Date(from);
  limit.setUTCFullYear(limit.getUTCFullYear() + MAX_CUSTOM_PERIOD_YEARS);
  if (to.getTime() > limit.getTime()) {
    throw new PeriodError(
      "to",
      `A custom period may span at most ${MAX_CUSTOM_PERIOD_YEARS} years`,
    );
  }
  return { from, to };
}

/** The UTC range a period stands for at `now`. Presets ignore `from`/`to`. */
export function resolvePeriod(input: PeriodInput, now: Date = new Date()): DateRange {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  const quarterMonth = month - (month % 3);
  switch (input.preset) {
    case "THIS_MONTH":
      return utcRange(year, month, 1);
    case "LAST_MONTH":
      return utcRange(year, month - 1, 1);
    case "THIS_QUARTER":
      return utcRange(year, quarterMonth, 3);
    case "LAST_QUARTER":
      return utcRange(year, quarterMonth - 3, 3);
    case "THIS_YEAR":
      return utcRange(year, 0, 12);
    case "LAST_YEAR":
      return utcRange(year - 1, 0, 12);
    case "CUSTOM":
      return resolveCustom(input);
    default:
      throw new PeriodError("preset", `Unknown period preset: ${String(input.preset)}`);
  }
}
