import { useApolloClient } from "@apollo/client/react";
import type { WidgetPeriodPreset } from "@prm/domain";
import { useState } from "react";
import { downloadFile } from "../../app/download";
import { errorMessage } from "../../app/graphql-errors";
import type { PartnerPerformanceOrder, PartnersListWidgetQuery } from "../../gql/graphql";
import { PartnersListDocument } from "./document";
import { partnersCsv, type PartnerRow } from "./partners-csv";

/** The API's largest page. */
const EXPORT_PAGE_SIZE = 100;

export type ExportState =
  | { status: "idle" }
  | { status: "running"; done: number; total: number | null }
  | { status: "failed"; message: string };

export function csvFileName(period: WidgetPeriodPreset): string {
  return `partners-${period.toLowerCase().replace(/_/g, "-")}.csv`;
}

/** Fetches every page of the list in the current sort and period, then saves it as CSV. */
export function usePartnersCsvExport(period: WidgetPeriodPreset, orderBy: PartnerPerformanceOrder) {
  const client = useApolloClient();
  const [state, setState] = useState<ExportState>({ status: "idle" });

  async function fetchPage(after: string | null): Promise<PartnersListWidgetQuery> {
    const { data } = await client.query({
      query: PartnersListDocument,
      variables: { period: { preset: period }, first: EXPORT_PAGE_SIZE, after, orderBy },
      fetchPolicy: "no-cache",
    });
    if (!data) throw new Error("The server sent no partners.");
    return data;
  }

  async function exportCsv() {
    setState({ status: "running", done: 0, total: null });
    try {
      const rows: PartnerRow[] = [];
      let after: string | null = null;
      for (;;) {
        const connection: PartnersListWidgetQuery["partnerPerformance"] = (await fetchPage(after))
          .partnerPerformance;
        const { edges, pageInfo, totalCount } = connection;
        rows.push(...edges.map((edge) => edge.node));
        setState({ status: "running", done: rows.length, total: totalCount });
        if (!pageInfo.hasNextPage || !pageInfo.endCursor || edges.length === 0) break;
        after = pageInfo.endCursor;
      }
      // The byte-order mark lets spreadsheet apps read the names as UTF-8.
      downloadFile(csvFileName(period), `\uFEFF${partnersCsv(rows)}`, "text/csv;charset=utf-8");
      setState({ status: "idle" });
    } catch (error) {
      setState({ status: "failed", message: errorMessage(error) });
    }
  }

  return { state, exportCsv };
}
