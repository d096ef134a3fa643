import { centsToMoney, toCents } from "@prm/domain";

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
export function csvAmount(value: string | null): CsvDecimal | null {
  return value === null ? null : { decimal: centsToMoney(toCents(value)) };
}

/** A column of an export: its header and how a row gives its field. */
export type CsvColumn<Row> = readonly [header: string, get: (row: Row) => CsvValue];

/** A header row, then one row per record. */
export function rowsToCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  return toCsv([
    columns.map(([header]) => header),
    ...rows.map((row) => columns.map(([, get]) => get(row))),
  ]);
}
