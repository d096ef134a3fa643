/** Styles for text that screen readers read and the screen does not show (e.g. "Move to …"). */
export const VISUALLY_HIDDEN = {
  position: "absolute",
  // Pixels: in MUI's sx a bare 1 would mean 100%.
  width: "1px",
  height: "1px",
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
} as const;
