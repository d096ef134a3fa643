import { centsToMoney, toCents } from "@prm/domain";
import { formatPercent } from "../../app/format/percent";
import { TIER_LABELS } from "../../app/ui/TierChip";
import type { PartnerPerformanceRowFragment } from "../../gql/graphql";

export type PartnerRow = PartnerPerformanceRowFragment;

/** An exact decimal from the API ("1234.50"): written as a number, never through a float. */
export interface CsvDecimal {
  decimal: string;
}

export type CsvValue = string | number | CsvDecimal | null | undefined;

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Text a spreadsheet would run as a formula if it started the cell. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
 * Numbers stay raw; text that would start a formula gets a leading apostrophe.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "object") {
    if (!DECIMAL.test(value.decimal)) throw new RangeError(`Not a decimal: "${value.decimal}"`);
    return value.decimal;
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of fields as CSV text, CRLF line ends (what spreadsheets expect). */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** Every amount with two decimals ("97200.00"): one shape a spreadsheet reads as a number. */
function amount(value: string | null): CsvDecimal | null {
  return value === null ? null : { decimal: centsToMoney(toCents(value)) };
}

/** A ratio as the table shows it ("74%", which spreadsheets read as 0.74); empty when none. */
function percent(ratio: number | null): string {
  return formatPercent(ratio, "");
}

const COLUMNS: readonly [string, (row: PartnerRow) => CsvValue][] = [
  ["Partner ID", (row) => row.partner.id],
  ["Partner", (row) => row.partner.name],
  ["Tier", (row) => (row.partner.tier ? TIER_LABELS[row.partner.tier] : null)],
  ["Open amount", (row) => amount(row.openAmount)],
  ["Open opportunities", (row) => row.openCount],
  ["Weighted amount", (row) => amount(row.weightedAmount)],
  ["Won amount", (row) => amount(row.wonAmount)],
  ["Won count", (row) => row.wonCount],
  ["Lost amount", (row) => amount(row.lostAmount)],
  ["Lost count", (row) => row.lostCount],
  ["Win rate by count", (row) => percent(row.winRate)],
  ["Win rate by amount", (row) => percent(row.winRateByAmount)],
  ["Quota", (row) => amount(row.quotaAmount)],
  ["Quota attainment", (row) => percent(row.quotaAttainment)],
];

/** The partners list as CSV: a header row, then one row per partner, figures as the table shows them. */
export function partnersCsv(rows: readonly PartnerRow[]): string {
  return toCsv([
    COLUMNS.map(([header]) => header),
    ...rows.map((row) => COLUMNS.map(([, get]) => get(row))),
  ]);
}
