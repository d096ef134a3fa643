import type { OperationResult } from "./measure";
import {
  TARGETS,
  operationChecks,
  operationStatements,
  throughputCheck,
  type MeasuredOperation,
  type TargetCheck,
} from "./targets";
import type { ThroughputFigures } from "./throughput";

const ROLE_LABELS = {
  seller: "seller",
  manager: "sales manager",
  ops: "sales operations",
  cm: "channel manager",
  admin: "vendor admin",
} as const;

/** Columns whose header starts with one of these are right-aligned. */
const NUMERIC = /^(KB|API|SQL|ratio|req|latency|RLS)/;

export function formatTable(headers: readonly string[], rows: readonly string[][]): string {
  const widths = headers.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) =>
        NUMERIC.test(headers[c] ?? "")
          ? cell.padStart(widths[c] ?? 0)
          : cell.padEnd(widths[c] ?? 0),
      )
      .join("  ")
      .trimEnd();
  return [line(headers), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

const ms = (value: number) => value.toFixed(1);
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const mark = (checks: readonly TargetCheck[]) =>
  checks.map((c) => `${c.met ? "✓" : "✗"} ${c.target}`).join("  ");

export function operationsLegend(period: string): string {
  return [
    `Operations (metrics over period ${period}). Times in ms, one request in flight. KB: response size.`,
    "API's SQL: the time the API waited on its statements. SQL: the floor, the same statements",
    "replayed in order over one plain pg connection. ratio = API p50 / SQL p50. statements:",
    "the operation's own, plus the session lookup (auth) and the request transaction's begin,",
    "viewer and commit (tx); the statements target counts the operation's own. API p50 no RLS:",
    "the same requests, alternating, to a second API on the same database with row-level",
    `security off; RLS cost = API p50 / that − 1 (issue 14: ≤ ${TARGETS.maxRlsCost * 100}%), and the`,
    "interval sampling alone could have moved it across (95 %, resampling the request pairs).",
    `Targets: channel manager widgets p95 ≤ ${TARGETS.widgetP95Ms} ms, ratio ≤ ` +
      `${TARGETS.widgetRatio} and API p50 − SQL p50 ≤ ${TARGETS.widgetOverheadMs} ms (issue 15); ` +
      `vendor admin p95 ≤ ${TARGETS.adminP95Ms} ms (issue 15); ` +
      `≤ ${TARGETS.maxStatements} statements per operation; operations with their own p95 target ` +
      "show it (the opportunity list and board: issue 10; the partner dashboards' widgets: issue 11,",
    "p95 ≤ 30 ms for a seller and a sales manager, ≤ 60 ms for the largest partner's sales",
    "operations, ≤ 2 statements); the vendor admin's pipelineByPartner (issue 11: 4) and",
    "partnerWinLoss answers ≤ 20 KB.",
  ].join("\n");
}

export function operationsTable(results: readonly OperationResult[]): string {
  const headers = [
    "operation",
    "role",
    "statements",
    "KB",
    "API p50",
    "API p50 no RLS",
    "RLS cost",
    "RLS 95% interval",
    "API p95",
    "API p99",
    "API mean",
    "API's SQL p50",
    "SQL p50",
    "SQL p95",
    "ratio",
    "targets",
  ];
  const rows = results.map((r) => {
    const head = [r.operation, ROLE_LABELS[r.role]];
    if (!r.available) return [...head, "not available", ...headers.slice(4).map(() => "")];
    const auth = r.statements.filter((s) => s.auth).length;
    const bookkeeping = r.statements.filter((s) => s.bookkeeping).length;
    return [
      ...head,
      `${operationStatements(r)} (+${auth} auth, +${bookkeeping} tx)`,
      (r.responseBytes / 1024).toFixed(1),
      ms(r.api.p50),
      ms(r.apiWithoutRls.p50),
      percent(r.rlsCost),
      r.rlsCostInterval.map(percent).join(" … "),
      ms(r.api.p95),
      ms(r.api.p99),
      ms(r.api.mean),
      ms(r.apiSql.p50),
      ms(r.sql.p50),
      ms(r.sql.p95),
      r.ratio.toFixed(2),
      mark(operationChecks(r)),
    ];
  });
  return formatTable(headers, rows);
}

/** Statements often share their opening CTE: the end tells them apart better. */
const oneLine = (sql: string, head: number, tail: number) => {
  const flat = sql.replace(/\s+/g, " ").trim();
  return flat.length > head + tail + 3 ? `${flat.slice(0, head)} … ${flat.slice(-tail)}` : flat;
};

/** Each measured operation's statements, slowest first (median time of each alone). */
export function statementsReport(results: readonly OperationResult[]): string {
  const measured = results.filter((r): r is MeasuredOperation => r.available);
  return measured
    .map((r) => {
      const lines = [...r.statements]
        .sort((a, b) => b.p50 - a.p50)
        .map(
          (s) =>
            `    ${ms(s.p50).padStart(7)} ms  ${s.auth ? "[auth] " : s.bookkeeping ? "[tx] " : ""}${oneLine(s.sql, 45, 70)}`,
        );
      return [`  ${r.operation} — ${ROLE_LABELS[r.role]}`, ...lines].join("\n");
    })
    .join("\n");
}

export function unavailableReport(results: readonly OperationResult[]): string[] {
  return results.flatMap((r) =>
    r.available ? [] : [`  ${r.operation} (${ROLE_LABELS[r.role]}): ${r.reason}`],
  );
}

export function throughputTable(
  prm: ThroughputFigures,
  bare: ThroughputFigures,
  ratio: number,
): string {
  const row = (name: string, f: ThroughputFigures) => [
    name,
    f.requestsPerSecond.toFixed(0),
    f.rounds.map((r) => r.toFixed(0)).join(" / "),
    ms(f.latency.mean),
    ms(f.latency.p99),
  ];
  return [
    formatTable(
      ["server", "req/s (best)", "req/s per round", "latency mean", "latency p99"],
      [row("PRM (me as channel manager)", prm), row("bare Apollo Server 5", bare)],
    ),
    "",
    `  ratio PRM / bare: ${ratio.toFixed(2)}   ${mark([throughputCheck(ratio)])}`,
  ].join("\n");
}
