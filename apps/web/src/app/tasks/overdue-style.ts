import type { Theme } from "@mui/material/styles";

/**
 * Text that says a task is overdue (an `sx` entry): the error color, bold; in the dark scheme its
 * lighter shade (the main red on a dark paper is under the 4.5:1 contrast small text needs).
 */
export function overdueText(theme: Theme) {
  const palette = (theme.vars ?? theme).palette;
  return {
    color: palette.error.main,
    fontWeight: 600,
    ...theme.applyStyles("dark", { color: palette.error.light }),
  };
}
