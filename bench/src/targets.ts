import type { OperationResult } from "./measure";

/** The targets. */
export const TARGETS = {
  /** The channel manager's dashboard widgets (40 partners). */
  widgetP95Ms: 50,
  widgetRatio: 1.5,
  /** API p50 − SQL floor p50 of a channel manager's widget: the request path outside SQL (issue 15). */
  widgetOverheadMs: 1.0,
  /** Every metric operation as the vendor admin (all 2,000 partners; issue 15); others have their own. */
  adminP95Ms: 100,
  /** Statements of a metric operation, besides the session lookup every request makes. */
  maxStatements: 3,
  /** Row-level security's cost on every operation's API p50 (issue 14). */
  maxRlsCost: 0.1,
  /** PRM's `me` requests/s over a bare Apollo Server's. */
  meThroughputRatio: 0.6,
} as const;

export interface TargetCheck {
  target: string;
  met: boolean;
}

export type MeasuredOperation = Extract<OperationResult, { available: true }>;

export function operationStatements(result: MeasuredOperation): number {
  return result.statements.filter((s) => !s.auth && !s.bookkeeping).length;
}

export function operationChecks(result: MeasuredOperation): TargetCheck[] {
  const maxStatements = result.maxStatements ?? TARGETS.maxStatements;
  const checks: TargetCheck[] = [
    { target: `≤${maxStatements} stmts`, met: operationStatements(result) <= maxStatements },
    {
      target: `RLS≤${TARGETS.maxRlsCost * 100}%`,
      met: result.rlsCost <= TARGETS.maxRlsCost,
    },
  ];
  if (result.maxResponseKb !== undefined) {
    checks.push({
      target: `≤${result.maxResponseKb} KB`,
      met: result.responseBytes <= result.maxResponseKb * 1024,
    });
  }
  if (result.targetP95Ms !== undefined) {
    checks.push({
      target: `p95≤${result.targetP95Ms}`,
      met: result.api.p95 <= result.targetP95Ms,
    });
    return checks;
  }
  if (result.role === "cm" && result.widget) {
    checks.push(
      { target: `p95≤${TARGETS.widgetP95Ms}`, met: result.api.p95 <= TARGETS.widgetP95Ms },
      { target: `ratio≤${TARGETS.widgetRatio}`, met: result.ratio <= TARGETS.widgetRatio },
      {
        target: `API−SQL≤${TARGETS.widgetOverheadMs}ms`,
        met: result.api.p50 - result.sql.p50 <= TARGETS.widgetOverheadMs,
      },
    );
  }
  if (result.role === "admin") {
    checks.push({
      target: `p95≤${TARGETS.adminP95Ms}`,
      met: result.api.p95 <= TARGETS.adminP95Ms,
    });
  }
  return checks;
}

export function throughputCheck(ratio: number): TargetCheck {
  return {
    target: `ratio≥${TARGETS.meThroughputRatio}`,
    met: ratio >= TARGETS.meThroughputRatio,
  };
}
