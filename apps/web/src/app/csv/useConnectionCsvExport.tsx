import { useApolloClient } from "@apollo/client/react";
import type { OperationVariables, TypedDocumentNode } from "@apollo/client";
import { CsvExportButton } from "./CsvExportButton";
import { rowsToCsv, type CsvColumn } from "./csv";
import { EXPORT_PAGE_SIZE, useCsvExport } from "./useCsvExport";

/** What an export reads of a connection answer. */
export interface ExportConnection<Row> {
  edges: readonly { node: Row }[];
  totalCount: number;
  pageInfo: { endCursor: string | null | undefined; hasNextPage: boolean };
}

export interface ConnectionCsvExport<Data, Variables extends OperationVariables, Row> {
  /** The list's own query, paged by `first` and `after`. */
  query: TypedDocumentNode<Data, Variables>;
  /** The list's current filter and order: everything but `first` and `after`. */
  variables: Omit<Variables, "first" | "after">;
  connection: (data: Data) => ExportConnection<Row>;
  /** The list's columns, in the order it shows them. */
  columns: readonly CsvColumn<Row>[];
  /** "deals" saves "deals-2026-03-14.csv". */
  fileName: string;
}

/**
 * Exports a list as it stands: every page of its own query under its current filter and order,
 * with its shown columns — the one export of every paged list.
 */
export function useConnectionCsvExport<Data, Variables extends OperationVariables, Row>({
  query,
  variables,
  connection,
  columns,
  fileName,
}: ConnectionCsvExport<Data, Variables, Row>) {
  const client = useApolloClient();
  return useCsvExport<Row>({
    fileName: () => `${fileName}-${new Date().toISOString().slice(0, 10)}.csv`,
    toCsv: (rows) => rowsToCsv(columns, rows),
    async fetchPage(after) {
      const { data } = await client.query({
        query,
        variables: { ...variables, first: EXPORT_PAGE_SIZE, after } as unknown as Variables,
        fetchPolicy: "no-cache",
      });
      if (!data) throw new Error("The server sent no rows.");
      const { edges, pageInfo, totalCount } = connection(data as Data);
      return { rows: edges.map((edge) => edge.node), totalCount, ...pageInfo };
    },
  });
}

/** The "Export CSV" button of a paged list (see useConnectionCsvExport). */
export function ConnectionCsvExportButton<Data, Variables extends OperationVariables, Row>(
  props: ConnectionCsvExport<Data, Variables, Row>,
) {
  const { state, exportCsv } = useConnectionCsvExport(props);
  return <CsvExportButton state={state} onExport={() => void exportCsv()} />;
}
