import { useQuery } from "@apollo/client/react";
import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { errorMessage } from "../../app/graphql-errors";
import { formatCount } from "../../app/format/count";
import { formatHours } from "../../app/format/hours";
import { widgetPeriod, widgetPeriodLabel } from "../../app/widget-contract/period";
import type { WidgetViewProps } from "../../app/widget-contract/types";
import { WidgetEmpty, WidgetError, WidgetLoading } from "../../app/widget-contract/WidgetStates";
import { ApprovalTimeDocument } from "./document";

function Figure({ label, hours }: { label: string; hours: number | null }) {
  return (
    <Box sx={{ minWidth: 0 }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography component="p" sx={{ fontSize: 28, fontWeight: 700, lineHeight: 1.2 }}>
        {formatHours(hours)}
      </Typography>
    </Box>
  );
}

/** How long deal registrations waited for a decision: median and p90, in calendar time. */
export default function ApprovalTimeWidget({ settings }: WidgetViewProps) {
  const { data, loading, error, refetch } = useQuery(ApprovalTimeDocument, {
    variables: { period: { preset: widgetPeriod(settings) } },
    notifyOnNetworkStatusChange: true,
  });

  if (loading && !data) return <WidgetLoading />;
  if (error && !data) {
    return <WidgetError message={errorMessage(error)} onRetry={() => void refetch()} />;
  }
  const stats = data?.approvalTime;
  if (!stats || stats.decidedCount === 0) {
    return <WidgetEmpty title="No decisions in this period" hint="Try a longer period." />;
  }

  return (
    <Box sx={{ height: "100%", display: "flex", flexDirection: "column", gap: 1.5 }}>
      <Box sx={{ display: "flex", gap: 3, flexWrap: "wrap" }}>
        <Figure label="Median" hours={stats.medianHours} />
        <Figure label="90th percentile" hours={stats.p90Hours} />
      </Box>
      <Typography variant="body2" color="text.secondary">
        From submission to decision (calendar time), over{" "}
        <Box component="strong" sx={{ color: "text.primary" }}>
          {formatCount(stats.decidedCount, "decision")}
        </Box>{" "}
        {widgetPeriodLabel(settings)}.
      </Typography>
    </Box>
  );
}
