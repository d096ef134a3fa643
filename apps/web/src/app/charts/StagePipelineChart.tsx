import Box from "@mui/material/Box";
import useMediaQuery from "@mui/material/useMediaQuery";
import { useTheme } from "@mui/material/styles";
import { ResponsiveBar, type BarCustomLayerProps, type ComputedBarDatum } from "@nivo/bar";
import type { SVGProps } from "react";
import {
  formatMoney,
  isOpenStage,
  STAGE_LABELS,
  type OpenStage,
  type OpportunityStage,
} from "@prm/domain";
import { useEffectiveColorScheme } from "../theme/useEffectiveColorScheme";
import { stageColors } from "./chart-colors";
import { ChartTooltip } from "./ChartTooltip";
import { formatAmount } from "../format/money";
import { useNivoTheme } from "./nivo-theme";

/** One stage of an open pipeline, as the metrics answer it (`StageAmount`). */
export interface StageRow {
  stage: OpportunityStage;
  amount: string;
  weightedAmount: string;
  count: number;
}

interface StageDatum {
  [key: string]: string | number;
  stage: OpenStage;
  amount: number;
}

const compactMoney = (value: number | string) => formatMoney(value, { compact: true });

/** A bar's amount in words beside it, so the figures need no hovering. */
function BarAmount({ value, ...position }: SVGProps<SVGTextElement> & { value: number }) {
  const theme = useTheme();
  return (
    <text
      {...position}
      style={{
        fontSize: 12,
        fontWeight: 600,
        fill: "currentColor",
        fontFamily: theme.typography.fontFamily,
      }}
    >
      {compactMoney(value)}
    </text>
  );
}

/** A chart layer writing each bar's amount where `at` puts it. */
function amountsLayer(at: (bar: ComputedBarDatum<StageDatum>) => SVGProps<SVGTextElement>) {
  return function BarAmounts({ bars }: BarCustomLayerProps<StageDatum>) {
    return (
      <g aria-hidden>
        {bars.map((bar) => (
          <BarAmount key={bar.key} value={bar.data.value ?? 0} {...at(bar)} />
        ))}
      </g>
    );
  };
}

/** Above the columns of the vertical chart. */
const BarTops = amountsLayer((bar) => ({
  x: bar.x + bar.width / 2,
  y: bar.y - 8,
  textAnchor: "middle",
}));

/** After the bars of the horizontal (phone) chart. */
const BarEnds = amountsLayer((bar) => ({
  x: bar.x + bar.width + 6,
  y: bar.y + bar.height / 2,
  dominantBaseline: "central",
}));

const stageLabel = (stage: string) => STAGE_LABELS[stage as OpenStage] ?? stage;

/**
 * An open pipeline (a partner's, a person's) in each open stage (amount; weighted amount and count on hover):
 * columns, or on a phone, where four stage names do not fit side by side, bars.
 */
export function StagePipelineChart({ stages }: { stages: readonly StageRow[] }) {
  const phone = useMediaQuery(useTheme().breakpoints.down("sm"), { noSsr: true });
  const scheme = useEffectiveColorScheme();
  const nivoTheme = useNivoTheme();
  const reducedMotion = useMediaQuery("(prefers-reduced-motion: reduce)");
  const colors = stageColors(scheme);
  const open = stages.filter((row): row is StageRow & { stage: OpenStage } =>
    isOpenStage(row.stage),
  );
  const byStage = new Map(open.map((row) => [row.stage, row]));
  const columns: StageDatum[] = open.map((row) => ({
    stage: row.stage,
    amount: Number(row.amount),
  }));
  // nivo draws the first row of a horizontal chart at the bottom.
  const data = phone ? [...columns].reverse() : columns;
  const description = open
    .map((row) => `${STAGE_LABELS[row.stage]} ${compactMoney(row.amount)} (${row.count})`)
    .join(", ");

  return (
    <Box sx={{ height: phone ? 200 : 260, color: "text.primary" }}>
      <ResponsiveBar<StageDatum>
        data={data}
        keys={["amount"]}
        indexBy="stage"
        valueScale={{ type: "linear", nice: true }}
        colors={(bar) => colors[bar.indexValue as OpenStage]}
        borderRadius={3}
        enableLabel={false}
        {...(phone
          ? {
              layout: "horizontal",
              margin: { top: 0, right: 56, bottom: 0, left: 92 },
              padding: 0.3,
              enableGridY: false,
              axisBottom: null,
              axisLeft: { tickSize: 0, tickPadding: 10, format: stageLabel },
              layers: ["axes", "bars", BarEnds, "markers", "annotations"],
            }
          : {
              margin: { top: 24, right: 8, bottom: 28, left: 56 },
              padding: 0.35,
              enableGridX: false,
              gridYValues: 4,
              axisLeft: { tickSize: 0, tickPadding: 8, tickValues: 4, format: compactMoney },
              axisBottom: { tickSize: 0, tickPadding: 8, format: stageLabel },
              layers: ["grid", "axes", "bars", BarTops, "markers", "annotations"],
            })}
        theme={nivoTheme}
        animate={!reducedMotion}
        role="img"
        ariaLabel={`Open pipeline by stage: ${description}`}
        tooltip={({ indexValue }) => {
          const row = byStage.get(indexValue as OpenStage);
          if (!row) return null;
          return (
            <ChartTooltip
              title={STAGE_LABELS[row.stage]}
              lines={[
                { label: "Amount", value: formatAmount(row.amount), color: colors[row.stage] },
                { label: "Weighted", value: formatAmount(row.weightedAmount) },
                { label: "Open opportunities", value: row.count.toLocaleString("en-US") },
              ]}
            />
          );
        }}
      />
    </Box>
  );
}
