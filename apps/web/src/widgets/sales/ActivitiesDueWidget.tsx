import { useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Link from "@mui/material/Link";
import Typography from "@mui/material/Typography";
import { useState } from "react";
import { Link as RouterLink } from "react-router";
import { formatCount } from "../../app/format/count";
import { formatDateTime } from "../../app/format/dates";
import { accountPath, opportunityPath, usePortalBase } from "../../app/routing/record-paths";
import { useSignedInUser } from "../../app/session/SessionProvider";
import { overdueText } from "../../app/tasks/overdue-style";
import { formatDue, viewerTimeZone } from "../../app/tasks/task-time";
import { useCompleteTask } from "../../app/tasks/useCompleteTask";
import { VISUALLY_HIDDEN } from "../../app/ui/visually-hidden";
import { DEFAULT_WIDGET_LIMIT, type WidgetViewProps } from "../../app/widget-contract/types";
import { WidgetEmpty, widgetQueryFallback } from "../../app/widget-contract/WidgetStates";
import type { ActivitiesDueWidgetQuery } from "../../gql/graphql";
import { ActivitiesDueDocument } from "./documents";

type Task = ActivitiesDueWidgetQuery["activities"]["edges"][number]["node"];

/** The viewer's own open tasks, overdue first, then by due time; each completed in place. */
export default function ActivitiesDueWidget({ settings }: WidgetViewProps) {
  const user = useSignedInUser();
  const portalBase = usePortalBase();
  const [announcement, setAnnouncement] = useState("");
  const query = useQuery(ActivitiesDueDocument, {
    variables: {
      filter: { status: "OPEN", ownerId: user.id, timeZone: viewerTimeZone() },
      first: settings.limit ?? DEFAULT_WIDGET_LIMIT,
    },
    notifyOnNetworkStatusChange: true,
  });
  const completion = useCompleteTask((task) => setAnnouncement(`Task completed: ${task.subject}`));
  const allTasksPath = `${portalBase}/tasks`;

  const fallback = widgetQueryFallback(query);
  if (fallback || !query.data) return fallback;
  const { edges, totalCount } = query.data.activities;
  // The API sorts by due time, so the overdue come first.
  const tasks = edges.map((edge) => edge.node);
  const overdue = tasks.filter((task) => task.overdue).length;

  return (
    <Box sx={{ height: "100%", display: "flex", flexDirection: "column", gap: 1, minHeight: 0 }}>
      <Box role="status" sx={VISUALLY_HIDDEN}>
        {announcement}
      </Box>
      {completion.error && (
        <Alert severity="error" onClose={completion.clearError}>
          {completion.error}
        </Alert>
      )}
      {tasks.length === 0 ? (
        <WidgetEmpty
          title="Nothing due — you're all caught up"
          hint="Tasks you add on opportunities and accounts show here, soonest due first."
        />
      ) : (
        <>
          <Typography variant="body2" color="text.secondary">
            {formatCount(totalCount, "open task")}
            {overdue > 0 && (
              <Box component="span" sx={overdueText}>
                {" "}
                · {overdue} overdue
              </Box>
            )}
          </Typography>
          <Box
            component="ul"
            aria-label="Open tasks, soonest due first"
            sx={{ listStyle: "none", m: 0, p: 0, flexGrow: 1, minHeight: 0, overflowY: "auto" }}
          >
            {tasks.map((task) => (
              <TaskItem
                key={task.id}
                task={task}
                portalBase={portalBase}
                done={completion.isDone(task)}
                onComplete={() => void completion.completeTask(task)}
              />
            ))}
          </Box>
        </>
      )}
      <Link
        component={RouterLink}
        to={allTasksPath}
        variant="body2"
        sx={{ alignSelf: "flex-start" }}
      >
        All my tasks
      </Link>
    </Box>
  );
}

function TaskItem({
  task,
  portalBase,
  done,
  onComplete,
}: {
  task: Task;
  portalBase: string;
  done: boolean;
  onComplete: () => void;
}) {
  const about = task.opportunity
    ? { name: task.opportunity.name, to: opportunityPath(portalBase, task.opportunity.id) }
    : task.account
      ? { name: task.account.name, to: accountPath(portalBase, task.account.id) }
      : null;
  return (
    <Box
      component="li"
      sx={{
        display: "flex",
        alignItems: "center",
        gap: 1,
        py: 0.75,
        "& + &": { borderTop: 1, borderColor: "divider" },
      }}
    >
      <Box sx={{ minWidth: 0, flexGrow: 1 }}>
        <Typography
          variant="body2"
          sx={{
            fontWeight: 600,
            overflowWrap: "anywhere",
            textDecoration: done ? "line-through" : undefined,
            color: done ? "text.secondary" : undefined,
          }}
        >
          {task.subject}
        </Typography>
        <Typography
          variant="caption"
          color="text.secondary"
          component="p"
          sx={{ overflowWrap: "anywhere" }}
        >
          <Box component="span" sx={task.overdue && !done ? overdueText : undefined}>
            {task.overdue ? "Was due " : "Due "}
            <time dateTime={task.dueAt ?? undefined} title={formatDateTime(task.dueAt)}>
              {task.dueAt ? formatDue(task.dueAt) : "—"}
            </time>
          </Box>
          {about && (
            <>
              {" · "}
              <Link component={RouterLink} to={about.to}>
                {about.name}
              </Link>
            </>
          )}
        </Typography>
      </Box>
      <Button
        size="small"
        variant="outlined"
        onClick={onComplete}
        disabled={done || !task.canComplete}
        aria-label={`Complete task: ${task.subject}`}
        sx={{ flexShrink: 0 }}
      >
        {done ? "Completing…" : "Complete"}
      </Button>
    </Box>
  );
}
