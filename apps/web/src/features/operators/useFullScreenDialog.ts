import useMediaQuery from "@mui/material/useMediaQuery";
import type { Theme } from "@mui/material/styles";

/** On a phone a form dialog takes the whole screen: the keyboard leaves little room. */
export function useFullScreenDialog(): boolean {
  return useMediaQuery((theme: Theme) => theme.breakpoints.down("sm"), { noSsr: true });
}
