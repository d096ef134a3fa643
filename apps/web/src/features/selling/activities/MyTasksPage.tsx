import { useQuery } from "@apollo/client/react";
import TaskAltOutlined from "@mui/icons-material/TaskAltOutlined";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import ToggleButton from "@mui/material/ToggleButton";
import ToggleButtonGroup from "@mui/material/ToggleButtonGroup";
import Typography from "@mui/material/Typography";
import { can } from "@prm/domain";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { Link as RouterLink, useSearchParams } from "react-router";
import { formatCount } from "../../../app/format/count";
import { errorMessage } from "../../../app/graphql-errors";
import { PageHeader } from "../../../app/layout/PageHeader";
import { RetryAlert } from "../../../app/layout/RetryAlert";
import { usePortalBase } from "../../../app/routing/record-paths";
import { useSignedInUser } from "../../../app/session/SessionProvider";
import { MyTasksDocument } from "./documents";
import { taskCsvColumns } from "./tasks-csv";
import { ConnectionCsvExportButton } from "../../../app/csv/useConnectionCsvExport";
import { overdueText } from "../../../app/tasks/overdue-style";
import { TaskRow, type TaskWithTarget } from "./TaskRow";
import {
  bucketTasks,
  TASK_BUCKET_LABELS,
  TASK_BUCKETS,
  type TaskBucket,
} from "../../../app/tasks/task-time";
import { useCompleteTask } from "../../../app/tasks/useCompleteTask";
import { VISUALLY_HIDDEN } from "../../../app/ui/visually-hidden";

/** The most the API gives in one answer: a to-do list longer than that is read in pieces. */
const MAX_SHOWN = 100;

type Whose = "mine" | "team";

/** The current time, moved on every minute, so tasks fall into "overdue" as their time passes. */
function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

/**
 * The viewer's open tasks — overdue first and highlighted, then due today, later this week and
 * later — each completed in one click. Sales managers and sales operations can switch to their
 * team's tasks (everyone whose work they oversee).
 */
