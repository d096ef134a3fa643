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
import { useElementSize } from "../../app/charts/useElementSize";
import { zeroBasedScale } from "./value-scale";

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

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
/** Below this width (a phone, a narrow widget) partner names go above their bars, not beside. */
const NAMES_ABOVE_BELOW_PX = 480;
/**
 * Room for a name line above its bar: the name sits 4 px over its own bar and further from the
 * bar above, so each name reads as its bar's.
 */
const NAME_LINE_PX = 22;
const NAME_BASELINE_GAP_PX = 4;
/** Names go above bars only while each bar keeps at least this height. */
const MIN_BAR_PX = 8;
/** A narrow chart with names on the left gives them at most this share of its width. */
const NARROW_NAME_SHARE = 0.35;
/** Half a tick label's width: the value axis' first and last labels stay inside the chart. */
const TICK_OVERHANG_PX = 24;
/** Value-axis ticks are at least this far apart, so their labels ("$600K") never touch. */
const TICK_SPACING_PX = 60;
const MARGIN = { top: 4, bottom: 26 };
const FROM_ZERO = { min: 0, max: "auto" } as const;

export function truncateName(name: string, max = NAME_MAX_CHARS): string {
  return name.length <= max ? name : `${name.slice(0, max - 1).trimEnd()}…`;
}

interface ChartContext {
  rowsById: ReadonlyMap<string, PartnerBarDatum>;
  pathOf: (partnerId: string) => string;
  /** How many characters of a name fit, and where names go (see `chartLayout`). */
  names: PartnerNames;
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
  const { rowsById, pathOf, names } = useChartContext();
  const navigate = useNavigate();
  const id = String(value);
  const name = rowsById.get(id)?.partnerName ?? id;
  const shown = truncateName(name, names.maxChars);
  const href = pathOf(id);
  const label =
    names.above !== null ? (
      <text x={0} y={-names.above} style={theme.text as CSSProperties}>
        {shown}
      </text>
    ) : (
      <text
        x={textX}
        y={textY}
        textAnchor={textAnchor as "start" | "middle" | "end"}
        dominantBaseline="central"
        style={theme.text as CSSProperties}
      >
        {shown}
      </text>
    );
  const onClick = (event: MouseEvent<Element>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    void navigate(href);
  };
  return (
    <g transform={`translate(${x},${y})`}>
      <a href={href} onClick={onClick} aria-label={`Open ${name}`}>
        <title>{name}</title>
        {label}
      </a>
    </g>
  );
}

