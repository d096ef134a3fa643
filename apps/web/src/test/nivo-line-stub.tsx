import type { LineSeries, LineSvgProps } from "@nivo/line";

/**
 * jsdom cannot measure or draw charts (nivo's responsive wrapper needs layout), so component tests
 * render this stand-in; the browser tests draw the real chart.
 */
export function ResponsiveLine<Series extends LineSeries>({
  data,
  ariaLabel,
  role = "img",
}: LineSvgProps<Series>) {
  return (
    <svg
      role={role}
      aria-label={ariaLabel}
      data-points={data.reduce((sum, series) => sum + series.data.length, 0)}
    />
  );
}
