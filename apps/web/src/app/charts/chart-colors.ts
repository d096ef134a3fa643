import type { OpenStage } from "@prm/domain";
type ColorScheme = "light" | "dark";

type SchemeColors = Readonly<Record<ColorScheme, string>>;

/** Won in green, lost in red, in both schemes (the deal status chart uses the same hues). */
export const OUTCOME_COLORS: Readonly<Record<"won" | "lost", SchemeColors>> = {
  won: { light: "#2e9d5b", dark: "#5cc98a" },
  lost: { light: "#d64545", dark: "#f07a7a" },
};

/** One hue getting stronger as a deal advances: later stages stand out. */
export const STAGE_COLORS: Readonly<Record<OpenStage, SchemeColors>> = {
  QUALIFICATION: { light: "#b7c8f5", dark: "#3b4f85" },
  DISCOVERY: { light: "#7f9ded", dark: "#5a78cc" },
  PROPOSAL: { light: "#4470dc", dark: "#8aa6f5" },
  NEGOTIATION: { light: "#1d3f9e", dark: "#c9d6ff" },
};

export function stageColors(scheme: ColorScheme): Readonly<Record<OpenStage, string>> {
  return {
    QUALIFICATION: STAGE_COLORS.QUALIFICATION[scheme],
    DISCOVERY: STAGE_COLORS.DISCOVERY[scheme],
    PROPOSAL: STAGE_COLORS.PROPOSAL[scheme],
    NEGOTIATION: STAGE_COLORS.NEGOTIATION[scheme],
  };
}
