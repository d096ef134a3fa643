import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { formatCount } from "../../app/format/count";
import { formatAmount } from "../../app/format/money";
import { formatPercent } from "../../app/format/percent";
import { AttainmentBar } from "../../app/ui/AttainmentBar";
import { widgetPeriodLabel } from "../../app/widget-contract/period";
import type { WidgetViewProps } from "../../app/widget-contract/types";
import { WidgetEmpty, widgetQueryFallback } from "../../app/widget-contract/WidgetStates";
import { ChartSummary } from "../partner-charts/ChartSummary";
import { PersonRows } from "./PersonRows";
import { byAttainment, teamQuotaTotal } from "./team-rows";
import { useTeamPerformance } from "./useTeamPerformance";

/**
 * Each person's won amount against their quota, highest attainment first, those without a quota
 * last; the team's line below is the sum of the rows.
 */
export default function TeamQuotasWidget({ settings }: WidgetViewProps) {
  const { query, rows, personPath } = useTeamPerformance(settings);
  const fallback = widgetQueryFallback(query);
  if (fallback) return fallback;
  const periodLabel = widgetPeriodLabel(settings);
  if (rows.length === 0) {
    return (
      <WidgetEmpty title="No one in your team yet" hint="Your team's quotas will show here." />
    );
  }
  const total = teamQuotaTotal(rows);
  if (total.quotaAmount === null) {
    return (
      <WidgetEmpty
        title={`No quotas for ${periodLabel}`}
        hint="Quotas lying within the period show here; try another period."
      />
    );
  }
  const withQuota = rows.filter((row) => row.quotaAmount !== null).length;

  return (
    <Box sx={{ height: "100%", display: "flex", flexDirection: "column", minHeight: 0 }}>
      <ChartSummary figure={formatPercent(total.attainment)}>
        of the team&apos;s {formatAmount(total.quotaAmount)} quota {periodLabel} ·{" "}
        {formatCount(withQuota, "person", "people")} with a quota
      </ChartSummary>
      <Box sx={{ flexGrow: 1, minHeight: 0 }}>
        <PersonRows
          label="Quota attainment per person"
          rows={byAttainment(rows).map((row) => ({
            id: row.seller.id,
            name: row.seller.name,
            detail:
              row.quotaAmount === null
                ? `${formatAmount(row.wonAmount)} won`
                : `${formatAmount(row.wonAmount)} won of ${formatAmount(row.quotaAmount)}`,
            figure: <AttainmentBar attainment={row.quotaAttainment} />,
            to: personPath(row.seller.id),
          }))}
        />
      </Box>
      <Box
        role="group"
        aria-label={`Team total: ${formatPercent(total.attainment)}, ${formatAmount(total.wonAmount)} won of ${formatAmount(total.quotaAmount)}`}
        sx={{
          display: "grid",
          gridTemplateColumns: "minmax(0, 1fr) minmax(96px, 42%)",
          alignItems: "center",
          columnGap: 2,
          px: 1,
          pt: 1,
          borderTop: 2,
          borderColor: "divider",
        }}
      >
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="body2" sx={{ fontWeight: 700 }}>
            Team total
          </Typography>
          <Typography
            variant="caption"
            color="text.secondary"
            component="p"
            noWrap
            sx={{ fontVariantNumeric: "tabular-nums" }}
          >
            {formatAmount(total.wonAmount)} won of {formatAmount(total.quotaAmount)}
          </Typography>
        </Box>
        <AttainmentBar attainment={total.attainment} />
      </Box>
    </Box>
  );
}
