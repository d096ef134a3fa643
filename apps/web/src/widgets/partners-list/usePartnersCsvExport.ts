import { useApolloClient } from "@apollo/client/react";
import type { WidgetPeriodPreset } from "@prm/domain";
import { EXPORT_PAGE_SIZE, useCsvExport } from "../../app/csv/useCsvExport";
import type { PartnerPerformanceOrder } from "../../gql/graphql";
import { PartnersListDocument } from "./document";
import { partnersCsv } from "./partners-csv";

export function csvFileName(period: WidgetPeriodPreset): string {
  return `partners-${period.toLowerCase().replace(/_/g, "-")}.csv`;
}

/** Fetches every page of the list in the current sort and period, then saves it as CSV. */
export function usePartnersCsvExport(period: WidgetPeriodPreset, orderBy: PartnerPerformanceOrder) {
  const client = useApolloClient();
  return useCsvExport({
    fileName: () => csvFileName(period),
    toCsv: partnersCsv,
    async fetchPage(after) {
      const { data } = await client.query({
        query: PartnersListDocument,
        variables: { period: { preset: period }, first: EXPORT_PAGE_SIZE, after, orderBy },
        fetchPolicy: "no-cache",
      });
      if (!data) throw new Error("The server sent no partners.");
      const { edges, pageInfo, totalCount } = data.partnerPerformance;
      return { rows: edges.map((edge) => edge.node), totalCount, ...pageInfo };
    },
  });
}
