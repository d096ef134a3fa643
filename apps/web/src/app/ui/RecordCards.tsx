import Box from "@mui/material/Box";
import Card from "@mui/material/Card";
import CardActionArea from "@mui/material/CardActionArea";
import Typography from "@mui/material/Typography";
import useMediaQuery from "@mui/material/useMediaQuery";
import type { Theme } from "@mui/material/styles";
import type { ReactNode } from "react";
import { Link as RouterLink } from "react-router";

/**
 * Below `sm` (a phone) lists show records as cards: a table that wide would scroll sideways and
 * hide the columns people came for.
 */
export function useRecordCards(): boolean {
  return useMediaQuery((theme: Theme) => theme.breakpoints.down("sm"), { noSsr: true });
}

/** A list of record cards, named for screen readers like the table it stands for. */
export function RecordCardList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box
      component="ul"
      aria-label={label}
      // minmax(0, …): a long name is cut with an ellipsis instead of widening the page.
      sx={{
        listStyle: "none",
        m: 0,
        p: 0,
        display: "grid",
        gridTemplateColumns: "minmax(0, 1fr)",
        gap: 1.25,
      }}
    >
      {children}
    </Box>
  );
}

export interface RecordField {
  label: string;
  value: ReactNode;
  /** Takes the card's whole width (a chip too long for half of it). */
  wide?: boolean;
}

/**
 * One record as a card that is one link (when `to` is given): its name, a chip beside it, and
 * labelled figures; `actions` (a menu button) sit in its corner, outside the link.
 */
export function RecordCard({
  to,
  title,
  subtitle,
  aside,
  fields,
  actions,
}: {
  to?: string;
  title: ReactNode;
  subtitle?: ReactNode;
  /** Beside the title: a status or tier chip. */
  aside?: ReactNode;
  fields: readonly RecordField[];
  /** In the top right corner: e.g. a menu of what can be done to the record. */
  actions?: ReactNode;
}) {
  const content = (
    <>
      {/* Room for the corner's actions, so a long title never runs under them. */}
      <Box sx={{ display: "flex", alignItems: "flex-start", gap: 1, pr: actions ? 5 : 0 }}>
        <Box sx={{ minWidth: 0, flexGrow: 1 }}>
          <Typography noWrap sx={{ fontWeight: 600 }}>
            {title}
          </Typography>
          {subtitle && (
            <Typography variant="body2" color="text.secondary" noWrap>
              {subtitle}
            </Typography>
          )}
        </Box>
        {aside}
      </Box>
      {fields.length > 0 && (
        <Box
          component="dl"
          sx={{
            m: 0,
            mt: 1.5,
            display: "grid",
            gridTemplateColumns: "repeat(2, minmax(0, 1fr))",
            columnGap: 2,
            rowGap: 1,
          }}
        >
          {fields.map((field) => (
            <Box
              key={field.label}
              sx={{ minWidth: 0, gridColumn: field.wide ? "1 / -1" : undefined }}
            >
              <Typography component="dt" variant="caption" color="text.secondary">
                {field.label}
              </Typography>
              <Typography
                component="dd"
                variant="body2"
                sx={{ m: 0, fontWeight: 600, fontVariantNumeric: "tabular-nums" }}
              >
                {field.value}
              </Typography>
            </Box>
          ))}
        </Box>
      )}
    </>
  );
  return (
    <li>
      <Card variant="outlined" sx={{ position: "relative" }}>
        {to ? (
          <CardActionArea component={RouterLink} to={to} sx={{ p: 2 }}>
            {content}
          </CardActionArea>
        ) : (
          <Box sx={{ p: 2 }}>{content}</Box>
        )}
        {actions && <Box sx={{ position: "absolute", top: 8, right: 8 }}>{actions}</Box>}
      </Card>
    </li>
  );
}
