import CheckCircleRounded from "@mui/icons-material/CheckCircleRounded";
import DeleteOutlineRounded from "@mui/icons-material/DeleteOutlineRounded";
import EditOutlined from "@mui/icons-material/EditOutlined";
import MoreVertRounded from "@mui/icons-material/MoreVertRounded";
import Box from "@mui/material/Box";
import Checkbox from "@mui/material/Checkbox";
import Chip from "@mui/material/Chip";
import IconButton from "@mui/material/IconButton";
import Link from "@mui/material/Link";
import ListItemIcon from "@mui/material/ListItemIcon";
import ListItemText from "@mui/material/ListItemText";
import Menu from "@mui/material/Menu";
import MenuItem from "@mui/material/MenuItem";
import Typography from "@mui/material/Typography";
import { ACTIVITY_TYPE_LABELS, isTask } from "@prm/domain";
import { useState } from "react";
import { Link as RouterLink } from "react-router";
import { formatDate, formatDateTime, relativeTime } from "../../../app/format/dates";
import type { ActivityFieldsFragment } from "../../../gql/graphql";
import { ActivityTypeIcon } from "./ActivityTypeIcon";
import { overdueText } from "../../../app/tasks/overdue-style";
import { formatDue } from "../../../app/tasks/task-time";

const MARK_SIZE = 36;

/**
 * One activity in a timeline: its type, subject, who it was with and by whom, when; an open task
 * has a checkbox that completes it, and the author's own have a menu to edit or delete them.
 */
export function ActivityItem({
  activity,
  onOpportunity,
  viewerId,
  done,
  onComplete,
  onEdit,
  onDelete,
}: {
  activity: ActivityFieldsFragment;
  /** On an account's timeline: the opportunity the activity is on, as a link to its page. */
  onOpportunity?: { name: string; to: string } | null;
  /** The viewer's own activities say "You" instead of their name. */
  viewerId: string;
  /** Completed, or clicked and on its way. */
  done: boolean;
  onComplete: () => void;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const [menuAnchor, setMenuAnchor] = useState<HTMLElement | null>(null);
  const task = isTask(activity.type);
  const overdue = activity.overdue && !done;
  const typeLabel = ACTIVITY_TYPE_LABELS[activity.type];

  let mark;
  if (task && !done && activity.canComplete) {
    mark = (
      <Checkbox
        checked={false}
        onChange={onComplete}
        slotProps={{ input: { "aria-label": `Complete task: ${activity.subject}` } }}
        sx={{ m: -0.75 }}
      />
    );
  } else if (task && done) {
    mark = <CheckCircleRounded color="success" aria-hidden />;
  } else {
    mark = <ActivityTypeIcon type={activity.type} fontSize="small" />;
  }

  const when = task ? (
    done ? (
      <>Done {activity.completedAt ? formatDate(activity.completedAt) : "just now"}</>
    ) : (
      <Box component="span" sx={overdue ? overdueText : undefined}>
        Due{" "}
        <time dateTime={activity.dueAt ?? undefined} title={formatDateTime(activity.dueAt)}>
          {activity.dueAt ? formatDue(activity.dueAt) : "—"}
        </time>
      </Box>
    )
  ) : (
    <time dateTime={activity.occurredAt} title={formatDateTime(activity.occurredAt)}>
      {relativeTime(activity.occurredAt)}
    </time>
  );

  return (
    <Box
      component="li"
      sx={{ display: "flex", gap: 1.5, py: 1.5, "& + &": { borderTop: 1, borderColor: "divider" } }}
    >
      <Box
        sx={{
          width: MARK_SIZE,
          height: MARK_SIZE,
          flexShrink: 0,
          display: "grid",
          placeItems: "center",
          borderRadius: "50%",
          bgcolor: task ? "transparent" : "action.hover",
          color: "text.secondary",
        }}
      >
        {mark}
      </Box>
      <Box sx={{ minWidth: 0, flexGrow: 1 }}>
        <Box sx={{ display: "flex", alignItems: "center", gap: 1, flexWrap: "wrap" }}>
          <Typography
            variant="body2"
            sx={{
              fontWeight: 600,
              overflowWrap: "anywhere",
              textDecoration: task && done ? "line-through" : undefined,
              color: task && done ? "text.secondary" : undefined,
            }}
          >
            {activity.subject}
          </Typography>
          {overdue && <Chip label="Overdue" color="error" size="small" variant="outlined" />}
        </Box>
        <Typography variant="caption" color="text.secondary" component="p">
          {typeLabel}
          {onOpportunity && (
            <>
              {" "}
              on{" "}
              <Link component={RouterLink} to={onOpportunity.to} color="inherit">
                {onOpportunity.name}
              </Link>
            </>
          )}
          {activity.contact && <> · with {activity.contact.name}</>} ·{" "}
          {activity.owner.id === viewerId ? "You" : activity.owner.name} · {when}
        </Typography>
        {activity.body && (
          <Typography
            variant="body2"
            sx={{ mt: 0.5, whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}
          >
            {activity.body}
          </Typography>
        )}
      </Box>
      {activity.canEdit && (
        <Box sx={{ flexShrink: 0, mt: -0.5 }}>
          <IconButton
            size="small"
            aria-label={`More actions for ${typeLabel.toLowerCase()}: ${activity.subject}`}
            aria-haspopup="menu"
            onClick={(e) => setMenuAnchor(e.currentTarget)}
          >
            <MoreVertRounded fontSize="small" />
          </IconButton>
          <Menu
            anchorEl={menuAnchor}
            open={Boolean(menuAnchor)}
            onClose={() => setMenuAnchor(null)}
            anchorOrigin={{ vertical: "bottom", horizontal: "right" }}
            transformOrigin={{ vertical: "top", horizontal: "right" }}
          >
            <MenuItem
              onClick={() => {
                setMenuAnchor(null);
                onEdit();
              }}
            >
              <ListItemIcon>
                <EditOutlined fontSize="small" />
              </ListItemIcon>
              <ListItemText>Edit</ListItemText>
            </MenuItem>
            <MenuItem
              onClick={() => {
                setMenuAnchor(null);
                onDelete();
              }}
              sx={{ color: "error.main" }}
            >
              <ListItemIcon sx={{ color: "inherit" }}>
                <DeleteOutlineRounded fontSize="small" />
              </ListItemIcon>
              <ListItemText>Delete</ListItemText>
            </MenuItem>
          </Menu>
        </Box>
      )}
    </Box>
  );
}
