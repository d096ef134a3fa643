/**
 * An amount and its weighted part in the theme's primary color, faint and strong, read from the
 * theme's CSS variables so that both schemes get their own shade.
 */
export const AMOUNT_COLORS = {
  amount: "rgba(var(--mui-palette-primary-mainChannel) / 0.3)",
  weighted: "var(--mui-palette-primary-main)",
} as const;

/**
 * The trend line in the theme's primary color of each scheme, as values: nivo writes colors into
 * SVG attributes, which do not read CSS variables.
 */
export const TREND_LINE_COLORS = { light: "#2952cc", dark: "#8fa8ff" } as const;
