const PERCENT = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 0 });

/** A ratio (1 = 100 %) as "87%"; `fallback` when there is none (nothing closed, no quota). */
export function formatPercent(ratio: number | null | undefined, fallback = "—"): string {
  return ratio == null || !Number.isFinite(ratio) ? fallback : PERCENT.format(ratio);
}
