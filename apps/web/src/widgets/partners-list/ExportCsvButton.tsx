import FileDownloadOutlined from "@mui/icons-material/FileDownloadOutlined";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import Typography from "@mui/material/Typography";
import type { WidgetPeriodPreset } from "@prm/domain";
import type { PartnerPerformanceOrder } from "../../gql/graphql";
import { PERIOD_LABELS } from "@prm/domain";
import { formatCount } from "../../app/format/count";
import { usePartnersCsvExport } from "./usePartnersCsvExport";

/** The list's count and period, and the CSV export of all of it (every page) with its progress. */
export function ExportCsvButton({
  period,
  orderBy,
  totalCount,
}: {
  period: WidgetPeriodPreset;
  orderBy: PartnerPerformanceOrder;
  totalCount: number;
}) {
  const { state, exportCsv } = usePartnersCsvExport(period, orderBy);
  const running = state.status === "running";
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 1.5, flexWrap: "wrap" }}>
      <Typography variant="body2" color="text.secondary" sx={{ flexGrow: 1 }}>
        {formatCount(totalCount, "partner")} · {PERIOD_LABELS[period].toLowerCase()} · open a
        partner for their dashboard
      </Typography>
      {running && state.total !== null && state.total > 0 && (
        <Box sx={{ display: "flex", alignItems: "center", gap: 1, minWidth: 160 }} role="status">
          <LinearProgress
            variant="determinate"
            value={(state.done / state.total) * 100}
            sx={{ flexGrow: 1 }}
            aria-hidden
          />
          <Typography variant="caption" color="text.secondary">
            {state.done.toLocaleString("en-US")} of {state.total.toLocaleString("en-US")}
          </Typography>
        </Box>
      )}
      {state.status === "failed" && (
        <Typography variant="caption" color="error" role="alert">
          Export failed: {state.message}
        </Typography>
      )}
      <Button
        size="small"
        variant="outlined"
        startIcon={<FileDownloadOutlined />}
        disabled={running}
        onClick={() => void exportCsv()}
      >
        {running ? "Exporting…" : "Export CSV"}
      </Button>
    </Box>
  );
}
