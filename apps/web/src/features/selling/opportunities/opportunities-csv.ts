import { STAGE_LABELS } from "@prm/domain";
import { csvAmount, rowsToCsv, type CsvColumn } from "../../../app/csv/csv";
import type { OpportunityRowFragment } from "../../../gql/graphql";
import { lossReasonLabel } from "./opportunity-format";

export const OPPORTUNITY_CSV_COLUMNS: readonly CsvColumn<OpportunityRowFragment>[] = [
  ["Opportunity ID", (o) => o.id],
  ["Opportunity", (o) => o.name],
  ["Account", (o) => o.account?.name],
  ["Partner", (o) => o.partner.name],
  ["Owner", (o) => o.owner.name],
  ["Stage", (o) => STAGE_LABELS[o.stage]],
  ["Probability", (o) => `${o.probability}%`],
  ["Amount", (o) => csvAmount(o.amount)],
  ["Weighted amount", (o) => csvAmount(o.weightedAmount)],
  ["Expected close date", (o) => o.expectedCloseDate],
  ["Closed at", (o) => o.closedAt],
  ["Loss reason", (o) => (o.lossReason ? lossReasonLabel(o.lossReason) : null)],
  ["Next step", (o) => o.nextStep],
  ["Last activity", (o) => o.lastActivityAt],
  ["Deal registration", (o) => o.deal?.number],
];

/** The filtered list as CSV: a header row, then one row per opportunity. */
export function opportunitiesCsv(rows: readonly OpportunityRowFragment[]): string {
  return rowsToCsv(OPPORTUNITY_CSV_COLUMNS, rows);
}
