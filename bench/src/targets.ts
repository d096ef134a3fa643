import type { OperationResult } from "./measure";

/** The targets. */
export const TARGETS = {
  /** The channel manager's dashboard widgets (40 partners). */
  widgetP95Ms: 50,
  widgetRatio: 1.5,
  /** Every metric operation as the vendor admin (all 2,000 partners). */
  adminP95Ms: 250,
  /** Statements of a metric operation, besides the session lookup every request makes. */
  maxStatements: 3,
  /** PRM's `me` requests/s over a bare Apollo Server's. */
  meThroughputRatio: 0.6,
} as const;

export interface TargetCheck {
  target: string;
  met: boolean;
}

export type MeasuredOperation = Extract<OperationResult, { available: true }>;

export function operationStatements(result: MeasuredOperation): number {
  return result.statements.filter((s) => !s.auth).length;
}

export function operationChecks(result: MeasuredOperation): TargetCheck[] {
  const checks: TargetCheck[] = [
    {
      target: `≤${TARGETS.maxStatements} stmts`,
      met: operationStatements(result) <= TARGETS.maxStatements,
    },
  ];
  if (result.role === "cm" && result.widget) {
    checks.push(
      { target: `p95≤${TARGETS.widgetP95Ms}`, met: result.api.p95 <= TARGETS.widgetP95Ms },
      { target: `ratio≤${TARGETS.widgetRatio}`, met: result.ratio <= TARGETS.widgetRatio },
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
