import { formatMoney, isOpenStage, STAGE_LABELS } from "@prm/domain";
import { formatCount } from "../../app/format/count";
import { formatAmount } from "../../app/format/money";
import { stageOpportunitiesPath, usePortalBase } from "../../app/routing/record-paths";
import { widgetPeriodLabel } from "../../app/widget-contract/period";
import type { WidgetViewProps } from "../../app/widget-contract/types";
import { WidgetEmpty, widgetQueryFallback } from "../../app/widget-contract/WidgetStates";
import { ChartLegend } from "../partner-charts/ChartLegend";
import { ChartLayout, ChartSummary } from "../partner-charts/ChartSummary";
import { AMOUNT_COLORS } from "./chart-colors";
import { SalesPipelineDocument } from "./documents";
import { FigureBars, type FigureBar } from "./FigureBars";
import { periodDays } from "./period-dates";
import { useSalesMetrics } from "./useSalesMetrics";

const compactMoney = (value: string) => formatMoney(value, { compact: true });
const opportunities = (count: number) =>
  formatCount(count, "open opportunity", "open opportunities");

/**
 * The open pipeline expected to close in the period, in each open stage: the amount with its
 * weighted part inside; a stage opens the Opportunities list of that stage and those dates.
 */
export default function PipelineByStageWidget({ settings }: WidgetViewProps) {
  const query = useSalesMetrics(SalesPipelineDocument, settings);
  const portalBase = usePortalBase();

  const fallback = widgetQueryFallback(query);
  if (fallback || !query.data) return fallback;
  const { pipeline, from, to } = query.data.salesMetrics;
  const period = widgetPeriodLabel(settings);
  if (pipeline.openCount === 0) {
    return (
      <WidgetEmpty
        title={`No open pipeline closing ${period}`}
        hint="Open opportunities expected to close in the period show here. Try a longer period."
      />
    );
  }
  const days = periodDays(from, to);
  const largest = Math.max(...pipeline.byStage.map((row) => Number(row.amount)));
  const rows: FigureBar[] = pipeline.byStage
    .filter((row) => isOpenStage(row.stage))
    .map((row) => {
      const label = STAGE_LABELS[row.stage];
      return {
        key: row.stage,
        label,
        figures:
          row.count === 0
            ? "none"
            : `${compactMoney(row.amount)} · ${compactMoney(row.weightedAmount)} weighted · ${row.count}`,
        share: largest > 0 ? Number(row.amount) / largest : 0,
        innerShare: largest > 0 ? Number(row.weightedAmount) / largest : 0,
        color: AMOUNT_COLORS.amount,
        innerColor: AMOUNT_COLORS.weighted,
        to:
          row.count > 0
            ? stageOpportunitiesPath(portalBase, row.stage, days.first, days.last)
            : undefined,
        description: `${label}: ${opportunities(row.count)}, ${formatAmount(row.amount)}, weighted ${formatAmount(row.weightedAmount)}`,
      };
    });

  return (
    <ChartLayout
      summary={
        <ChartSummary figure={compactMoney(pipeline.openAmount)}>
          open, {compactMoney(pipeline.weightedAmount)} weighted ·{" "}
          {opportunities(pipeline.openCount)} closing {period}
        </ChartSummary>
      }
      legend={
        <ChartLegend
          items={[
            { label: "Amount", color: AMOUNT_COLORS.amount },
            { label: "Weighted by stage probability", color: AMOUNT_COLORS.weighted },
          ]}
        />
      }
    >
      <FigureBars rows={rows} ariaLabel={`Open pipeline by stage, closing ${period}`} />
    </ChartLayout>
  );
}
