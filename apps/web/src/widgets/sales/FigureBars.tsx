import Box from "@mui/material/Box";
import Link from "@mui/material/Link";
import Typography from "@mui/material/Typography";
import { Link as RouterLink } from "react-router";

export interface FigureBar {
  key: string;
  label: string;
  /** The figures written beside the label ("$120K · 4"). */
  figures: string;
  /** The bar's length, from 0 to 1 of the track. */
  share: number;
  /** A part of the bar drawn stronger (the weighted amount of an amount), from 0 to 1 of the track. */
  innerShare?: number;
  color: string;
  innerColor?: string;
  /** Where the row leads (its label is then a link). */
  to?: string;
  /** The row in words, for the link's accessible name and the pointer's title. */
  description: string;
}

/**
 * A short list of labelled horizontal bars in HTML (a handful of rows: stages, loss reasons): the
 * labels wrap instead of overlapping, each row may be a link reached by keyboard.
 */
export function FigureBars({ rows, ariaLabel }: { rows: readonly FigureBar[]; ariaLabel: string }) {
  return (
    <Box
      component="ul"
      aria-label={ariaLabel}
      sx={{ listStyle: "none", m: 0, p: 0, display: "grid", gap: 1 }}
    >
      {rows.map((row) => (
        <Box component="li" key={row.key} title={row.description}>
          <Box
            sx={{
              display: "flex",
              justifyContent: "space-between",
              alignItems: "baseline",
              gap: 1,
              flexWrap: "wrap",
            }}
          >
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              {row.to ? (
                <Link
                  component={RouterLink}
                  to={row.to}
                  aria-label={row.description}
                  underline="hover"
                  color="inherit"
                >
                  {row.label}
                </Link>
              ) : (
                row.label
              )}
            </Typography>
            <Typography
              variant="body2"
              color="text.secondary"
              sx={{ fontVariantNumeric: "tabular-nums" }}
            >
              {row.figures}
            </Typography>
          </Box>
          <Box
            aria-hidden
            sx={{
              position: "relative",
              height: 10,
              mt: 0.25,
              borderRadius: "3px",
              bgcolor: "action.hover",
              overflow: "hidden",
            }}
          >
            <Box sx={barSx(row.share, row.color)} />
            {row.innerShare != null && <Box sx={barSx(row.innerShare, row.innerColor)} />}
          </Box>
        </Box>
      ))}
    </Box>
  );
}

function barSx(share: number, color: string | undefined) {
  return {
    position: "absolute",
    insetBlock: 0,
    left: 0,
    width: `${Math.max(0, Math.min(1, share)) * 100}%`,
    bgcolor: color,
    borderRadius: "3px",
  } as const;
}
