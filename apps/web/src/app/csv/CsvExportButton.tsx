import FileDownloadOutlined from "@mui/icons-material/FileDownloadOutlined";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import LinearProgress from "@mui/material/LinearProgress";
import Typography from "@mui/material/Typography";
import type { ExportState } from "./useCsvExport";

/** The "Export CSV" button of a list, with the export's progress and failure beside it. */
export function CsvExportButton({
  state,
  onExport,
  label = "Export CSV",
}: {
  state: ExportState;
  onExport: () => void;
  label?: string;
}) {
  const running = state.status === "running";
  return (
    <Box sx={{ display: "inline-flex", alignItems: "center", gap: 1.5, flexWrap: "wrap" }}>
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
        onClick={onExport}
      >
        {running ? "Exporting…" : label}
      </Button>
    </Box>
  );
}
