import Box from "@mui/material/Box";
import useMediaQuery from "@mui/material/useMediaQuery";
import { ResponsiveLine } from "@nivo/line";
import { formatMoney } from "@prm/domain";
import { useMemo, useState } from "react";
import { ChartTooltip } from "../../app/charts/ChartTooltip";
import { useNivoTheme } from "../../app/charts/nivo-theme";
import { formatAmount } from "../../app/format/money";
import { useEffectiveColorScheme } from "../../app/theme/useEffectiveColorScheme";
import { widgetPeriodLabel } from "../../app/widget-contract/period";
import type { WidgetViewProps } from "../../app/widget-contract/types";
import { WidgetEmpty, widgetQueryFallback } from "../../app/widget-contract/WidgetStates";
import type { SalesTrendWidgetQuery } from "../../gql/graphql";
import { ChartLayout, ChartSummary } from "../partner-charts/ChartSummary";
import { TREND_LINE_COLORS } from "./chart-colors";
import { SalesTrendDocument } from "./documents";
import { useSalesMetrics } from "./useSalesMetrics";

type TrendPoint = SalesTrendWidgetQuery["salesMetrics"]["trend"][number];

const DAY = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const compactMoney = (value: string | number) => formatMoney(value, { compact: true });

const DAY_MS = 24 * 3600 * 1000;

/** Whether a point is a week's end (Monday 00:00 UTC) rather than now or the period's end. */
function isWeekEnd(point: TrendPoint): boolean {
  const at = new Date(point.at);
  return at.getUTCDay() === 1 && at.getTime() % DAY_MS === 0;
}

/**
 * Where a point goes on the time axis: a week's end on the week's last day (the Sunday, where the
 * axis writes its date), now where it is.
 */
function pointDay(point: TrendPoint): Date {
  const at = new Date(point.at);
  return isWeekEnd(point) ? new Date(at.getTime() - DAY_MS) : at;
}

/** A point's moment in words: the week it closes, or now (or the period's end) for the last. */
function pointLabel(point: TrendPoint, running: boolean): string {
  if (!isWeekEnd(point)) return running ? "Now" : "End of the period";
  return `Week ending ${DAY.format(pointDay(point))}`;
}

/** nivo's time axis ticks: about six whatever the period's length. */
function tickEvery(points: number): string {
  if (points <= 7) return "every week";
  if (points <= 14) return "every 2 weeks";
  if (points <= 28) return "every month";
  return "every 2 months";
}

/**
 * The open pipeline expected to close in the period as it stood at the end of each week of it
 * (and now, while the period runs): is the pipeline growing or draining?
 */
export default function PipelineTrendWidget({ settings }: WidgetViewProps) {
  const query = useSalesMetrics(SalesTrendDocument, settings);
  const nivoTheme = useNivoTheme();
  const scheme = useEffectiveColorScheme();
  const reducedMotion = useMediaQuery("(prefers-reduced-motion: reduce)");
  // When the figures were asked for: whether the period has started, whether it still runs.
  const [now] = useState(() => Date.now());
  const metrics = query.data?.salesMetrics;
  const trend = useMemo(() => metrics?.trend ?? [], [metrics]);
  const series = useMemo(
    () => [
      {
        id: "open",
        data: trend.map((point) => ({ x: pointDay(point), y: Number(point.openAmount) })),
      },
    ],
    [trend],
  );

  const fallback = widgetQueryFallback(query);
  if (fallback || !metrics) return fallback;
  const period = widgetPeriodLabel(settings);
  if (trend.length < 2) {
    const started = now >= new Date(metrics.from).getTime();
    return (
      <WidgetEmpty
        title={started ? "Not enough weeks yet" : `The period has not started`}
        hint={
          started
            ? "The trend shows the open pipeline at the end of each week of the period: it draws once the first week has ended."
            : `The trend of ${period} draws once its first week has ended.`
        }
      />
    );
  }
  const running = now < new Date(metrics.to).getTime();
  const label = (index: number) => pointLabel(trend[index]!, running);
  const first = trend[0]!;
  const last = trend[trend.length - 1]!;
  const lineColor = TREND_LINE_COLORS[scheme];
  const description = trend
    .map(
      (point, index) => `${label(index)}: ${compactMoney(point.openAmount)} (${point.openCount})`,
    )
    .join("; ");

  return (
    <ChartLayout
      summary={
        <ChartSummary figure={compactMoney(last.openAmount)}>
          open {running ? "now" : "at the end"}, closing {period} · {compactMoney(first.openAmount)}{" "}
          in the {label(0).replace(/^Week/, "week")}
        </ChartSummary>
      }
    >
      <Box sx={{ height: "100%", color: "text.primary" }}>
        <ResponsiveLine
          data={series}
          xScale={{ type: "time", format: "native", useUTC: true, precision: "hour" }}
          yScale={{ type: "linear", min: 0, max: "auto", nice: true }}
          margin={{ top: 12, right: 20, bottom: 28, left: 56 }}
          colors={[lineColor]}
          lineWidth={2}
          pointSize={6}
          pointColor={lineColor}
          enableArea
          areaOpacity={0.12}
          enableGridX={false}
          gridYValues={4}
          axisLeft={{ tickSize: 0, tickPadding: 8, tickValues: 4, format: compactMoney }}
          axisBottom={{
            tickSize: 0,
            tickPadding: 8,
            format: "%b %-d",
            tickValues: tickEvery(trend.length),
          }}
          useMesh
          role="img"
          ariaLabel={`Open pipeline closing ${period}, week by week: ${description}`}
          theme={nivoTheme}
          animate={!reducedMotion}
          tooltip={({ point }) => {
            const row = trend[point.indexInSeries];
            if (!row) return null;
            return (
              <ChartTooltip
                title={label(point.indexInSeries)}
                lines={[
                  { label: "Open amount", value: formatAmount(row.openAmount), color: lineColor },
                  {
                    label: "Open opportunities",
                    value: row.openCount.toLocaleString("en-US"),
                  },
                ]}
              />
            );
          }}
        />
      </Box>
    </ChartLayout>
  );
}
