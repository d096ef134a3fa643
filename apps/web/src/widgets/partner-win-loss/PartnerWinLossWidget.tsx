import { useQuery } from "@apollo/client/react";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { useCallback, useMemo } from "react";
import { formatNumber } from "../../app/format/count";
import { formatPercent } from "../../app/format/percent";
import type { PartnerWinLossWidgetQuery } from "../../gql/graphql";
import { formatAmount } from "../../app/format/money";
import { OUTCOME_COLORS } from "../../app/charts/chart-colors";
import { ChartLegend } from "../partner-charts/ChartLegend";
import { ChartLayout, ChartSummary } from "../partner-charts/ChartSummary";
import { ChartTooltip } from "../../app/charts/ChartTooltip";
import { divergingCountScale } from "../partner-charts/value-scale";
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
import { PartnerWinLossDocument } from "./document";

type WinLossRow = PartnerRowOf<PartnerWinLossWidgetQuery["partnerWinLoss"][number]>;

const closedCount = (row: { wonCount: number; lostCount: number }) => row.wonCount + row.lostCount;

function describe(rows: readonly WinLossRow[]): string {
  const parts = rows.map(
    (row) =>
      `${row.partner.name} ${row.wonCount} won, ${row.lostCount} lost (win rate ${formatPercent(row.winRate)})`,
  );
  return `Opportunities won and lost by partner: ${parts.join("; ")}`;
}

const wonLostBars = (row: { wonCount: number; lostCount: number }) => ({
  won: row.wonCount,
  lost: -row.lostCount,
});

/**
 * Won (right, green) against lost (left, red) per partner, with each one's win rate: the top
 * partners by what they closed, most first, as the API ranks them; the API sums the rest into one
 * row, said under the chart and counted in the headline.
 */
export default function PartnerWinLossWidget({ settings }: WidgetViewProps) {
  const { period, limit, partnerPath, scheme } = usePartnerChartSettings(settings);
  const query = useQuery(PartnerWinLossDocument, {
    variables: { period: { preset: period }, limit },
    notifyOnNetworkStatusChange: true,
  });
  const allRows = query.data?.partnerWinLoss;
  const { partners, others } = useMemo(() => splitOtherPartners(allRows ?? []), [allRows]);
  const rows = useMemo(() => partners.filter((row) => closedCount(row) > 0), [partners]);
  const { byId, data } = usePartnerBars(rows, wonLostBars);
  const scale = divergingCountScale(
    Math.max(0, ...rows.map((row) => Math.max(row.wonCount, row.lostCount))),
  );
  const colors = { won: OUTCOME_COLORS.won[scheme], lost: OUTCOME_COLORS.lost[scheme] };
  const endLabel = useCallback(
    (datum: PartnerBarDatum) => formatPercent(byId.get(datum.partnerId)?.winRate),
    [byId],
  );

  const fallback = widgetQueryFallback(query);
  if (fallback) return fallback;
  if (!allRows?.length) {
    return (
      <WidgetEmpty title="No partners assigned yet" hint="Your partners' win rates show here." />
    );
  }
  if (rows.length === 0) {
    return (
      <WidgetEmpty
        title={`Nothing closed ${widgetPeriodLabel(settings)}`}
        hint="Won and lost opportunities show here. Try a longer period."
      />
    );
  }
  const won = allRows.reduce((sum, row) => sum + row.wonCount, 0);
  const lost = allRows.reduce((sum, row) => sum + row.lostCount, 0);

  return (
    <ChartLayout
      summary={
        <ChartSummary figure={formatPercent(won / (won + lost))}>
          win rate {widgetPeriodLabel(settings)} · {formatNumber(won)} won, {formatNumber(lost)}{" "}
          lost
        </ChartSummary>
      }
      footer={
        others && (
          <OtherPartners row={others}>
            {formatNumber(others.wonCount)} won, {formatNumber(others.lostCount)} lost (win rate{" "}
            {formatPercent(others.winRate)})
          </OtherPartners>
        )
      }
      legend={
        <Box sx={{ display: "flex", justifyContent: "space-between", alignItems: "center" }}>
          <ChartLegend
            items={[
              { label: "Lost (count)", color: colors.lost },
              { label: "Won (count)", color: colors.won },
            ]}
          />
          <Typography variant="caption" color="text.secondary" sx={{ fontWeight: 600 }}>
            Win rate
          </Typography>
        </Box>
      }
    >
      <PartnerBarChart
        rows={data}
        keys={["lost", "won"]}
        colors={colors}
        formatValue={(value) => String(Math.abs(value))}
        valueScale={{ min: -scale.max, max: scale.max, nice: false }}
        tickValues={scale.ticks}
        endLabel={endLabel}
        endLabelAt="edge"
        endLabelWidth={52}
        partnerPath={partnerPath}
        ariaLabel={describe(rows)}
        tooltip={(datum) => {
          const row = byId.get(datum.partnerId);
          if (!row) return null;
          return (
            <ChartTooltip
              title={row.partner.name}
              subtitle={`${closedCount(row)} closed ${widgetPeriodLabel(settings)}`}
              lines={[
                {
                  label: `Won (${row.wonCount})`,
                  value: formatAmount(row.wonAmount),
                  color: colors.won,
                },
                {
                  label: `Lost (${row.lostCount})`,
                  value: formatAmount(row.lostAmount),
                  color: colors.lost,
                },
                { label: "Win rate by count", value: formatPercent(row.winRate) },
                { label: "Win rate by amount", value: formatPercent(row.winRateByAmount) },
              ]}
            />
          );
        }}
      />
    </ChartLayout>
  );
}
