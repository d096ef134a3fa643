import Box from "@mui/material/Box";
import CircularProgress from "@mui/material/CircularProgress";
import Typography from "@mui/material/Typography";

export function FullPageLoader({ label = "Loading…" }: { label?: string }) {
  return (
    <Box
      role="status"
      sx={{
        minHeight: "60vh",
        display: "flex",
        flexDirection: "column",
        alignItems: "center",
        justifyContent: "center",
        gap: 2,
      }}
    >
      <CircularProgress aria-hidden size={32} />
      <Typography color="text.secondary">{label}</Typography>
    </Box>
  );
}
