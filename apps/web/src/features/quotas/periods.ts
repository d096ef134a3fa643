import {
  quotaPeriodContaining,
  quotaPeriodLabel,
  quotaPeriodLastDay,
  shiftQuotaPeriod,
  type QuotaPeriod,
  type QuotaPeriodKind,
} from "@prm/domain";

/** How far back and ahead each kind of period is offered. */
const RANGE: Readonly<Record<QuotaPeriodKind, { back: number; ahead: number }>> = {
  MONTH: { back: 12, ahead: 12 },
  QUARTER: { back: 8, ahead: 6 },
  YEAR: { back: 3, ahead: 3 },
};

export interface PeriodOption {
  period: QuotaPeriod;
  label: string;
}

/** The periods of `kind` people may pick, oldest first, around the one containing `now`. */
export function periodOptions(kind: QuotaPeriodKind, now: Date = new Date()): PeriodOption[] {
  const current = quotaPeriodContaining(kind, now);
  const { back, ahead } = RANGE[kind];
  return Array.from({ length: back + ahead + 1 }, (_, i) => {
    const period = shiftQuotaPeriod(current, i - back);
    const label = quotaPeriodLabel(period);
    return { period, label: i === back ? `${label} (current)` : label };
  });
}

/** A period as the API's CUSTOM period filter: from its first to its last day. */
export function periodFilter(period: QuotaPeriod) {
  return { preset: "CUSTOM" as const, from: period.start, to: quotaPeriodLastDay(period) };
}
