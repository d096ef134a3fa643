import { useState } from "react";
import { downloadFile } from "../download";
import { errorMessage } from "../graphql-errors";

/** The API's largest page. */
export const EXPORT_PAGE_SIZE = 100;

export type ExportState =
  | { status: "idle" }
  | { status: "running"; done: number; total: number | null }
  | { status: "failed"; message: string };

/** One page of a connection, as an export reads it. */
export interface ExportPage<Row> {
  rows: readonly Row[];
  totalCount: number;
  endCursor: string | null | undefined;
  hasNextPage: boolean;
}

/**
 * Exports a whole list: fetches every page (`fetchPage(after)`, EXPORT_PAGE_SIZE at a time) with
 * its progress, then saves the rows as CSV (`toCsv`) under `fileName()`.
 */
export function useCsvExport<Row>({
  fetchPage,
  toCsv,
  fileName,
}: {
  fetchPage: (after: string | null) => Promise<ExportPage<Row>>;
  toCsv: (rows: readonly Row[]) => string;
  fileName: () => string;
}) {
  const [state, setState] = useState<ExportState>({ status: "idle" });

  async function exportCsv() {
    setState({ status: "running", done: 0, total: null });
    try {
      const rows: Row[] = [];
      let after: string | null = null;
      for (;;) {
        const page: ExportPage<Row> = await fetchPage(after);
        rows.push(...page.rows);
        setState({ status: "running", done: rows.length, total: page.totalCount });
        if (!page.hasNextPage || !page.endCursor || page.rows.length === 0) break;
        after = page.endCursor;
      }
      // The byte-order mark lets spreadsheet apps read the names as UTF-8.
      downloadFile(fileName(), `\uFEFF${toCsv(rows)}`, "text/csv;charset=utf-8");
      setState({ status: "idle" });
    } catch (error) {
      setState({ status: "failed", message: errorMessage(error) });
    }
  }

  return { state, exportCsv };
}
