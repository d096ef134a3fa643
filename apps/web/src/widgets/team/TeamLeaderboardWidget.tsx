import { formatMoney, sumMoney } from "@prm/domain";
import { formatCount } from "../../app/format/count";
import { formatAmount } from "../../app/format/money";
import { AttainmentBar } from "../../app/ui/AttainmentBar";
import { widgetPeriodLabel } from "../../app/widget-contract/period";
import type { WidgetViewProps } from "../../app/widget-contract/types";
import { WidgetEmpty, widgetQueryFallback } from "../../app/widget-contract/WidgetStates";
import { ChartLayout, ChartSummary } from "../partner-charts/ChartSummary";
import { PersonRows } from "./PersonRows";
import { useTeamPerformance } from "./useTeamPerformance";

/** Each person of the team ranked by won amount, with quota attainment; a row opens the person. */
export default function TeamLeaderboardWidget({ settings }: WidgetViewProps) {
  const { query, rows, personPath } = useTeamPerformance(settings);
  const fallback = widgetQueryFallback(query);
  if (fallback) return fallback;
  const periodLabel = widgetPeriodLabel(settings);
  if (rows.length === 0) {
    return <WidgetEmpty title="No one in your team yet" hint="Your team will be ranked here." />;
  }
  // The server ranks by won amount (ties by name): the order is kept as given.
  return (
    <ChartLayout
      summary={
        <ChartSummary
          figure={formatMoney(sumMoney(rows.map((row) => row.wonAmount)), { compact: true })}
        >
          won by {formatCount(rows.length, "person", "people")} {periodLabel}
        </ChartSummary>
      }
    >
      <PersonRows
        label="Team leaderboard by won amount"
        rows={rows.map((row, index) => ({
          id: row.seller.id,
          rank: index + 1,
          name: row.seller.name,
          detail: `${formatAmount(row.wonAmount)} · ${row.wonCount.toLocaleString("en-US")} won`,
          figure: <AttainmentBar attainment={row.quotaAttainment} />,
          to: personPath(row.seller.id),
        }))}
      />
    </ChartLayout>
  );
}
