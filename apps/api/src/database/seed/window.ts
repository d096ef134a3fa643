import { lastNQuarters, type DateRange } from "@prm/domain";

/** The four complete quarters before the current one, plus the current one so far. */
export const SEED_QUARTERS = 5;

/** The span seeded activity covers, anchored to `now` so the data never goes stale. */
export interface SeedWindow {
  now: Date;
  /** Start of the oldest seeded quarter. */
  from: Date;
  /** The seeded quarters (half-open UTC ranges), oldest first; quotas are set for each. */
  quarters: DateRange[];
}

export function seedWindow(now: Date): SeedWindow {
  const quarters = lastNQuarters(SEED_QUARTERS, now);
  return { now, from: quarters[0]?.from ?? now, quarters };
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** "2026-10-01" for a date at UTC midnight. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
