import { useQuery } from "@apollo/client/react";
import Typography from "@mui/material/Typography";
import { useMemo } from "react";
import { formatCount } from "../../app/format/count";
import { formatDateTime, relativeTime } from "../../app/format/dates";
import { useTeamMemberPath } from "../../app/routing/team-paths";
import {
  DEFAULT_WIDGET_LIMIT,
  DEFAULT_WIDGET_PERIOD,
  type WidgetViewProps,
} from "../../app/widget-contract/types";
import { WidgetEmpty, widgetQueryFallback } from "../../app/widget-contract/WidgetStates";
import { ChartLayout, ChartSummary } from "../partner-charts/ChartSummary";
import { TeamActivityWidgetDocument } from "./document";
import { PersonRows } from "./PersonRows";
import { mostOverdueFirst } from "./team-rows";

/**
 * The people of the team with open tasks past their due time, most overdue first, with their
 * oldest one's age; a row opens the person's activities. Overdue is now, whatever the period.
 */
export default function TeamActivitiesOverdueWidget({ settings }: WidgetViewProps) {
  const limit = settings.limit ?? DEFAULT_WIDGET_LIMIT;
  // The figures used here are "now"; the period only scopes the counts this widget does not show.
  const query = useQuery(TeamActivityWidgetDocument, {
    variables: { period: { preset: DEFAULT_WIDGET_PERIOD } },
    notifyOnNetworkStatusChange: true,
  });
  const activitiesPath = useTeamMemberPath(undefined, "activities");
  const overdue = useMemo(() => mostOverdueFirst(query.data?.teamActivity ?? []), [query.data]);

  const fallback = widgetQueryFallback(query);
  if (fallback) return fallback;
  if (overdue.length === 0) {
    return <WidgetEmpty title="No overdue tasks" hint="Your team is on top of its tasks." />;
  }
  const shown = overdue.slice(0, limit);
  const total = overdue.reduce((sum, row) => sum + row.tasksOverdue, 0);

  return (
    <ChartLayout
      summary={
        <ChartSummary figure={total.toLocaleString("en-US")}>
          overdue {total === 1 ? "task" : "tasks"} ·{" "}
          {formatCount(overdue.length, "person", "people")}
          {shown.length < overdue.length ? ` (the ${shown.length} most overdue shown)` : ""}
        </ChartSummary>
      }
    >
      <PersonRows
        label="Overdue tasks per person"
        rows={shown.map((row) => {
          const oldest = row.oldestOverdueDueAt;
          const age = oldest ? `oldest due ${relativeTime(oldest)}` : "";
          return {
            id: row.seller.id,
            name: row.seller.name,
            detail: `${formatCount(row.tasksOpen, "open task")}`,
            figure: (
              <Typography
                component="span"
                variant="body2"
                sx={{ display: "block", textAlign: "right", fontVariantNumeric: "tabular-nums" }}
                title={oldest ? `Oldest due ${formatDateTime(oldest)}` : undefined}
              >
                <Typography component="span" variant="body2" color="error" sx={{ fontWeight: 700 }}>
                  {row.tasksOverdue.toLocaleString("en-US")} overdue
                </Typography>
                <Typography
                  component="span"
                  variant="caption"
                  color="text.secondary"
                  sx={{ display: "block" }}
                >
                  {age}
                </Typography>
              </Typography>
            ),
            to: activitiesPath(row.seller.id),
          };
        })}
      />
    </ChartLayout>
  );
}
