import { useTheme } from "@mui/material/styles";
import { useMemo } from "react";
import { CHART_PALETTE } from "../theme/theme";
import { useEffectiveColorScheme } from "../theme/useEffectiveColorScheme";

/** nivo's theme in the colors of the scheme on screen. */
export function useNivoTheme() {
  const { typography } = useTheme();
  const scheme = useEffectiveColorScheme();
  return useMemo(() => {
    const colors = CHART_PALETTE[scheme];
    return {
      text: { fontSize: 12, fill: colors.mutedText, fontFamily: typography.fontFamily },
      axis: {
        ticks: { text: { fontSize: 12, fill: colors.text } },
        domain: { line: { stroke: colors.line } },
      },
      grid: { line: { stroke: colors.line } },
    };
  }, [typography.fontFamily, scheme]);
}
