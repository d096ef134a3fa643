import Box from "@mui/material/Box";
import { formatCount } from "../../app/format/count";
import { formatPercent } from "../../app/format/percent";
import type { PartnerPageQuery } from "../../gql/graphql";
import { AttainmentBar } from "../../app/ui/AttainmentBar";
import { formatAmount } from "../../app/format/money";
import { Kpi, KPI_GRID_SX } from "../../app/ui/Kpi";

type Performance = PartnerPageQuery["partner"]["performance"];

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
