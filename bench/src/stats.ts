/** Latency summary in milliseconds. */
export interface Latency {
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile of ascending values. */
function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return {
    samples: sorted.length,
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    mean: round(sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length),
    min: round(sorted[0] ?? Number.NaN),
    max: round(sorted[sorted.length - 1] ?? Number.NaN),
  };
}

/** Milliseconds `work` took. */
export async function elapsed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/**
 * A 95 % bootstrap interval of p50(a) / p50(b) − 1, where a[i] and b[i] were measured as a pair
 * (one right after the other): resampling pairs, not each list alone, keeps what the two shared
 * (the machine's speed at that moment). Deterministic: the same samples give the same interval.
 */
export function pairedMedianRatioInterval(
  a: readonly number[],
  b: readonly number[],
  resamples = 2000,
): [number, number] {
  const n = Math.min(a.length, b.length);
  if (n === 0) return [Number.NaN, Number.NaN];
  let seed = 0x9e3779b9;
  const random = () => {
    // mulberry32
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const median = (values: number[]) =>
    percentile(
      values.sort((x, y) => x - y),
      50,
    );
  const ratios: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const pickedA: number[] = [];
    const pickedB: number[] = [];
    for (let i = 0; i < n; i++) {
      const pick = Math.floor(random() * n);
      pickedA.push(a[pick]!);
      pickedB.push(b[pick]!);
    }
    ratios.push(median(pickedA) / median(pickedB) - 1);
  }
  ratios.sort((x, y) => x - y);
  return [percentile(ratios, 2.5), percentile(ratios, 97.5)];
}
