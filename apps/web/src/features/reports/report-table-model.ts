import type { ReactNode } from "react";
import { toCsv, type CsvValue } from "../../app/csv/csv";

export type SortDirection = "asc" | "desc";

export interface ReportSort {
  column: string;
  direction: SortDirection;
}

/** A report's figure of all its rows: what the totals row shows, and writes to the CSV. */
export interface ReportTotal {
  cell: ReactNode;
  csv: CsvValue;
}

/** One column of a report: how it shows, sorts and exports each row. */
export interface ReportColumn<Row> {
  id: string;
  label: string;
  /** Shown on hovering the header: what the figure counts. */
  description?: string;
  /** Right-aligned, and sorted largest first on the first click. */
  numeric?: boolean;
  /** What rows sort by; null (nothing to show) sorts last either way. */
  sortValue: (row: Row) => number | string | null;
  cell: (row: Row) => ReactNode;
  csv: (row: Row) => CsvValue;
  /** The totals row's figure of the shown rows; an empty cell without one. */
  total?: (rows: readonly Row[]) => ReportTotal;
}

const TEXT = new Intl.Collator("en-US", { sensitivity: "base", numeric: true });

/**
 * The rows ordered by the sorted column, nulls last either way, ties kept in the order the rows
 * came (the server's), so the table and its CSV agree on every order.
 */
export function sortRows<Row>(
  rows: readonly Row[],
  columns: readonly ReportColumn<Row>[],
  sort: ReportSort,
): Row[] {
  const column = columns.find((c) => c.id === sort.column) ?? columns[0];
  if (!column) return [...rows];
  const sign = sort.direction === "asc" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, key: column.sortValue(row) }))
    .sort((a, b) => {
      if (a.key === null || b.key === null) {
        return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
      }
      const order =
        typeof a.key === "number" && typeof b.key === "number"
          ? a.key - b.key
          : TEXT.compare(String(a.key), String(b.key));
      return order === 0 ? a.index - b.index : sign * order;
    })
    .map(({ row }) => row);
}

/** The report as CSV: the header, the rows in the order given, then the totals row if shown. */
export function reportCsv<Row>(
  columns: readonly ReportColumn<Row>[],
  rows: readonly Row[],
  withTotals: boolean,
): string {
  const lines: CsvValue[][] = [
    columns.map((column) => column.label),
    ...rows.map((row) => columns.map((column) => column.csv(row))),
  ];
  if (withTotals && rows.length > 0) {
    lines.push(columns.map((column) => column.total?.(rows).csv ?? null));
  }
  return toCsv(lines);
}
