import type { TypedDocumentNode } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { widgetPeriod } from "../../app/widget-contract/period";
import type { WidgetSettings } from "../../app/widget-contract/types";
import type { PeriodInput } from "../../gql/graphql";

/**
 * One field of the viewer's sales figures (salesMetrics over their scope) for the widget's period.
 * Each widget asks for its own field: each is one statement on the server.
 */
export function useSalesMetrics<TData>(
  document: TypedDocumentNode<TData, { period: PeriodInput }>,
  settings: WidgetSettings,
) {
  return useQuery(document, {
    variables: { period: { preset: widgetPeriod(settings) } },
    notifyOnNetworkStatusChange: true,
  });
}
