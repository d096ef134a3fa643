import Box from "@mui/material/Box";
import Checkbox from "@mui/material/Checkbox";
import Link from "@mui/material/Link";
import Typography from "@mui/material/Typography";
import type { Ref } from "react";
import { Link as RouterLink } from "react-router";
import { formatDateTime } from "../../../app/format/dates";
import { accountPath, opportunityPath } from "../../../app/routing/record-paths";
import type { MyTasksQuery } from "../../../gql/graphql";
import { overdueText } from "../../../app/tasks/overdue-style";
import { formatDue } from "../../../app/tasks/task-time";

export type TaskWithTarget = MyTasksQuery["activities"]["edges"][number]["node"];

/**
 * One open task in a to-do list: a checkbox that completes it, its subject, when it is due (in red
 * when overdue), what it is about (a link) and who it is with; the owner when it is a colleague's.
 */
export function TaskRow({
  task,
  overdue,
  done,
  showOwner,
  viewerId,
  now,
  portalBase,
  onComplete,
  checkboxRef,
}: {
  task: TaskWithTarget;
  overdue: boolean;
  done: boolean;
  showOwner: boolean;
  viewerId: string;
  now: Date;
  portalBase: string;
  onComplete: () => void;
  checkboxRef: Ref<HTMLInputElement>;
}) {
  const about = task.opportunity
    ? { name: task.opportunity.name, to: opportunityPath(portalBase, task.opportunity.id) }
    : task.account
      ? { name: task.account.name, to: accountPath(portalBase, task.account.id) }
      : null;
  const details = [
    task.contact && `with ${task.contact.name}`,
    showOwner && (task.owner.id === viewerId ? "You" : task.owner.name),
  ]
    .filter(Boolean)
    .join(" · ");
  return (
    <Box
      component="li"
      sx={{
        display: "flex",
        alignItems: "flex-start",
        gap: 1,
        px: { xs: 1, sm: 1.5 },
        py: 1,
        "& + &": { borderTop: 1, borderColor: "divider" },
      }}
    >
      <Checkbox
        checked={done}
        disabled={done || !task.canComplete}
        onChange={onComplete}
        inputRef={checkboxRef}
        slotProps={{ input: { "aria-label": `Complete task: ${task.subject}` } }}
      />
      <Box sx={{ minWidth: 0, flexGrow: 1, pt: 1 }}>
        <Typography
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
          variant="body2"
          color="text.secondary"
          sx={[{ mt: 0.25 }, overdue && !done && overdueText]}
        >
          {overdue ? "Was due " : "Due "}
          <time dateTime={task.dueAt ?? undefined} title={formatDateTime(task.dueAt)}>
            {task.dueAt ? formatDue(task.dueAt, now) : "—"}
          </time>
        </Typography>
        {(about || details) && (
          <Typography variant="body2" color="text.secondary" sx={{ overflowWrap: "anywhere" }}>
            {about && (
              <Link component={RouterLink} to={about.to}>
                {about.name}
              </Link>
            )}
            {about && details && " · "}
            {details}
          </Typography>
        )}
        {task.body && (
          <Typography
            variant="body2"
            color="text.secondary"
            sx={{
              mt: 0.5,
              display: "-webkit-box",
              WebkitLineClamp: 2,
              WebkitBoxOrient: "vertical",
              overflow: "hidden",
              overflowWrap: "anywhere",
            }}
          >
            {task.body}
          </Typography>
        )}
      </Box>
    </Box>
  );
}
