import { useApolloClient } from "@apollo/client/react";
import { resolvePeriod, type WidgetPeriodPreset } from "@prm/domain";
import { useCallback, useEffect, useState } from "react";
import { EXPORT_PAGE_SIZE } from "../../app/csv/useCsvExport";
import { errorMessage } from "../../app/graphql-errors";
import type { ReportWonOpportunitiesQuery } from "../../gql/graphql";
import { ReportWonOpportunitiesDocument } from "./documents";
import type { WonRow } from "./report-columns";

/** The last answer, and which request (period and attempt) it answers. */
interface WonAnswer {
  request: string;
  rows?: WonRow[];
  error?: string;
}

/**
 * Every opportunity the viewer's team closed as won in the period (all pages), so the report
 * sorts, totals and exports all of them, not one page.
 */
export function useWonOpportunities(period: WidgetPeriodPreset) {
  const client = useApolloClient();
  const [attempt, setAttempt] = useState(0);
  const [answer, setAnswer] = useState<WonAnswer>({ request: "" });
  const request = `${period}/${attempt}`;

  useEffect(() => {
    let cancelled = false;
    const { from, to } = resolvePeriod({ preset: period });
    const filter = {
      stages: ["CLOSED_WON" as const],
      closedFrom: from.toISOString(),
      closedTo: to.toISOString(),
    };
    void (async () => {
      try {
        const rows: WonRow[] = [];
        let after: string | null = null;
        for (;;) {
          const result: { data?: ReportWonOpportunitiesQuery } = await client.query({
            query: ReportWonOpportunitiesDocument,
            variables: { filter, first: EXPORT_PAGE_SIZE, after },
            fetchPolicy: "network-only",
          });
          if (!result.data) throw new Error("The server sent no opportunities.");
          const { edges, pageInfo }: ReportWonOpportunitiesQuery["opportunities"] =
            result.data.opportunities;
          rows.push(...edges.map((edge) => edge.node));
          if (!pageInfo.hasNextPage || !pageInfo.endCursor || edges.length === 0) break;
          after = pageInfo.endCursor;
        }
        if (!cancelled) setAnswer({ request, rows });
      } catch (error) {
        if (!cancelled) setAnswer({ request, error: errorMessage(error) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [client, period, request]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const current = answer.request === request;
  // While the next answer loads, the previous rows stay (dimmed).
  return {
    rows: answer.rows,
    loading: !current,
    error: current ? answer.error : undefined,
    retry,
  };
}
