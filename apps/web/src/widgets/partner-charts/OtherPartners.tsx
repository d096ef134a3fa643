import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";
import { formatCount } from "../../app/format/count";

/**
 * A row of a partner chart's answer: a partner's, or — when the chart asked for its top `limit`
 * partners — the API's one row summing all the others (partner null, otherPartnerCount how many).
 */
interface ApiPartnerRow {
  partner: { id: string; name: string } | null;
  otherPartnerCount: number;
}

export type PartnerRowOf<Row extends ApiPartnerRow> = Row & {
  partner: { id: string; name: string };
};

/**
 * The partners' own rows, to draw as bars, and the row summing the others, to say in words: as a
 * bar, the vendor admin's 1,990 other partners dwarfed the top ten into slivers.
 */
export function splitOtherPartners<Row extends ApiPartnerRow>(
  rows: readonly Row[],
): { partners: PartnerRowOf<Row>[]; others: Row | null } {
  return {
    partners: rows.filter((row): row is PartnerRowOf<Row> => row.partner !== null),
    others: rows.find((row) => row.partner === null) ?? null,
  };
}

/** The line under a chart for the partners beyond its top: "All others (1,990 partners): …". */
export function OtherPartners({ row, children }: { row: ApiPartnerRow; children: ReactNode }) {
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
      All others ({formatCount(row.otherPartnerCount, "partner")}): {children}
    </Typography>
  );
}
