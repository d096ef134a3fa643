import { useQuery } from "@apollo/client/react";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { DEAL_STATUSES, formatMoney, sumMoney } from "@prm/domain";
import { pluralNoun } from "../../app/format/count";
import { errorMessage } from "../../app/graphql-errors";
import { widgetPeriod, widgetPeriodLabel } from "../../app/widget-contract/period";
import type { WidgetViewProps } from "../../app/widget-contract/types";
import { WidgetEmpty, WidgetError, WidgetLoading } from "../../app/widget-contract/WidgetStates";
import { DealsByStatusChart } from "./DealsByStatusChart";
import { DealsByStatusDocument } from "./document";

/** Deal registrations by status in the period: how many, and how much they are worth. */
export default function DealsByStatusWidget({ settings }: WidgetViewProps) {
  const { data, loading, error, refetch } = useQuery(DealsByStatusDocument, {
    variables: { period: { preset: widgetPeriod(settings) } },
    notifyOnNetworkStatusChange: true,
  });

  if (loading && !data) return <WidgetLoading />;
  if (error && !data) {
    return <WidgetError message={errorMessage(error)} onRetry={() => void refetch()} />;
  }
  const rows = [...(data?.dealStatusCounts ?? [])].sort(
    (a, b) => DEAL_STATUSES.indexOf(a.status) - DEAL_STATUSES.indexOf(b.status),
  );
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  if (total === 0) {
    return (
      <WidgetEmpty
        title={`No deal registrations ${widgetPeriodLabel(settings)}`}
        hint="Try a longer period."
      />
    );
  }
  const totalAmount = sumMoney(rows.map((row) => row.amount));

  return (
    <Box sx={{ height: "100%", display: "flex", flexDirection: "column" }}>
      <Box sx={{ display: "flex", alignItems: "baseline", gap: 1.5, flexWrap: "wrap" }}>
        <Typography component="p" sx={{ fontSize: 26, fontWeight: 700, lineHeight: 1.2 }}>
          {total.toLocaleString("en-US")}
        </Typography>
        <Typography color="text.secondary">
          {pluralNoun(total, "registration")} worth{" "}
          <Box component="strong" sx={{ color: "text.primary" }}>
            {formatMoney(totalAmount, { compact: true })}
          </Box>
        </Typography>
      </Box>
      <Box sx={{ flexGrow: 1, minHeight: 0 }}>
        <DealsByStatusChart rows={rows} />
      </Box>
    </Box>
  );
}
