import { useConnectionCsvExport } from "../../../app/csv/useConnectionCsvExport";
import type { OpportunityFilter, OpportunityOrder } from "../../../gql/graphql";
import { OpportunitiesPageDocument } from "./documents";
import { OPPORTUNITY_CSV_COLUMNS } from "./opportunities-csv";

/** Every opportunity of the filtered list, in its order, saved as CSV. */
export function useOpportunitiesCsvExport(filter: OpportunityFilter, orderBy: OpportunityOrder) {
  return useConnectionCsvExport({
    query: OpportunitiesPageDocument,
    variables: { filter, orderBy },
    connection: (data) => data.opportunities,
    columns: OPPORTUNITY_CSV_COLUMNS,
    fileName: "opportunities",
  });
}
