import type { BarDatum, ResponsiveBarSvgProps } from "@nivo/bar";

/**
 * jsdom cannot measure or draw charts (nivo's responsive wrapper needs layout), so component tests
 * render this stand-in; the browser tests draw the real chart.
 */
export function ResponsiveBar<T extends BarDatum>({
  ariaLabel,
  data,
  role = "img",
}: ResponsiveBarSvgProps<T>) {
  return <svg role={role} aria-label={ariaLabel} data-bars={data.length} />;
}
