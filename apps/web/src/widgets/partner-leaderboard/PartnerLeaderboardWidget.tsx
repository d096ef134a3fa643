import { useQuery } from "@apollo/client/react";
import { formatMoney, sumMoney } from "@prm/domain";
import { useCallback, useMemo } from "react";
import { TIER_LABELS } from "../../app/ui/TierChip";
import type { PartnerLeaderboardWidgetQuery } from "../../gql/graphql";
import { formatCount } from "../../app/format/count";
import { formatAmount } from "../../app/format/money";
import { OUTCOME_COLORS } from "../../app/charts/chart-colors";
import { ChartLayout, ChartSummary } from "../partner-charts/ChartSummary";
import { ChartTooltip } from "../../app/charts/ChartTooltip";
import { usePartnerBars } from "../partner-charts/usePartnerBars";
import { usePartnerChartSettings } from "../partner-charts/usePartnerChartSettings";
import { PartnerBarChart, type PartnerBarDatum } from "../partner-charts/PartnerBarChart";
import { widgetPeriodLabel } from "../../app/widget-contract/period";
import type { WidgetViewProps } from "../../app/widget-contract/types";
import { WidgetEmpty, widgetQueryFallback } from "../../app/widget-contract/WidgetStates";
import { PartnerLeaderboardDocument } from "./document";

type LeaderboardRow = PartnerLeaderboardWidgetQuery["partnerLeaderboard"][number];

const compactMoney = (value: number | string) => formatMoney(value, { compact: true });

function describe(rows: readonly LeaderboardRow[]): string {
  const parts = rows.map(
    (row) =>
      `${row.rank}. ${row.partner.name} ${compactMoney(row.wonAmount)} (${row.wonCount} won)`,
  );
  return `Partner leaderboard by won amount: ${parts.join(", ")}`;
}

// Bar lengths only: every figure shown is the API's exact decimal string.
const wonBar = (row: { wonAmount: string }) => ({ won: Number(row.wonAmount) });

/** Assigned partners ranked by won amount in the period; a bar opens the partner's page. */
export default function PartnerLeaderboardWidget({ settings }: WidgetViewProps) {
  const { period, limit, partnerPath, scheme } = usePartnerChartSettings(settings);
  const query = useQuery(PartnerLeaderboardDocument, {
    variables: { period: { preset: period }, limit },
    notifyOnNetworkStatusChange: true,
  });
  const rows = useMemo(() => query.data?.partnerLeaderboard ?? [], [query.data]);
  const { byId, data } = usePartnerBars(rows, wonBar);
  const endLabel = useCallback(
    (datum: PartnerBarDatum) => {
      const row = byId.get(datum.partnerId);
      return row ? `${compactMoney(row.wonAmount)} · ${row.wonCount} won` : "";
    },
    [byId],
  );

  const fallback = widgetQueryFallback(query);
  if (fallback) return fallback;
  if (rows.length === 0) {
    return (
      <WidgetEmpty
        title="No partners assigned yet"
        hint="Partners assigned to you will be ranked here."
      />
    );
  }
  if (rows.every((row) => row.wonCount === 0)) {
    return (
      <WidgetEmpty
        title={`No won deals ${widgetPeriodLabel(settings)}`}
        hint="Try a longer period."
      />
    );
  }

  return (
    <ChartLayout
      summary={
        <ChartSummary figure={compactMoney(sumMoney(rows.map((row) => row.wonAmount)))}>
          won by the top {formatCount(rows.length, "partner")} {widgetPeriodLabel(settings)}
        </ChartSummary>
      }
    >
      <PartnerBarChart
        rows={data}
        keys={["won"]}
        colors={{ won: OUTCOME_COLORS.won[scheme] }}
        formatValue={compactMoney}
        endLabel={endLabel}
        endLabelWidth={112}
        partnerPath={partnerPath}
        ariaLabel={describe(rows)}
        tooltip={(datum) => {
          const row = byId.get(datum.partnerId);
          if (!row) return null;
          const tier = row.partner.tier ? ` · ${TIER_LABELS[row.partner.tier]}` : "";
          return (
            <ChartTooltip
              title={row.partner.name}
              subtitle={`Rank ${row.rank}${tier}`}
              lines={[
                { label: "Won amount", value: formatAmount(row.wonAmount) },
                { label: "Deals won", value: row.wonCount.toLocaleString("en-US") },
              ]}
            />
          );
        }}
      />
    </ChartLayout>
  );
}
