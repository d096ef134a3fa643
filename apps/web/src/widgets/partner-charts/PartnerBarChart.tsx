import Box from "@mui/material/Box";
import useMediaQuery from "@mui/material/useMediaQuery";
import { useTheme } from "@mui/material/styles";
import { ResponsiveBar, type BarCustomLayerProps, type BarSvgProps } from "@nivo/bar";
import {
  createContext,
  useContext,
  useMemo,
  type CSSProperties,
  type MouseEvent,
  type ReactNode,
} from "react";
import { useNavigate } from "react-router";
import { useNivoTheme } from "../../app/charts/nivo-theme";

/** One partner's row of a partner chart: the partner, and one number per series key. */
export interface PartnerBarDatum {
  [key: string]: string | number;
  partnerId: string;
  partnerName: string;
}

type TickProps = Parameters<
  NonNullable<NonNullable<BarSvgProps<PartnerBarDatum>["axisLeft"]>["renderTick"]>
>[0];

/** Names longer than this are cut on the axis; the full name is in the tick's and bar's tooltip. */
const NAME_MAX_CHARS = 24;
const CHAR_WIDTH_PX = 6.8;

export function truncateName(name: string, max = NAME_MAX_CHARS): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}

interface ChartContext {
  rowsById: ReadonlyMap<string, PartnerBarDatum>;
  pathOf: (partnerId: string) => string;
  endLabel?: (row: PartnerBarDatum) => string;
  endLabelAt: "bar" | "edge";
  fontFamily: string | undefined;
}

// nivo renders ticks and layers as components; they read the chart's rows from here, so that
// they can be defined once, outside any render.
const PartnerChartContext = createContext<ChartContext | null>(null);

function useChartContext(): ChartContext {
  const context = useContext(PartnerChartContext);
  if (!context) throw new Error("Partner chart parts render inside PartnerBarChart only.");
  return context;
}

/** A partner's name on the axis, as a link to the partner's page (keyboard users tab to it). */
function PartnerTick({ value, x, y, textX, textY, textAnchor, theme }: TickProps) {
  const { rowsById, pathOf } = useChartContext();
  const navigate = useNavigate();
  const id = String(value);
  const name = rowsById.get(id)?.partnerName ?? id;
  const href = pathOf(id);
  const onClick = (event: MouseEvent<Element>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void navigate(href);
  };
  return (
    <g transform={`translate(${x},${y})`}>
      <a href={href} onClick={onClick} aria-label={`Open ${name}`}>
        <title>{name}</title>
        <text
          x={textX}
          y={textY}
          textAnchor={textAnchor as "start" | "middle" | "end"}
          dominantBaseline="central"
          style={theme.text as CSSProperties}
        >
          {truncateName(name)}
        </text>
      </a>
    </g>
  );
}

/** Text after each partner's bars (a total, a win rate…), so the key figure needs no hovering. */
function EndLabels<D extends PartnerBarDatum>({ bars, innerWidth }: BarCustomLayerProps<D>) {
  const { rowsById, endLabel, endLabelAt, fontFamily } = useChartContext();
  if (!endLabel) return null;
  const extents = new Map<string, { right: number; y: number }>();
  for (const bar of bars) {
    const id = String(bar.data.indexValue);
    const right = bar.x + bar.width;
    const seen = extents.get(id);
    extents.set(id, {
      right: Math.max(seen?.right ?? 0, right),
      y: bar.y + bar.height / 2,
    });
  }
  return (
    <g aria-hidden>
      {[...extents].map(([id, { right, y }]) => {
        const row = rowsById.get(id);
        if (!row) return null;
        return (
          <text
            key={id}
            x={endLabelAt === "edge" ? innerWidth + 10 : right + 6}
            y={y}
            dominantBaseline="central"
            style={{ fontSize: 12, fill: "currentColor", fontFamily, fontWeight: 600 }}
          >
            {endLabel(row)}
          </text>
        );
      })}
    </g>
  );
}

