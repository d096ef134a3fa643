import { csvAmount, rowsToCsv, type CsvColumn } from "../../app/csv/csv";
import { formatPercent } from "../../app/format/percent";
import { TIER_LABELS } from "../../app/ui/TierChip";
import type { PartnerPerformanceRowFragment } from "../../gql/graphql";

export type PartnerRow = PartnerPerformanceRowFragment;

/** A ratio as the table shows it ("74%", which spreadsheets read as 0.74); empty when none. */
function percent(ratio: number | null): string {
  return formatPercent(ratio, "");
}

const COLUMNS: readonly CsvColumn<PartnerRow>[] = [
  ["Partner ID", (row) => row.partner.id],
  ["Partner", (row) => row.partner.name],
  ["Tier", (row) => (row.partner.tier ? TIER_LABELS[row.partner.tier] : null)],
  ["Open amount", (row) => csvAmount(row.openAmount)],
  ["Open opportunities", (row) => row.openCount],
  ["Weighted amount", (row) => csvAmount(row.weightedAmount)],
  ["Won amount", (row) => csvAmount(row.wonAmount)],
  ["Won count", (row) => row.wonCount],
  ["Lost amount", (row) => csvAmount(row.lostAmount)],
  ["Lost count", (row) => row.lostCount],
  ["Win rate by count", (row) => percent(row.winRate)],
  ["Win rate by amount", (row) => percent(row.winRateByAmount)],
  ["Quota", (row) => csvAmount(row.quotaAmount)],
  ["Quota attainment", (row) => percent(row.quotaAttainment)],
];

/** The partners list as CSV: a header row, then one row per partner, figures as the table shows them. */
export function partnersCsv(rows: readonly PartnerRow[]): string {
  return rowsToCsv(COLUMNS, rows);
}
