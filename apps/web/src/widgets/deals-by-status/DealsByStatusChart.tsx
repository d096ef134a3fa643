import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import useMediaQuery from "@mui/material/useMediaQuery";
import { useTheme } from "@mui/material/styles";
import { ResponsiveBar, type BarCustomLayerProps } from "@nivo/bar";
import { DEAL_STATUS_LABELS, formatMoney, type DealStatus } from "@prm/domain";
import { useEffectiveColorScheme } from "../../app/theme/useEffectiveColorScheme";
import { formatCount } from "../../app/format/count";
import { useNivoTheme } from "../../app/charts/nivo-theme";

export interface DealStatusRow {
  status: DealStatus;
  count: number;
  amount: string;
}

interface BarDatum {
  [key: string]: string | number;
  status: string;
  count: number;
  amount: string;
}

const STATUS_COLORS: Readonly<Record<DealStatus, { light: string; dark: string }>> = {
  DRAFT: { light: "#9aa5b8", dark: "#7d889c" },
  SUBMITTED: { light: "#2f6bde", dark: "#7aa2ff" },
  APPROVED: { light: "#2e9d5b", dark: "#5cc98a" },
  RETURNED: { light: "#e08a1e", dark: "#f3b25a" },
  REJECTED: { light: "#d64545", dark: "#f07a7a" },
  WITHDRAWN: { light: "#7b6fd6", dark: "#a59bf0" },
  EXPIRED: { light: "#8d6e63", dark: "#bc9a8f" },
};

/** Count and amount written at the end of each bar, so the numbers need no hovering. */
function BarValues({ bars }: BarCustomLayerProps<BarDatum>) {
  const theme = useTheme();
  return (
    <g>
      {bars.map((bar) => (
        <text
          key={bar.key}
          x={bar.x + bar.width + 8}
          y={bar.y + bar.height / 2}
          dominantBaseline="central"
          style={{ fontSize: 12, fill: "currentColor", fontFamily: theme.typography.fontFamily }}
        >
          {/* nivo drops zero fields from bar.data.data; the bar's value is the count */}
          <tspan style={{ fontWeight: 700 }}>{bar.data.value ?? 0}</tspan>
          <tspan dx={6} style={{ opacity: 0.7 }}>
            {formatMoney(bar.data.data.amount, { compact: true })}
          </tspan>
        </text>
      ))}
    </g>
  );
}

/** The chart's data in words, for screen readers (the svg is one image). */
function describeRows(rows: readonly DealStatusRow[]): string {
  const parts = rows.map(
    (row) =>
      `${DEAL_STATUS_LABELS[row.status]} ${row.count} (${formatMoney(row.amount, { compact: true })})`,
  );
  return `Deal registrations by status: ${parts.join(", ")}`;
}

export function DealsByStatusChart({ rows }: { rows: readonly DealStatusRow[] }) {
  const scheme = useEffectiveColorScheme();
  const reducedMotion = useMediaQuery("(prefers-reduced-motion: reduce)");
  const nivoTheme = useNivoTheme();
  const data: BarDatum[] = rows
    .map((row) => ({ status: row.status, count: row.count, amount: row.amount }))
    .reverse(); // nivo draws the first row at the bottom of a horizontal chart

  return (
    <Box sx={{ height: "100%", color: "text.primary" }}>
      <ResponsiveBar<BarDatum>
        data={data}
        keys={["count"]}
        indexBy="status"
        layout="horizontal"
        margin={{ top: 8, right: 110, bottom: 8, left: 92 }}
        padding={0.3}
        colors={(bar) => STATUS_COLORS[bar.indexValue as DealStatus][scheme]}
        borderRadius={3}
        enableGridY={false}
        enableGridX={false}
        axisBottom={null}
        axisLeft={{
          tickSize: 0,
          tickPadding: 10,
          format: (status: string) => DEAL_STATUS_LABELS[status as DealStatus] ?? status,
        }}
        enableLabel={false}
        layers={["grid", "axes", "bars", BarValues, "markers", "annotations"]}
        theme={nivoTheme}
        animate={!reducedMotion}
        role="img"
        ariaLabel={describeRows(rows)}
        tooltip={({ data: datum }) => (
          <Paper variant="outlined" sx={{ px: 1.5, py: 1 }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {DEAL_STATUS_LABELS[datum.status as DealStatus]}
            </Typography>
            <Typography variant="body2">
              {formatCount(datum.count, "registration")} · {formatMoney(datum.amount)}
            </Typography>
          </Paper>
        )}
      />
    </Box>
  );
}
