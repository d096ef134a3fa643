import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";
import { formatCount } from "../../app/format/count";
import { formatPercent } from "../../app/format/percent";
import type { PartnerPageQuery } from "../../gql/graphql";
import { AttainmentBar } from "../../app/ui/AttainmentBar";
import { formatAmount } from "../../app/format/money";

type Performance = PartnerPageQuery["partner"]["performance"];

function Kpi({ label, value, children }: { label: string; value: string; children?: ReactNode }) {
  return (
    <Paper variant="outlined" component="section" aria-label={label} sx={{ p: 2, minWidth: 0 }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography
        component="p"
        noWrap
        title={value}
        sx={{
          // Seven-figure amounts still fit six cards across a laptop screen.
          fontSize: { xs: 22, lg: "clamp(18px, 1.7vw, 24px)" },
          fontWeight: 700,
          lineHeight: 1.3,
          fontVariantNumeric: "tabular-nums",
        }}
      >
        {value}
      </Typography>
      {children && (
        <Typography variant="body2" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
          {children}
        </Typography>
      )}
    </Paper>
  );
}

/** Six cards in a row on a wide screen, three or two on smaller ones (the skeleton's too). */
export const KPI_GRID_SX = {
  display: "grid",
  gap: 2,
  gridTemplateColumns: {
    xs: "repeat(2, minmax(0, 1fr))",
    md: "repeat(3, minmax(0, 1fr))",
    lg: "repeat(6, minmax(0, 1fr))",
  },
  mb: 2,
} as const;

/** The partner's headline figures in the period. */
export function PartnerKpis({
  performance: p,
  periodLabel,
}: {
  performance: Performance;
  periodLabel: string;
}) {
  return (
    <Box sx={KPI_GRID_SX}>
      <Kpi label="Won amount" value={formatAmount(p.wonAmount)}>
        {formatCount(p.wonCount, "deal")} won {periodLabel}
      </Kpi>
      <Kpi label="Open pipeline" value={formatAmount(p.openAmount)}>
        {formatCount(p.openCount, "opportunity", "opportunities")} closing {periodLabel}
      </Kpi>
      <Kpi label="Weighted pipeline" value={formatAmount(p.weightedAmount)}>
        Open amount × stage probability
      </Kpi>
      <Kpi label="Win rate" value={formatPercent(p.winRate)}>
        {p.winRate === null
          ? `Nothing closed ${periodLabel}`
          : `${p.wonCount} won · ${p.lostCount} lost · ${formatPercent(p.winRateByAmount)} by amount`}
      </Kpi>
      <Kpi label="Quota" value={p.quotaAmount === null ? "No quota" : formatAmount(p.quotaAmount)}>
        {p.quotaAmount === null ? `None set for ${periodLabel}` : `For ${periodLabel}`}
      </Kpi>
      <Kpi
        label="Quota attainment"
        value={p.quotaAttainment === null ? "—" : formatPercent(p.quotaAttainment)}
      >
        {p.quotaAttainment === null || p.quotaAmount === null ? (
          "Set a quota to track it"
        ) : (
          <>
            <AttainmentBar attainment={p.quotaAttainment} showValue={false} />
            <Box component="span" sx={{ display: "block", mt: 0.5 }}>
              {formatAmount(p.wonAmount)} won of {formatAmount(p.quotaAmount)}
            </Box>
          </>
        )}
      </Kpi>
    </Box>
  );
}