/** Text after each partner's bars (a total, a win rate…), so the key figure needs no hovering. */
function EndLabels<D extends PartnerBarDatum>({ bars, innerWidth }: BarCustomLayerProps<D>) {
  const { rowsById, endLabel, endLabelAt, names, fontFamily } = useChartContext();
  if (!endLabel) return null;
  const style = { fontSize: 12, fill: "currentColor", fontFamily, fontWeight: 600 };
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
        return names.above !== null ? (
          <text key={id} x={innerWidth} y={y - names.above} textAnchor="end" style={style}>
            {endLabel(row)}
          </text>
        ) : (
          <text
            key={id}
            x={endLabelAt === "edge" ? innerWidth + 10 : right + 6}
            y={y}
            dominantBaseline="central"
            style={style}
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
  /** A row's page. */
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
  valueScale = FROM_ZERO,
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
  const [sizeRef, size] = useElementSize<HTMLDivElement>();
  const endRoom = endLabel ? endLabelWidth : 0;
  const layout = useMemo(() => chartLayout(size, rows, endRoom), [size, rows, endRoom]);
  const context = useMemo<ChartContext>(
    () => ({
      rowsById,
      pathOf: partnerPath,
      names: layout.names,
      endLabel: endLabel as ChartContext["endLabel"],
      endLabelAt,
      fontFamily: typography.fontFamily,
    }),
    [rowsById, partnerPath, layout.names, endLabel, endLabelAt, typography.fontFamily],
  );
  // nivo draws the first row at the bottom of a horizontal chart.
  const data = useMemo(() => [...rows].reverse(), [rows]);
  // Ticks the chart picks itself are as many as its width holds, at nice values from zero.
  const axis = useMemo(() => {
    if (typeof tickValues !== "number" || valueScale.min !== 0 || valueScale.max !== "auto") {
      return {
        valueScale: { type: "linear" as const, nice: true, ...valueScale },
        ticks: tickValues,
      };
    }
    const largest = Math.max(
      0,
      ...rows.map((row) => sum(keys.map((key) => Number(row[key]) || 0))),
    );
    const roomyStep = layout.innerWidth > 0 ? (largest * TICK_SPACING_PX) / layout.innerWidth : 0;
    const scale = zeroBasedScale(largest, Math.max(roomyStep, largest / tickValues));
    return {
      valueScale: { type: "linear" as const, min: 0, max: scale.max, nice: false },
      ticks: scale.ticks,
    };
  }, [tickValues, valueScale, layout.innerWidth, rows, keys]);

  return (
    <PartnerChartContext.Provider value={context}>
      <Box
        ref={sizeRef}
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
          margin={layout.margin}
          padding={layout.padding}
          valueScale={axis.valueScale}
          colors={(bar) => colors[String(bar.id)] ?? "#888"}
          borderRadius={2}
          enableGridY={false}
          enableGridX
          gridXValues={axis.ticks}
          axisBottom={{ tickSize: 0, tickPadding: 8, tickValues: axis.ticks, format: formatValue }}
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

interface PartnerNames {
  maxChars: number;
  /**
   * null: names on the left, end labels after the bars. A number: each name on a line above its
   * bar, with its end label at the line's right end, this far above the row's centre.
   */
  above: number | null;
}

/**
 * Where the names and end labels go, and how much room the bars get. Wide: names on the left,
 * end labels after the bars. Narrow: names above their bars, so the bars keep the chart's whole
 * width — the band padding leaves that line free (with padding p, each row's step is
 * innerHeight / (rows + p) and p of it is the space above the bar). When rows are too many for
 * that (bars would shrink to lines), narrow charts keep names on the left, cut shorter.
 */
function chartLayout(
  { width, height }: { width: number; height: number },
  rows: readonly PartnerBarDatum[],
  endLabelWidth: number,
) {
  const count = Math.max(1, rows.length);
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  const padding = Math.max(0.28, (NAME_LINE_PX * count) / (innerHeight - NAME_LINE_PX));
  const barHeight = (innerHeight / (count + padding)) * (1 - padding);
  const narrow = width > 0 && width < NAMES_ABOVE_BELOW_PX;
  if (narrow && innerHeight > NAME_LINE_PX && padding < 1 && barHeight >= MIN_BAR_PX) {
    const margin = { ...MARGIN, left: TICK_OVERHANG_PX / 2, right: TICK_OVERHANG_PX };
    const innerWidth = width - margin.left - margin.right;
    const nameRoom = innerWidth - (endLabelWidth ? endLabelWidth + 8 : 0);
    const names = {
      maxChars: Math.floor(nameRoom / CHAR_WIDTH_PX),
      above: barHeight / 2 + NAME_BASELINE_GAP_PX,
    };
    return { margin, padding, names, innerWidth };
  }
  const maxChars = narrow
    ? Math.min(NAME_MAX_CHARS, Math.floor((width * NARROW_NAME_SHARE) / CHAR_WIDTH_PX))
    : NAME_MAX_CHARS;
  const longest = Math.max(...rows.map((row) => truncateName(row.partnerName, maxChars).length), 4);
  const margin = {
    ...MARGIN,
    left: Math.round(longest * CHAR_WIDTH_PX) + 14,
    right: endLabelWidth || 16,
  };
  const innerWidth = width - margin.left - margin.right;
  return { margin, padding: 0.28, names: { maxChars, above: null }, innerWidth };
}
