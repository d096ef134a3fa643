import { useMemo } from "react";
import type { PartnerBarDatum } from "./PartnerBarChart";

interface PartnerRow {
  partner: { id: string; name: string };
}

/**
 * A partner chart's bars (one per row, keyed by partner) and its rows by partner id, for labels
 * and tooltips. `values` gives a row's bar lengths; keep it stable (module level).
 */
export function usePartnerBars<Row extends PartnerRow>(
  rows: readonly Row[],
  values: (row: Row) => Record<string, number>,
) {
  const byId = useMemo(() => new Map(rows.map((row) => [row.partner.id, row])), [rows]);
  const data = useMemo(
    () =>
      rows.map((row): PartnerBarDatum => ({
        ...values(row),
        partnerId: row.partner.id,
        partnerName: row.partner.name,
      })),
    [rows, values],
  );
  return { byId, data };
}
