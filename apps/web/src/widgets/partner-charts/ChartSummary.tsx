import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";

/** The headline above a chart: one big figure and what it means. */
export function ChartSummary({ figure, children }: { figure: string; children: ReactNode }) {
  return (
    <Box sx={{ display: "flex", alignItems: "baseline", gap: 1.25, flexWrap: "wrap", mb: 0.5 }}>
      <Typography component="p" sx={{ fontSize: 24, fontWeight: 700, lineHeight: 1.2 }}>
        {figure}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {children}
      </Typography>
    </Box>
  );
}

/**
 * The widget body of a chart: headline, optional legend, the chart filling the rest, and an
 * optional line under it.
 */
export function ChartLayout({
  summary,
  legend,
  footer,
  children,
}: {
  summary: ReactNode;
  legend?: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Box sx={{ height: "100%", display: "flex", flexDirection: "column", minHeight: 0 }}>
      {summary}
      {legend}
      <Box sx={{ flexGrow: 1, minHeight: 120, mt: 0.5 }}>{children}</Box>
      {footer}
    </Box>
  );
}