export function MyTasksPage() {
  const user = useSignedInUser();
  // Those who may manage others' opportunities oversee their work, and so complete their tasks.
  const oversees = can(user.role, "opportunity:manage");
  const [params, setParams] = useSearchParams();
  const whose: Whose = oversees && params.get("who") === "team" ? "team" : "mine";
  const portalBase = usePortalBase();
  const now = useMinuteClock();
  const listRef = useRef<HTMLDivElement>(null);
  const checkboxes = useRef(new Map<string, HTMLInputElement>());
  const [announcement, setAnnouncement] = useState("");

  const filter = { status: "OPEN" as const, ownerId: whose === "mine" ? user.id : null };
  const { data, previousData, loading, error, refetch } = useQuery(MyTasksDocument, {
    variables: { filter, first: MAX_SHOWN },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const tasks: TaskWithTarget[] = shown?.activities.edges.map((edge) => edge.node) ?? [];
  const totalCount = shown?.activities.totalCount ?? 0;
  const buckets = bucketTasks(tasks, now);
  const ordered = TASK_BUCKETS.flatMap((bucket) => buckets[bucket]);

  const completion = useCompleteTask((task) => {
    setAnnouncement(`Task completed: ${task.subject}`);
    // The done task leaves the list when it is read again: keep the keyboard on the next one.
    const index = ordered.findIndex((t) => t.id === task.id);
    const next = ordered.slice(index + 1).find((t) => !t.completedAt);
    const target = next ? checkboxes.current.get(next.id) : undefined;
    if (target) target.focus();
    else if (document.activeElement === checkboxes.current.get(task.id)) listRef.current?.focus();
  });

  function setWhose(next: Whose) {
    const nextParams = new URLSearchParams(params);
    if (next === "team") nextParams.set("who", "team");
    else nextParams.delete("who");
    setParams(nextParams, { replace: true });
  }

  const overdueCount = buckets.OVERDUE.length;
  const subtitle = shown
    ? totalCount === 0
      ? whose === "team"
        ? "Nobody in your team has an open task"
        : "Nothing open"
      : `${formatCount(totalCount, "open task")}${overdueCount ? `, ${overdueCount} overdue` : ""}${
          whose === "team" ? " in your team" : ""
        }`
    : whose === "team"
      ? "Your team's open tasks, soonest due first"
      : "Your open tasks, soonest due first";

  return (
    <>
      <PageHeader
        title="My tasks"
        subtitle={subtitle}
        actions={
          <>
            {totalCount > 0 && (
              <ConnectionCsvExportButton
                query={MyTasksDocument}
                variables={{ filter }}
                connection={(page) => page.activities}
                columns={taskCsvColumns(whose === "team", now)}
                fileName={whose === "team" ? "team-tasks" : "my-tasks"}
              />
            )}
            {oversees && (
              <ToggleButtonGroup
                exclusive
                size="small"
                color="primary"
                value={whose}
                onChange={(_, next: Whose | null) => next && setWhose(next)}
                aria-label="Whose tasks"
              >
                <ToggleButton value="mine" sx={{ px: 2 }}>
                  Mine
                </ToggleButton>
                <ToggleButton value="team" sx={{ px: 2 }}>
                  My team
                </ToggleButton>
              </ToggleButtonGroup>
            )}
          </>
        }
      />
      <Box role="status" sx={VISUALLY_HIDDEN}>
        {announcement}
      </Box>
      {completion.error && (
        <Alert severity="error" onClose={completion.clearError} sx={{ mb: 2 }}>
          {completion.error}
        </Alert>
      )}
      {error && !shown ? (
        <RetryAlert onRetry={() => void refetch()}>{errorMessage(error)}</RetryAlert>
      ) : !shown ? (
        <Box role="status" aria-label="Loading tasks">
          <Skeleton variant="text" width={140} height={36} />
          <Skeleton variant="rounded" height={220} sx={{ mb: 3 }} />
          <Skeleton variant="text" width={140} height={36} />
          <Skeleton variant="rounded" height={140} />
        </Box>
      ) : tasks.length === 0 ? (
        <EmptyTasks team={whose === "team"} portalBase={portalBase} />
      ) : (
        <Box
          ref={listRef}
          tabIndex={-1}
          sx={{
            display: "grid",
            gap: 3,
            outline: "none",
            opacity: loading ? 0.8 : 1,
            transition: "opacity .2s",
          }}
        >
          {TASK_BUCKETS.map(
            (bucket) =>
              buckets[bucket].length > 0 && (
                <TaskGroup key={bucket} bucket={bucket} count={buckets[bucket].length}>
                  {buckets[bucket].map((task) => (
                    <TaskRow
                      key={task.id}
                      task={task}
                      overdue={bucket === "OVERDUE"}
                      done={completion.isDone(task)}
                      showOwner={whose === "team"}
                      viewerId={user.id}
                      now={now}
                      portalBase={portalBase}
                      onComplete={() => void completion.completeTask(task)}
                      checkboxRef={(element) => {
                        if (element) checkboxes.current.set(task.id, element);
                        else checkboxes.current.delete(task.id);
                      }}
                    />
                  ))}
                </TaskGroup>
              ),
          )}
          {totalCount > tasks.length && (
            <Typography variant="body2" color="text.secondary">
              The {MAX_SHOWN} soonest of {formatCount(totalCount, "open task")} are shown: complete
              some and the next ones appear.
            </Typography>
          )}
        </Box>
      )}
    </>
  );
}

// Pixels as strings: in sx, 1 would mean 100%.

function TaskGroup({
  bucket,
  count,
  children,
}: {
  bucket: TaskBucket;
  count: number;
  children: ReactNode;
}) {
  const headingId = useId();
  const overdue = bucket === "OVERDUE";
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography
        id={headingId}
        variant="h3"
        component="h2"
        sx={[{ mb: 1 }, overdue && overdueText]}
      >
        {TASK_BUCKET_LABELS[bucket]}{" "}
        <Typography component="span" variant="body2" color="text.secondary">
          {count}
        </Typography>
      </Typography>
      <Paper
        variant="outlined"
        sx={overdue ? { borderColor: "error.main", borderLeftWidth: 4 } : undefined}
      >
        <Box component="ul" aria-labelledby={headingId} sx={{ listStyle: "none", m: 0, p: 0 }}>
          {children}
        </Box>
      </Paper>
    </Box>
  );
}

function EmptyTasks({ team, portalBase }: { team: boolean; portalBase: string }) {
  return (
    <Paper variant="outlined" sx={{ py: 6, px: 3, textAlign: "center" }}>
      <TaskAltOutlined color="success" sx={{ fontSize: 48, mb: 1 }} aria-hidden />
      <Typography variant="h3" component="h2" sx={{ mb: 0.5 }}>
        {team ? "Nobody in your team has an open task" : "You're all caught up"}
      </Typography>
      <Typography color="text.secondary" sx={{ maxWidth: 520, mx: "auto", mb: 2 }}>
        Add a task from an opportunity's or an account's activity — a follow-up call, a proposal to
        send — and it shows up here, sorted by when it is due.
      </Typography>
      <Box sx={{ display: "flex", gap: 1, justifyContent: "center", flexWrap: "wrap" }}>
        <Button variant="contained" component={RouterLink} to={`${portalBase}/opportunities`}>
          Go to opportunities
        </Button>
        <Button variant="outlined" component={RouterLink} to={`${portalBase}/accounts`}>
          Go to accounts
        </Button>
      </Box>
    </Paper>
  );
}
