import fs from "node:fs";
import path from "node:path";
import { summarize, type Latency } from "../stats";
import { ok, type Sample } from "./load";

/** A stretch of a drill's time axis (ms); samples belong to it by when their answer came. */
export interface Span {
  name: string;
  from: number;
  to: number;
}

export interface Tally {
  span: string;
  requests: number;
  ok: number;
  /** Failed requests by kind ("503 SERVICE_UNAVAILABLE", "ECONNREFUSED", "timeout", …). */
  errors: Record<string, number>;
  /** Of the answered-ok requests. */
  latency: Latency | null;
  /** The longest a failed request took to fail (ms): a hang shows here. */
  slowestErrorMs: number | null;
  /** Retry-After values the failures carried. */
  retryAfter: string[];
}

export const within = (samples: readonly Sample[], span: Span) =>
  samples.filter((s) => s.end >= span.from && s.end < span.to);

export function tally(samples: readonly Sample[], span: Span): Tally {
  const mine = within(samples, span);
  const failed = mine.filter((s) => !ok(s));
  const errors: Record<string, number> = {};
  for (const s of failed) errors[s.kind] = (errors[s.kind] ?? 0) + 1;
  const good = mine.filter(ok).map((s) => s.end - s.start);
  return {
    span: span.name,
    requests: mine.length,
    ok: good.length,
    errors,
    latency: good.length > 0 ? summarize(good) : null,
    slowestErrorMs:
      failed.length > 0 ? round(Math.max(...failed.map((s) => s.end - s.start))) : null,
    retryAfter: [...new Set(failed.map((s) => s.retryAfter).filter((v): v is string => !!v))],
  };
}

export const round = (ms: number) => Math.round(ms);
export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export function printTallies(tallies: readonly Tally[]): void {
  console.log(
    `  ${"span".padEnd(26)} ${"requests".padStart(8)} ${"ok".padStart(7)}  ` +
      `${"ok p50 / p95 / p99 ms".padEnd(24)} ${"slowest error".padEnd(14)} errors by kind`,
  );
  for (const t of tallies) {
    const latency = t.latency
      ? `${t.latency.p50.toFixed(1)} / ${t.latency.p95.toFixed(1)} / ${t.latency.p99.toFixed(1)}`
      : "–";
    const errors = Object.entries(t.errors)
      .sort((a, b) => b[1] - a[1])
      .map(([kind, n]) => `${n} × ${kind}`)
      .join(", ");
    const retry = t.retryAfter.length > 0 ? ` (Retry-After: ${t.retryAfter.join(", ")})` : "";
    console.log(
      `  ${t.span.padEnd(26)} ${String(t.requests).padStart(8)} ${String(t.ok).padStart(7)}  ` +
        `${latency.padEnd(24)} ${(t.slowestErrorMs === null ? "–" : `${t.slowestErrorMs} ms`).padEnd(14)} ` +
        `${errors || "none"}${retry}`,
    );
  }
}

/** One target of the issue and whether the run met it. */
export interface Check {
  target: string;
  figure: string;
  pass: boolean;
}

export function printChecks(checks: readonly Check[]): void {
  console.log("\nTargets");
  for (const c of checks) console.log(`  ${c.pass ? "PASS" : "FAIL"}  ${c.target}: ${c.figure}`);
}

/** The run's figures as JSON under bench/results (git-ignored), for the closing note. */
export function writeFigures(drill: string, figures: unknown): string {
  const dir = path.resolve(__dirname, "../../results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(
    dir,
    `faults-${drill}-${new Date().toISOString().replace(/[:.]/g, "-")}.json`,
  );
  fs.writeFileSync(file, JSON.stringify(figures, null, 2));
  return file;
}

/** Readiness answers within a span, by status. */
export function readinessWithin(
  samples: readonly { at: number; status: number | string }[],
  span: Span,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of samples) {
    if (s.at >= span.from && s.at < span.to) counts[s.status] = (counts[s.status] ?? 0) + 1;
  }
  return counts;
}

export const describeCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([k, n]) => `${n} × ${k}`)
    .join(", ") || "none";

/** Acknowledged writes against the rows found: none lost is the target. */
export function writeChecks(
  acknowledged: number,
  counted: { found: number; marked: number },
): Check {
  const lost = acknowledged - counted.found;
  return {
    target: "no acknowledged write lost",
    figure:
      `${acknowledged} acknowledged, ${counted.found} of them found (${lost} lost); ` +
      `${counted.marked - counted.found} unacknowledged writes committed all the same`,
    pass: lost === 0,
  };
}
