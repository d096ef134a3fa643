import Box from "@mui/material/Box";
import useMediaQuery from "@mui/material/useMediaQuery";
import { useTheme } from "@mui/material/styles";
import { ResponsiveBar, type BarCustomLayerProps } from "@nivo/bar";
import { formatMoney, isOpenStage, STAGE_LABELS, type OpenStage } from "@prm/domain";
import { useEffectiveColorScheme } from "../../app/theme/useEffectiveColorScheme";
import type { PartnerPageQuery } from "../../gql/graphql";
import { stageColors } from "../../app/charts/chart-colors";
import { ChartTooltip } from "../../app/charts/ChartTooltip";
import { formatAmount } from "../../app/format/money";
import { useNivoTheme } from "../../app/charts/nivo-theme";

type StageRow = PartnerPageQuery["partner"]["performance"]["byStage"][number];

interface StageDatum {
  [key: string]: string | number;
  stage: OpenStage;
  amount: number;
}

const compactMoney = (value: number | string) => formatMoney(value, { compact: true });

/** The amount above each bar, so the figures need no hovering. */
function BarTops({ bars }: BarCustomLayerProps<StageDatum>) {
  const theme = useTheme();
  return (
    <g aria-hidden>
      {bars.map((bar) => (
        <text
          key={bar.key}
          x={bar.x + bar.width / 2}
          y={bar.y - 8}
          textAnchor="middle"
          style={{
            fontSize: 12,
            fontWeight: 600,
            fill: "currentColor",
            fontFamily: theme.typography.fontFamily,
          }}
        >
          {compactMoney(bar.data.value ?? 0)}
        </text>
      ))}
    </g>
  );
}

/** A partner's open pipeline in each open stage (amount; weighted amount and count on hover). */
export function StagePipelineChart({ stages }: { stages: readonly StageRow[] }) {
  const scheme = useEffectiveColorScheme();
  const nivoTheme = useNivoTheme();
  const reducedMotion = useMediaQuery("(prefers-reduced-motion: reduce)");
  const colors = stageColors(scheme);
  const open = stages.filter((row): row is StageRow & { stage: OpenStage } =>
    isOpenStage(row.stage),
  );
  const byStage = new Map(open.map((row) => [row.stage, row]));
  const data: StageDatum[] = open.map((row) => ({ stage: row.stage, amount: Number(row.amount) }));
  const description = open
    .map((row) => `${STAGE_LABELS[row.stage]} ${compactMoney(row.amount)} (${row.count})`)
    .join(", ");

  return (
    <Box sx={{ height: 260, color: "text.primary" }}>
      <ResponsiveBar<StageDatum>
        data={data}
        keys={["amount"]}
        indexBy="stage"
        margin={{ top: 24, right: 8, bottom: 28, left: 56 }}
        padding={0.35}
        valueScale={{ type: "linear", nice: true }}
        colors={(bar) => colors[bar.indexValue as OpenStage]}
        borderRadius={3}
        enableGridX={false}
        gridYValues={4}
        axisLeft={{ tickSize: 0, tickPadding: 8, tickValues: 4, format: compactMoney }}
        axisBottom={{
          tickSize: 0,
          tickPadding: 8,
          format: (stage: string) => STAGE_LABELS[stage as OpenStage] ?? stage,
        }}
        enableLabel={false}
        layers={["grid", "axes", "bars", BarTops, "markers", "annotations"]}
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
