import type { TypedDocumentNode } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import type { DealAction } from "@prm/domain";
import type { ReactNode } from "react";
import { useParams } from "react-router";
import { errorMessage } from "../../app/graphql-errors";
import { RetryAlert } from "../../app/layout/RetryAlert";
import { useDealsPath } from "../../app/routing/section-paths";
import { DealNotFound, DealPageSkeleton } from "./DealPageStates";

/**
 * The deal of the route's `:dealId`, fetched with `document` and kept fresh from the server.
 * Until there is a deal, `fallback` is what the page shows instead: a skeleton, the error with a
 * retry, or "not found" with a way back to the deals section (`sectionLabel`, e.g. "Approvals").
 * `can(action)` says whether the server lets the viewer take that action on the deal now.
 */
export function useRouteDeal<TDeal extends { allowedActions: readonly DealAction[] }>(
  document: TypedDocumentNode<{ deal: TDeal | null }, { id: string }>,
  sectionLabel: string,
) {
  const { dealId = "" } = useParams();
  const dealsPath = useDealsPath();
  const { data, loading, error, refetch } = useQuery(document, {
    variables: { id: dealId },
    fetchPolicy: "cache-and-network",
  });
  const deal = data?.deal ?? undefined;
  const can = (action: DealAction) => deal?.allowedActions.includes(action) ?? false;

  let fallback: ReactNode = null;
  if (loading && !data) {
    fallback = <DealPageSkeleton />;
  } else if (error && !data) {
    fallback = <RetryAlert onRetry={() => void refetch()}>{errorMessage(error)}</RetryAlert>;
  } else if (!deal) {
    fallback = (
      <DealNotFound backTo={dealsPath} backLabel={`Back to ${sectionLabel.toLowerCase()}`} />
    );
  }
  return { deal, fallback, can, refetch };
}
