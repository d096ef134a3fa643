import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import { Swatch } from "../../app/charts/ChartTooltip";

/** The series of a chart with their colors, in HTML so that it wraps instead of overlapping. */
export function ChartLegend({ items }: { items: readonly { label: string; color: string }[] }) {
  return (
    <Box
      component="ul"
      aria-label="Legend"
      sx={{
        display: "flex",
        flexWrap: "wrap",
        columnGap: 1.5,
        rowGap: 0.25,
        listStyle: "none",
        m: 0,
        p: 0,
      }}
    >
      {items.map((item) => (
        <Typography
          key={item.label}
          component="li"
          variant="caption"
          color="text.secondary"
          sx={{ display: "flex", alignItems: "center", gap: 0.75 }}
        >
          <Swatch color={item.color} />
          {item.label}
        </Typography>
      ))}
    </Box>
  );
}
