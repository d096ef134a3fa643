const DAY_MS = 24 * 3600 * 1000;

/**
 * A period's first and last days ("2026-01-01", "2026-03-31") from its first instant and its end
 * (excluded), as salesMetrics answers them: the dates a list filtered on close dates takes.
 */
export function periodDays(from: string, to: string): { first: string; last: string } {
  return {
    first: new Date(from).toISOString().slice(0, 10),
    last: new Date(new Date(to).getTime() - DAY_MS).toISOString().slice(0, 10),
  };
}
