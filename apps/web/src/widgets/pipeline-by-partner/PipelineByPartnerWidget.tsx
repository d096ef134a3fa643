import { useQuery } from "@apollo/client/react";
import {
  formatMoney,
  isOpenStage,
  OPEN_STAGES,
  STAGE_LABELS,
  sumMoney,
  toCents,
} from "@prm/domain";
import { useCallback, useMemo } from "react";
import type { PipelineByPartnerWidgetQuery } from "../../gql/graphql";
import { formatCount } from "../../app/format/count";
import { formatAmount } from "../../app/format/money";
import { stageColors } from "../../app/charts/chart-colors";
import { ChartLegend } from "../partner-charts/ChartLegend";
import { ChartLayout, ChartSummary } from "../partner-charts/ChartSummary";
import { ChartTooltip } from "../../app/charts/ChartTooltip";
import {
  OtherPartners,
  splitOtherPartners,
  type PartnerRowOf,
} from "../partner-charts/OtherPartners";
import { usePartnerBars } from "../partner-charts/usePartnerBars";
import { usePartnerChartSettings } from "../partner-charts/usePartnerChartSettings";
import { PartnerBarChart, type PartnerBarDatum } from "../partner-charts/PartnerBarChart";
import { widgetPeriodLabel } from "../../app/widget-contract/period";
import type { WidgetViewProps } from "../../app/widget-contract/types";
import { WidgetEmpty, widgetQueryFallback } from "../../app/widget-contract/WidgetStates";
import { PipelineByPartnerDocument } from "./document";

type PipelineRow = PartnerRowOf<PipelineByPartnerWidgetQuery["pipelineByPartner"][number]>;

const compactMoney = (value: number | string) => formatMoney(value, { compact: true });

// Bar lengths only: every figure shown is the API's exact decimal string.
const stageBars = (row: PipelineRow) =>
  Object.fromEntries(row.byStage.map((stage) => [stage.stage, Number(stage.amount)]));

function describe(rows: readonly PipelineRow[]): string {
  const parts = rows.map((row) => {
    const stages = row.byStage
      .filter((stage) => stage.count > 0)
      .map((stage) => `${STAGE_LABELS[stage.stage]} ${compactMoney(stage.amount)}`);
    return `${row.partner.name} ${compactMoney(row.openAmount)} (${stages.join(", ")})`;
  });
  return `Open pipeline by partner and stage: ${parts.join("; ")}`;
}

/**
 * The open pipeline of the top partners, stacked by stage, largest first; the API sums the rest
 * into one row, said under the chart ("All others (N partners): $1.2M open") and counted in the
 * headline.
 */
export default function PipelineByPartnerWidget({ settings }: WidgetViewProps) {
  const { period, limit, partnerPath, scheme } = usePartnerChartSettings(settings);
  const query = useQuery(PipelineByPartnerDocument, {
    variables: { period: { preset: period }, limit },
    notifyOnNetworkStatusChange: true,
  });
  const allRows = query.data?.pipelineByPartner;
  const { partners, others } = useMemo(() => splitOtherPartners(allRows ?? []), [allRows]);
  // The API orders by open amount: the partners with anything open.
  const rows = useMemo(() => partners.filter((row) => toCents(row.openAmount) > 0n), [partners]);
  const { byId, data } = usePartnerBars(rows, stageBars);
  const colors = useMemo(() => stageColors(scheme), [scheme]);
  const endLabel = useCallback(
    (datum: PartnerBarDatum) => compactMoney(byId.get(datum.partnerId)?.openAmount ?? 0),
    [byId],
  );

  const fallback = widgetQueryFallback(query);
  if (fallback) return fallback;
  if (!allRows?.length) {
    return (
      <WidgetEmpty
        title="No partners assigned yet"
        hint="Your partners' open pipeline will show here."
      />
    );
  }
  if (rows.length === 0) {
    return (
      <WidgetEmpty
        title={`No open pipeline closing ${widgetPeriodLabel(settings)}`}
        hint="Open opportunities expected to close in the period show here. Try a longer period."
      />
    );
  }

  return (
    <ChartLayout
      summary={
        <ChartSummary figure={compactMoney(sumMoney(allRows.map((row) => row.openAmount)))}>
          open, {compactMoney(sumMoney(allRows.map((row) => row.weightedAmount)))} weighted ·
          closing {widgetPeriodLabel(settings)}
        </ChartSummary>
      }
      footer={
        others && (
          <OtherPartners row={others}>
            {compactMoney(others.openAmount)} open, {compactMoney(others.weightedAmount)} weighted
          </OtherPartners>
        )
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
        partnerPath={partnerPath}
        ariaLabel={describe(rows)}
        tooltip={(datum, key) => {
          const row = byId.get(datum.partnerId);
          const stage = row?.byStage.find((s) => s.stage === key);
          if (!row || !stage || !isOpenStage(stage.stage)) return null;
          return (
            <ChartTooltip
              title={row.partner.name}
              subtitle={`${STAGE_LABELS[stage.stage]} · ${formatCount(stage.count, "open opportunity", "open opportunities")}`}
              lines={[
                {
                  label: "Amount",
                  value: formatAmount(stage.amount),
                  color: colors[stage.stage],
                },
                { label: "Weighted", value: formatAmount(stage.weightedAmount) },
                {
                  label: `All stages (${row.openCount})`,
                  value: formatAmount(row.openAmount),
                },
              ]}
            />
          );
        }}
      />
    </ChartLayout>
  );
}
