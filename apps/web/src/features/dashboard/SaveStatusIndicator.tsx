import CloudDoneOutlined from "@mui/icons-material/CloudDoneOutlined";
import CloudOffOutlined from "@mui/icons-material/CloudOffOutlined";
import CloudUploadOutlined from "@mui/icons-material/CloudUploadOutlined";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Typography from "@mui/material/Typography";
import type { SaveStatus } from "./useDashboardAutosave";

/** "Saving…", "Saved" or what went wrong, announced to screen readers as it changes. */
export function SaveStatusIndicator({
  status,
  onRetry,
}: {
  status: SaveStatus;
  onRetry: () => void;
}) {
  if (status.state === "idle") return null;
  const failed = status.state === "failed";
  return (
    <Box
      role="status"
      aria-live="polite"
      sx={{
        display: "flex",
        alignItems: "center",
        gap: 0.75,
        color: failed ? "error.main" : "text.secondary",
      }}
    >
      {status.state === "saved" && <CloudDoneOutlined fontSize="small" aria-hidden />}
      {(status.state === "pending" || status.state === "saving") && (
        <CloudUploadOutlined fontSize="small" aria-hidden />
      )}
      {failed && <CloudOffOutlined fontSize="small" aria-hidden />}
      <Typography variant="body2" sx={{ color: "inherit" }}>
        {status.state === "saved" && "Saved"}
        {(status.state === "pending" || status.state === "saving") && "Saving…"}
        {failed && `Not saved: ${status.message}`}
      </Typography>
      {failed && (
        <Button size="small" color="error" onClick={onRetry}>
          Retry
        </Button>
      )}
    </Box>
  );
}
