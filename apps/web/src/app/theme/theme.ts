import { createTheme } from "@mui/material/styles";

const focusRing = {
  outline: "2px solid var(--mui-palette-primary-main)",
  outlineOffset: 2,
};

/** Concrete colors for SVG charts (nivo needs values, not CSS variables), per color scheme. */
export const CHART_PALETTE = {
  light: {
    text: "rgba(0, 0, 0, 0.87)",
    mutedText: "rgba(0, 0, 0, 0.6)",
    line: "rgba(0, 0, 0, 0.12)",
  },
  dark: {
    text: "#ffffff",
    mutedText: "rgba(255, 255, 255, 0.7)",
    line: "rgba(255, 255, 255, 0.12)",
  },
} as const;

/** One theme with a light and a dark scheme, switched by a class on <html> (remembered by MUI). */
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: "class" },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: "#2952cc" },
        secondary: { main: "#00796b" },
        background: { default: "#f4f6fb", paper: "#ffffff" },
      },
    },
    dark: {
      palette: {
        primary: { main: "#8fa8ff" },
        secondary: { main: "#4db6ac" },
        background: { default: "#0f1420", paper: "#171e2e" },
      },
    },
  },
  shape: { borderRadius: 10 },
  typography: {
    fontFamily:
      '"Inter", "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", Arial, sans-serif',
    h1: { fontSize: "1.75rem", fontWeight: 600 },
    h2: { fontSize: "1.375rem", fontWeight: 600 },
    h3: { fontSize: "1.125rem", fontWeight: 600 },
    button: { textTransform: "none", fontWeight: 600 },
  },
  components: {
    MuiButtonBase: {
      styleOverrides: { root: { "&.Mui-focusVisible": focusRing } },
    },
    MuiLink: {
      styleOverrides: { root: { "&:focus-visible": focusRing } },
    },
    MuiPaper: {
      defaultProps: { elevation: 0 },
      styleOverrides: {
        outlined: { borderColor: "var(--mui-palette-divider)" },
      },
    },
    MuiAppBar: { defaultProps: { elevation: 0, color: "inherit" } },
  },
});
