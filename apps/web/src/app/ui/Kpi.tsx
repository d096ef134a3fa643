import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";

/** One headline figure of a record's page: what it is, the figure, and a line of context. */
export function Kpi({
  label,
  value,
  children,
}: {
  label: string;
  value: string;
  children?: ReactNode;
}) {
  return (
    <Paper variant="outlined" component="section" aria-label={label} sx={{ p: 2, minWidth: 0 }}>
      <Typography variant="body2" color="text.secondary">
        {label}
      </Typography>
      <Typography
        component="p"
        noWrap
        title={value}
        sx={{
          // Seven-figure amounts still fit six cards across a laptop screen.
          fontSize: { xs: 22, lg: "clamp(18px, 1.7vw, 24px)" },
          fontWeight: 700,
          lineHeight: 1.3,
          fontVariantNumeric: "tabular-nums",
        }}
      >
        {value}
      </Typography>
      {children && (
        <Typography variant="body2" color="text.secondary" component="div" sx={{ mt: 0.5 }}>
          {children}
        </Typography>
      )}
    </Paper>
  );
}

/** Six cards in a row on a wide screen, three or two on smaller ones (the skeleton's too). */
export const KPI_GRID_SX = {
  display: "grid",
  gap: 2,
  gridTemplateColumns: {
    xs: "repeat(2, minmax(0, 1fr))",
    md: "repeat(3, minmax(0, 1fr))",
    lg: "repeat(6, minmax(0, 1fr))",
  },
  mb: 2,
} as const;
