import {
  formatMoney,
  isOpenStage,
  OPEN_STAGES,
  STAGE_LABELS,
  sumMoney,
  toCents,
} from "@prm/domain";
import { useCallback, useMemo } from "react";
import { stageColors } from "../../app/charts/chart-colors";
import { ChartTooltip } from "../../app/charts/ChartTooltip";
import { formatCount } from "../../app/format/count";
import { formatAmount } from "../../app/format/money";
import { useEffectiveColorScheme } from "../../app/theme/useEffectiveColorScheme";
import { widgetPeriodLabel } from "../../app/widget-contract/period";
import type { WidgetViewProps } from "../../app/widget-contract/types";
import { WidgetEmpty, widgetQueryFallback } from "../../app/widget-contract/WidgetStates";
import { ChartLegend } from "../partner-charts/ChartLegend";
import { ChartLayout, ChartSummary } from "../partner-charts/ChartSummary";
import { PartnerBarChart, type PartnerBarDatum } from "../partner-charts/PartnerBarChart";
import { useTeamPerformance, type TeamPerformanceRow } from "./useTeamPerformance";

const compactMoney = (value: number | string) => formatMoney(value, { compact: true });

// Bar lengths only: every figure shown is the API's exact decimal string.
function stageBars(row: TeamPerformanceRow): PartnerBarDatum {
  return {
    ...Object.fromEntries(row.byStage.map((stage) => [stage.stage, Number(stage.amount)])),
    partnerId: row.seller.id,
    partnerName: row.seller.name,
  };
}

function describe(rows: readonly TeamPerformanceRow[]): string {
  const parts = rows.map((row) => {
    const stages = row.byStage
      .filter((stage) => stage.count > 0)
      .map((stage) => `${STAGE_LABELS[stage.stage]} ${compactMoney(stage.amount)}`);
    return `${row.seller.name} ${compactMoney(row.openAmount)} (${stages.join(", ")})`;
  });
  return `Open pipeline by person and stage: ${parts.join("; ")}`;
}

/**
 * Each person's open pipeline closing in the period, stacked by stage, largest first, with the
 * total at the end of the bar; a name or bar opens the person's view.
 */
export default function TeamPipelineWidget({ settings }: WidgetViewProps) {
  const { query, rows: allRows, personPath } = useTeamPerformance(settings);
  const scheme = useEffectiveColorScheme();
  const colors = useMemo(() => stageColors(scheme), [scheme]);
  const rows = useMemo(
    () =>
      allRows
        .filter((row) => toCents(row.openAmount) > 0n)
        .sort((a, b) => {
          const difference = toCents(b.openAmount) - toCents(a.openAmount);
          return difference === 0n
            ? a.seller.name.localeCompare(b.seller.name)
            : difference > 0n
              ? 1
              : -1;
        }),
    [allRows],
  );
  const byId = useMemo(() => new Map(rows.map((row) => [row.seller.id, row])), [rows]);
  const data = useMemo(() => rows.map(stageBars), [rows]);
  const endLabel = useCallback(
    (datum: PartnerBarDatum) => compactMoney(byId.get(datum.partnerId)?.openAmount ?? 0),
    [byId],
  );

  const fallback = widgetQueryFallback(query);
  if (fallback) return fallback;
  const periodLabel = widgetPeriodLabel(settings);
  if (allRows.length === 0) {
    return (
      <WidgetEmpty title="No one in your team yet" hint="Your team's pipeline will show here." />
    );
  }
  if (rows.length === 0) {
    return (
      <WidgetEmpty
        title={`No open pipeline closing ${periodLabel}`}
        hint="Open opportunities expected to close in the period show here. Try a longer period."
      />
    );
  }

  return (
    <ChartLayout
      summary={
        <ChartSummary figure={compactMoney(sumMoney(rows.map((row) => row.openAmount)))}>
          open, {compactMoney(sumMoney(rows.map((row) => row.weightedAmount)))} weighted · closing{" "}
          {periodLabel}
        </ChartSummary>
      }
      legend={
        <ChartLegend
          items={OPEN_STAGES.map((stage) => ({ label: STAGE_LABELS[stage], color: colors[stage] }))}
        />
      }
    >
      <PartnerBarChart
        rows={data}
        keys={OPEN_STAGES}
        colors={colors}
        formatValue={compactMoney}
        endLabel={endLabel}
        endLabelWidth={64}
        partnerPath={personPath}
        ariaLabel={describe(rows)}
        tooltip={(datum, key) => {
          const row = byId.get(datum.partnerId);
          const stage = row?.byStage.find((s) => s.stage === key);
          if (!row || !stage || !isOpenStage(stage.stage)) return null;
          return (
            <ChartTooltip
              title={row.seller.name}
              subtitle={`${STAGE_LABELS[stage.stage]} · ${formatCount(stage.count, "open opportunity", "open opportunities")}`}
              lines={[
                { label: "Amount", value: formatAmount(stage.amount), color: colors[stage.stage] },
                { label: "Weighted", value: formatAmount(stage.weightedAmount) },
                { label: `All stages (${row.openCount})`, value: formatAmount(row.openAmount) },
              ]}
            />
          );
        }}
      />
    </ChartLayout>
  );
}
