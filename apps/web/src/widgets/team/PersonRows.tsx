import Box from "@mui/material/Box";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";
import { Link as RouterLink } from "react-router";

export interface PersonRow {
  id: string;
  name: string;
  /** What the row says beside the name, e.g. "$48,000 · 3 won". */
  detail?: ReactNode;
  /** The row's figure on the right (a bar, an amount). */
  figure: ReactNode;
  /** Where the row leads: the person's view. */
  to: string;
  /** A rank shown before the name. */
  rank?: number;
}

/**
 * The team widgets' rows: one link per person (name and detail on the left, a figure on the
 * right), so a click or Enter on any of them opens that person's view. The link is named by
 * what it shows (WCAG: the visible text is in the accessible name).
 */
export function PersonRows({ label, rows }: { label: string; rows: readonly PersonRow[] }) {
  return (
    <Box
      component="ol"
      aria-label={label}
      sx={{ listStyle: "none", m: 0, p: 0, height: "100%", overflow: "auto" }}
    >
      {rows.map((row) => (
        <li key={row.id}>
          <Box
            component={RouterLink}
            to={row.to}
            sx={{
              display: "grid",
              gridTemplateColumns: "minmax(0, 1fr) minmax(96px, 42%)",
              alignItems: "center",
              columnGap: 2,
              px: 1,
              py: 0.75,
              borderRadius: 1,
              color: "text.primary",
              textDecoration: "none",
              borderBottom: 1,
              borderColor: "divider",
              "&:hover": { bgcolor: "action.hover" },
              "&:focus-visible": {
                outline: "2px solid var(--mui-palette-primary-main)",
                outlineOffset: -2,
              },
            }}
          >
            <Box sx={{ display: "flex", alignItems: "baseline", gap: 1, minWidth: 0 }}>
              {row.rank !== undefined && (
                <Typography
                  component="span"
                  variant="body2"
                  color="text.secondary"
                  sx={{ minWidth: 20, fontVariantNumeric: "tabular-nums" }}
                >
                  {row.rank}.
                </Typography>
              )}
              <Box sx={{ minWidth: 0 }}>
                <Typography variant="body2" noWrap sx={{ fontWeight: 600 }} title={row.name}>
                  {row.name}
                </Typography>
                {row.detail && (
                  <Typography
                    variant="caption"
                    color="text.secondary"
                    component="p"
                    noWrap
                    sx={{ fontVariantNumeric: "tabular-nums" }}
                  >
                    {row.detail}
                  </Typography>
                )}
              </Box>
            </Box>
            <Box sx={{ minWidth: 0 }}>{row.figure}</Box>
          </Box>
        </li>
      ))}
    </Box>
  );
}
