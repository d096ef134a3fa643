import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { formatMoney, LOSS_REASON_LABELS } from "@prm/domain";
import { OUTCOME_COLORS } from "../../app/charts/chart-colors";
import { formatAmount } from "../../app/format/money";
import { formatPercent } from "../../app/format/percent";
import { useEffectiveColorScheme } from "../../app/theme/useEffectiveColorScheme";
import { widgetPeriodLabel } from "../../app/widget-contract/period";
import type { WidgetViewProps } from "../../app/widget-contract/types";
import { WidgetEmpty, widgetQueryFallback } from "../../app/widget-contract/WidgetStates";
import { ChartSummary } from "../partner-charts/ChartSummary";
import { SalesWinLossDocument } from "./documents";
import { FigureBars, type FigureBar } from "./FigureBars";
import { useSalesMetrics } from "./useSalesMetrics";

/** Won or lost: how many, how much, in the outcome's color. */
function Outcome({
  label,
  count,
  amount,
  color,
}: {
  label: string;
  count: number;
  amount: string;
  color: string;
}) {
  return (
    <Box sx={{ borderLeft: 4, borderColor: color, pl: 1, minWidth: 0 }}>
      <Typography variant="caption" color="text.secondary" component="p">
        {label}
      </Typography>
      <Typography sx={{ fontWeight: 700, fontVariantNumeric: "tabular-nums" }}>
        {count} · {formatAmount(amount)}
      </Typography>
    </Box>
  );
}

/**
 * Opportunities won and lost in the period: counts and amounts, the win rate by count and by
 * amount, and the reasons the lost ones were lost (most lost amount first, as the API orders).
 */
export default function WinLossWidget({ settings }: WidgetViewProps) {
  const query = useSalesMetrics(SalesWinLossDocument, settings);
  const scheme = useEffectiveColorScheme();

  const fallback = widgetQueryFallback(query);
  if (fallback || !query.data) return fallback;
  const { winLoss } = query.data.salesMetrics;
  const period = widgetPeriodLabel(settings);
  if (winLoss.wonCount + winLoss.lostCount === 0) {
    return (
      <WidgetEmpty
        title={`Nothing won or lost ${period}`}
        hint="Opportunities closed in the period show here. Try a longer period."
      />
    );
  }
  const lostColor = OUTCOME_COLORS.lost[scheme];
  const largest = Math.max(...winLoss.lossReasons.map((row) => Number(row.amount)));
  const reasons: FigureBar[] = winLoss.lossReasons.map((row) => {
    const label = LOSS_REASON_LABELS[row.reason];
    return {
      key: row.reason,
      label,
      figures: `${row.count} · ${formatMoney(row.amount, { compact: true })}`,
      share: largest > 0 ? Number(row.amount) / largest : 0,
      color: lostColor,
      description: `${label}: ${row.count} lost, ${formatAmount(row.amount)}`,
    };
  });

  return (
    <Box sx={{ height: "100%", display: "flex", flexDirection: "column", gap: 1.25 }}>
      <ChartSummary figure={formatPercent(winLoss.winRate)}>
        win rate {period} · {formatPercent(winLoss.winRateByAmount)} by amount
      </ChartSummary>
      <Box
        sx={{
          display: "grid",
          gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
          gap: 1,
        }}
      >
        <Outcome
          label="Won"
          count={winLoss.wonCount}
          amount={winLoss.wonAmount}
          color={OUTCOME_COLORS.won[scheme]}
        />
        <Outcome
          label="Lost"
          count={winLoss.lostCount}
          amount={winLoss.lostAmount}
          color={lostColor}
        />
      </Box>
      {reasons.length > 0 && (
        <Box>
          <Typography variant="caption" color="text.secondary" component="h3" sx={{ mb: 0.5 }}>
            Why they were lost
          </Typography>
          <FigureBars rows={reasons} ariaLabel="Loss reasons" />
        </Box>
      )}
    </Box>
  );
}
