import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { toCents, type Role } from "@prm/domain";
import { formatAmount } from "../../app/format/money";
import { formatPercent } from "../../app/format/percent";
import { useSignedInUser } from "../../app/session/SessionProvider";
import { widgetPeriodLabel } from "../../app/widget-contract/period";
import type { WidgetViewProps } from "../../app/widget-contract/types";
import { WidgetEmpty, widgetQueryFallback } from "../../app/widget-contract/WidgetStates";
import { ChartSummary } from "../partner-charts/ChartSummary";
import { SalesQuotaDocument } from "./documents";
import { QuotaBullet } from "./QuotaBullet";
import { useSalesMetrics } from "./useSalesMetrics";

/** Who sets the quota a role sees, for the empty state. */
function whoSetsQuotas(role: Role): string {
  return role === "PARTNER_SALES_OPS"
    ? "Your channel manager sets the organization's quota."
    : "Your manager or sales operations set quotas.";
}

/**
 * Won against quota in the period: the attainment large, a bar, the amount still to close; for
 * sales operations the sellers' own quotas beside the organization's.
 */
export default function QuotaAttainmentWidget({ settings }: WidgetViewProps) {
  const query = useSalesMetrics(SalesQuotaDocument, settings);
  const { role } = useSignedInUser();

  const fallback = widgetQueryFallback(query);
  if (fallback || !query.data) return fallback;
  const { quota } = query.data.salesMetrics;
  const period = widgetPeriodLabel(settings);
  if (quota.quotaAmount == null) {
    return <WidgetEmpty title={`No quota for ${period}`} hint={whoSetsQuotas(role)} />;
  }
  const toClose = quota.amountToClose ?? "0";
  const met = toCents(toClose) === 0n;

  return (
    <Box
      sx={{ height: "100%", display: "flex", flexDirection: "column", gap: 1 }}
      aria-label={`Quota attainment ${period}: ${formatPercent(quota.attainment)}, ${formatAmount(quota.wonAmount)} won of ${formatAmount(quota.quotaAmount)}`}
      role="group"
    >
      <ChartSummary figure={formatPercent(quota.attainment)}>
        of quota {period} · {formatAmount(quota.wonAmount)} won of {formatAmount(quota.quotaAmount)}
      </ChartSummary>
      <QuotaBullet won={Number(quota.wonAmount)} quota={Number(quota.quotaAmount)} />
      <Box
        sx={{
          display: "flex",
          justifyContent: "space-between",
          alignItems: "baseline",
          gap: 2,
          flexWrap: "wrap",
        }}
      >
        <Typography
          variant="body2"
          sx={met ? { color: "success.main", fontWeight: 600 } : undefined}
          data-testid="quota-to-close"
        >
          {met ? (
            "Quota met"
          ) : (
            <>
              <Box component="strong">{formatAmount(toClose)}</Box> still to close
            </>
          )}
        </Typography>
        {role === "PARTNER_SALES_OPS" && (
          <Typography variant="body2" color="text.secondary" data-testid="sellers-quotas">
            Sellers' quotas:{" "}
            {quota.sellersQuotaAmount == null ? "none set" : formatAmount(quota.sellersQuotaAmount)}
          </Typography>
        )}
      </Box>
    </Box>
  );
}
