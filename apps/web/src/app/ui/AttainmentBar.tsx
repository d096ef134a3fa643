import Box from "@mui/material/Box";
import LinearProgress from "@mui/material/LinearProgress";
import Typography from "@mui/material/Typography";
import { formatPercent } from "../format/percent";

/**
 * Quota attainment as a bar capped at 100 % with the exact percentage beside it; over quota the
 * bar turns green and the figure bold, so 140 % never reads as 100 %. "No quota" without one.
 */
export function AttainmentBar({
  attainment,
  width = "100%",
  showValue = true,
}: {
  attainment: number | null | undefined;
  width?: number | string;
  /** Off where the percentage is already shown large beside the bar. */
  showValue?: boolean;
}) {
  if (attainment == null) {
    return (
      <Typography variant="body2" color="text.secondary" component="span">
        No quota
      </Typography>
    );
  }
  const over = attainment >= 1;
  return (
    <Box
      component="span"
      sx={{ display: "flex", alignItems: "center", gap: 1, width, minWidth: 0 }}
      title={over ? "At or over quota" : undefined}
    >
      <LinearProgress
        variant="determinate"
        aria-hidden
        color={over ? "success" : "primary"}
        value={Math.max(0, Math.min(100, attainment * 100))}
        sx={{ flexGrow: 1, minWidth: 32, height: 8, borderRadius: 4 }}
      />
      {showValue && (
        <Typography
          component="span"
          variant="body2"
          sx={{
            minWidth: 44,
            textAlign: "right",
            fontVariantNumeric: "tabular-nums",
            fontWeight: over ? 700 : 400,
            color: over ? "success.main" : "text.primary",
          }}
        >
          {formatPercent(attainment)}
        </Typography>
      )}
    </Box>
  );
}
