import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";

export interface TooltipLine {
  label: string;
  value: string;
  /** A swatch in the series' color, to tie the line to its bar. */
  color?: string;
}

/** A chart tooltip: a title (the full partner name) and label/value lines. */
export function ChartTooltip({
  title,
  subtitle,
  lines,
}: {
  title: string;
  subtitle?: ReactNode;
  lines: readonly TooltipLine[];
}) {
  return (
    <Paper
      variant="outlined"
      sx={{ px: 1.5, py: 1, width: "max-content", maxWidth: 360, boxShadow: 2 }}
    >
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {title}
      </Typography>
      {subtitle && (
        <Typography variant="caption" color="text.secondary" component="p">
          {subtitle}
        </Typography>
      )}
      <Box
        component="dl"
        sx={{
          m: 0,
          mt: 0.5,
          display: "grid",
          gridTemplateColumns: "auto auto",
          columnGap: 2,
          rowGap: 0.25,
        }}
      >
        {lines.map((line) => (
          <Box key={line.label} sx={{ display: "contents" }}>
            <Typography
              component="dt"
              variant="body2"
              color="text.secondary"
              sx={{ display: "flex", alignItems: "center", gap: 0.75, whiteSpace: "nowrap" }}
            >
              {line.color && <Swatch color={line.color} />}
              {line.label}
            </Typography>
            <Typography
              component="dd"
              variant="body2"
              sx={{
                m: 0,
                textAlign: "right",
                whiteSpace: "nowrap",
                fontVariantNumeric: "tabular-nums",
                fontWeight: 600,
              }}
            >
              {line.value}
            </Typography>
          </Box>
        ))}
      </Box>
    </Paper>
  );
}

export function Swatch({ color }: { color: string }) {
  return (
    <Box
      component="span"
      aria-hidden
      sx={{ width: 10, height: 10, borderRadius: "2px", bgcolor: color, flexShrink: 0 }}
    />
  );
}
