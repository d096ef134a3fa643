import { useQuery } from "@apollo/client/react";
import { useMemo } from "react";
import type { TeamPerformanceWidgetQuery } from "../../gql/graphql";
import { widgetPeriod } from "../../app/widget-contract/period";
import type { WidgetSettings } from "../../app/widget-contract/types";
import { useTeamMemberPath } from "../../app/routing/team-paths";
import { TeamPerformanceWidgetDocument } from "./document";

export type TeamPerformanceRow = TeamPerformanceWidgetQuery["teamPerformance"][number];

/** What the team's figure widgets read first: the period's rows and the link to each person. */
export function useTeamPerformance(settings: WidgetSettings) {
  const period = widgetPeriod(settings);
  const query = useQuery(TeamPerformanceWidgetDocument, {
    variables: { period: { preset: period } },
    notifyOnNetworkStatusChange: true,
  });
  const rows = useMemo(() => query.data?.teamPerformance ?? [], [query.data]);
  return { period, query, rows, personPath: useTeamMemberPath(period) };
}