export interface PartnerBarChartProps<D extends PartnerBarDatum> {
  /** Top to bottom, as read. */
  rows: readonly D[];
  keys: readonly string[];
  /** Each key's color in the scheme on screen. */
  colors: Readonly<Record<string, string>>;
  /** Formats the value axis' ticks. */
  formatValue: (value: number) => string;
  valueScale?: { min: number | "auto"; max: number | "auto"; nice?: boolean };
  tickValues?: number | number[];
  endLabel?: (row: D) => string;
  /** "bar": right after the bars; "edge": in a column at the chart's right edge. */
  endLabelAt?: "bar" | "edge";
  /** Room on the right for the end labels, in pixels. */
  endLabelWidth?: number;
  tooltip: (row: D, key: string) => ReactNode;
  /** The chart's data in words, for screen readers (the svg is one image). */
  ariaLabel: string;
  partnerPath: (partnerId: string) => string;
}

/**
 * The horizontal bar chart the partner widgets share: one row per partner, partner names as links
 * on the left, a formatted value axis, click a bar to open the partner's page.
 */
export function PartnerBarChart<D extends PartnerBarDatum>({
  rows,
  keys,
  colors,
  formatValue,
  valueScale = { min: 0, max: "auto" },
  tickValues = 4,
  endLabel,
  endLabelAt = "bar",
  endLabelWidth = 80,
  tooltip,
  ariaLabel,
  partnerPath,
}: PartnerBarChartProps<D>) {
  const navigate = useNavigate();
  const { typography } = useTheme();
  const nivoTheme = useNivoTheme();
  const reducedMotion = useMediaQuery("(prefers-reduced-motion: reduce)");
  // nivo keeps only truthy fields in a bar's data: every lookup goes back to the original row.
  const rowsById = useMemo(() => new Map(rows.map((row) => [row.partnerId, row])), [rows]);
  const context = useMemo<ChartContext>(
    () => ({
      rowsById,
      pathOf: partnerPath,
      endLabel: endLabel as ChartContext["endLabel"],
      endLabelAt,
      fontFamily: typography.fontFamily,
    }),
    [rowsById, partnerPath, endLabel, endLabelAt, typography.fontFamily],
  );
  // nivo draws the first row at the bottom of a horizontal chart.
  const data = useMemo(() => [...rows].reverse(), [rows]);
  const longest = Math.max(...rows.map((row) => truncateName(row.partnerName).length), 4);

  return (
    <PartnerChartContext.Provider value={context}>
      <Box
        sx={{
          height: "100%",
          color: "text.primary",
          "& svg rect": { cursor: "pointer" },
          "& svg a:hover text, & svg a:focus-visible text": { textDecoration: "underline" },
          "& svg a:focus-visible": {
            outline: "2px solid var(--mui-palette-primary-main)",
            outlineOffset: 2,
          },
        }}
      >
        <ResponsiveBar<D>
          data={data}
          keys={keys}
          indexBy="partnerId"
          layout="horizontal"
          groupMode="stacked"
          margin={{
            top: 4,
            right: endLabel ? endLabelWidth : 16,
            bottom: 26,
            left: Math.round(longest * CHAR_WIDTH_PX) + 14,
          }}
          padding={0.28}
          valueScale={{ type: "linear", nice: true, ...valueScale }}
          colors={(bar) => colors[String(bar.id)] ?? "#888"}
          borderRadius={2}
          enableGridY={false}
          enableGridX
          gridXValues={tickValues}
          axisBottom={{ tickSize: 0, tickPadding: 8, tickValues, format: formatValue }}
          axisLeft={{ tickSize: 0, tickPadding: 10, renderTick: PartnerTick }}
          enableLabel={false}
          layers={["grid", "axes", "bars", EndLabels<D>, "markers", "annotations"]}
          theme={nivoTheme}
          animate={!reducedMotion}
          // A group, not an image: the partner names inside are links.
          role="group"
          ariaLabel={ariaLabel}
          onClick={(bar) => void navigate(partnerPath(String(bar.indexValue)))}
          tooltip={({ id, indexValue }) => {
            const row = rowsById.get(String(indexValue));
            return row ? tooltip(row as D, String(id)) : null;
          }}
        />
      </Box>
    </PartnerChartContext.Provider>
  );
}
