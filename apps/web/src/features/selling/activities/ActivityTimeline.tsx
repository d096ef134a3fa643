import { useQuery } from "@apollo/client/react";
import AddRounded from "@mui/icons-material/AddRounded";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Divider from "@mui/material/Divider";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import Typography from "@mui/material/Typography";
import { ACTIVITY_TYPE_LABELS, can, isTask } from "@prm/domain";
import { useEffect, useId, useRef, useState } from "react";
import { formatCount } from "../../../app/format/count";
import { errorMessage } from "../../../app/graphql-errors";
import { RetryAlert } from "../../../app/layout/RetryAlert";
import { opportunityPath, usePortalBase } from "../../../app/routing/record-paths";
import { useSignedInUser } from "../../../app/session/SessionProvider";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import type { ActivityFieldsFragment } from "../../../gql/graphql";
import { ActivityItem } from "./ActivityItem";
import type { ContactChoice } from "./ActivityFormFields";
import {
  AccountContactChoicesDocument,
  OpportunityContactChoicesDocument,
  TimelineActivitiesDocument,
} from "./documents";
import { EditActivityDialog } from "./EditActivityDialog";
import { LogActivityForm, type ActivityTarget } from "./LogActivityForm";
import { useDeleteActivity } from "./mutations";
import { useCompleteTask } from "../../../app/tasks/useCompleteTask";

/** How many activities a timeline shows at first, and how many more each "Show older" adds. */
const PAGE_SIZE = 20;
/** The most the API gives in one answer. */
const MAX_SHOWN = 100;

export type ActivityTimelineProps =
  | { opportunityId: string; accountId?: undefined }
  | { accountId: string; opportunityId?: undefined };

/** The people an activity on the target may be with (only fetched for those who log). */
function useContactChoices(target: ActivityTarget, enabled: boolean): readonly ContactChoice[] {
  const opportunityId = "opportunityId" in target ? target.opportunityId : undefined;
  const accountId = "accountId" in target ? target.accountId : undefined;
  const ofOpportunity = useQuery(OpportunityContactChoicesDocument, {
    variables: { id: opportunityId ?? "" },
    skip: !enabled || !opportunityId,
  });
  const ofAccount = useQuery(AccountContactChoicesDocument, {
    variables: { id: accountId ?? "" },
    skip: !enabled || !accountId,
  });
  return ofOpportunity.data?.opportunity?.contacts ?? ofAccount.data?.account?.contacts ?? [];
}

/** "Call logged.", "Task added.": what the status line says after the form saved. */
function loggedMessage(activity: ActivityFieldsFragment): string {
  if (isTask(activity.type)) return `Task added: ${activity.subject}`;
  return `${ACTIVITY_TYPE_LABELS[activity.type]} logged: ${activity.subject}`;
}

/**
 * An opportunity's or an account's activities (an account's include its opportunities'), newest
 * first, with a form to log a call, email, meeting or note or add a task; the author edits and
 * deletes their own, and open tasks are completed in place.
 */
export function ActivityTimeline(props: ActivityTimelineProps) {
  const target: ActivityTarget = props.opportunityId
    ? { opportunityId: props.opportunityId }
    : { accountId: props.accountId! };
  const user = useSignedInUser();
  const canLog = can(user.role, "activity:write");
  const portalBase = usePortalBase();
  const [first, setFirst] = useState(PAGE_SIZE);
  const { data, previousData, loading, error, refetch } = useQuery(TimelineActivitiesDocument, {
    variables: { filter: target, first },
    fetchPolicy: "cache-and-network",
    notifyOnNetworkStatusChange: true,
  });
  const contacts = useContactChoices(target, canLog);
  const [formOpen, setFormOpen] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [editing, setEditing] = useState<ActivityFieldsFragment | null>(null);
  const [deleting, setDeleting] = useState<ActivityFieldsFragment | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [deleteActivity, deletion] = useDeleteActivity();
  const completion = useCompleteTask((task) => setStatus(`Task completed: ${task.subject}`));
  const headingId = useId();
  const logButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  // Back to the button that opened the form once it closes, for keyboard users.
  useEffect(() => {
    if (wasOpen.current && !formOpen) logButton.current?.focus();
    wasOpen.current = formOpen;
  }, [formOpen]);

  const shown = data ?? previousData;
  const activities = shown?.activities.edges.map((edge) => edge.node) ?? [];
  const totalCount = shown?.activities.totalCount ?? 0;
  const hasMore = shown?.activities.pageInfo.hasNextPage ?? false;

  async function confirmDelete() {
    if (!deleting) return;
    setDeleteError(null);
    try {
      await deleteActivity({ variables: { id: deleting.id } });
      setStatus(`${ACTIVITY_TYPE_LABELS[deleting.type]} deleted: ${deleting.subject}`);
      setDeleting(null);
    } catch (e) {
      setDeleteError(errorMessage(e));
    }
  }

  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId}>
      <Box
        sx={{
          display: "flex",
          alignItems: "center",
          justifyContent: "space-between",
          flexWrap: "wrap",
          gap: 1,
          px: { xs: 2, sm: 3 },
          pt: { xs: 2, sm: 2.5 },
          pb: 1.5,
        }}
      >
        <Box>
          <Typography id={headingId} variant="h3" component="h2">
            Activity
          </Typography>
          {shown && totalCount > 0 && (
            <Typography variant="body2" color="text.secondary">
              {formatCount(totalCount, "activity", "activities")}, newest first
            </Typography>
          )}
        </Box>
        {canLog && !formOpen && (
          <Button
            ref={logButton}
            variant="contained"
            startIcon={<AddRounded />}
            onClick={() => {
              setStatus(null);
              setFormOpen(true);
            }}
          >
            Log activity
          </Button>
        )}
      </Box>
      {formOpen && (
        <Box sx={{ px: { xs: 2, sm: 3 }, pb: 2 }}>
          <LogActivityForm
            target={target}
            contacts={contacts}
            onLogged={(activity) => {
              setStatus(loggedMessage(activity));
              setFormOpen(false);
            }}
            onCancel={() => setFormOpen(false)}
          />
        </Box>
      )}
      <Divider />
      <Box sx={{ px: { xs: 2, sm: 3 }, py: 1 }}>
        <Box role="status" sx={{ "&:empty": { display: "none" }, my: 1 }}>
          {status && (
            <Alert severity="success" role="none" onClose={() => setStatus(null)}>
              {status}
            </Alert>
          )}
        </Box>
        {completion.error && (
          <Alert severity="error" onClose={completion.clearError} sx={{ my: 1 }}>
            {completion.error}
          </Alert>
        )}
        {error && !shown ? (
          <Box sx={{ py: 1 }}>
            <RetryAlert onRetry={() => void refetch()}>{errorMessage(error)}</RetryAlert>
          </Box>
        ) : !shown ? (
          <Box aria-label="Loading activities" role="status" sx={{ py: 1 }}>
            {[0, 1, 2].map((row) => (
              <Box key={row} sx={{ display: "flex", gap: 1.5, py: 1.5 }}>
                <Skeleton variant="circular" width={36} height={36} />
                <Box sx={{ flexGrow: 1 }}>
                  <Skeleton width="60%" />
                  <Skeleton width="40%" />
                </Box>
              </Box>
            ))}
          </Box>
        ) : activities.length === 0 ? (
          <Box sx={{ py: 3, textAlign: "center" }}>
            <Typography sx={{ fontWeight: 600 }}>No activity yet</Typography>
            <Typography color="text.secondary" sx={{ mt: 0.5 }}>
              {canLog
                ? "Log your calls, emails, meetings and notes here, and add tasks with a due time so nothing slips."
                : "Calls, emails, meetings, notes and tasks appear here once the partner logs them."}
            </Typography>
          </Box>
        ) : (
          <Box
            component="ol"
            aria-label="Activities"
            sx={{ listStyle: "none", m: 0, p: 0, opacity: loading ? 0.7 : 1 }}
          >
            {activities.map((activity) => (
              <ActivityItem
                key={activity.id}
                activity={activity}
                onOpportunity={
                  props.accountId && activity.opportunity
                    ? {
                        name: activity.opportunity.name,
                        to: opportunityPath(portalBase, activity.opportunity.id),
                      }
                    : null
                }
                viewerId={user.id}
                done={completion.isDone(activity)}
                onComplete={() => void completion.completeTask(activity)}
                onEdit={() => setEditing(activity)}
                onDelete={() => {
                  setDeleteError(null);
                  setDeleting(activity);
                }}
              />
            ))}
          </Box>
        )}
        {hasMore &&
          (first < MAX_SHOWN ? (
            <Box sx={{ textAlign: "center", py: 1 }}>
              <Button
                onClick={() => setFirst((n) => Math.min(n + PAGE_SIZE, MAX_SHOWN))}
                loading={loading}
              >
                Show older activities
              </Button>
            </Box>
          ) : (
            <Typography variant="body2" color="text.secondary" sx={{ py: 1, textAlign: "center" }}>
              The newest {MAX_SHOWN} of {formatCount(totalCount, "activity", "activities")} are
              shown.
            </Typography>
          ))}
      </Box>
      {editing && (
        <EditActivityDialog
          activity={editing}
          contacts={contacts}
          onClose={(saved) => {
            if (saved)
              setStatus(
                `Your changes to the ${ACTIVITY_TYPE_LABELS[editing.type].toLowerCase()} are saved.`,
              );
            setEditing(null);
          }}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={
          deleting ? `Delete this ${ACTIVITY_TYPE_LABELS[deleting.type].toLowerCase()}?` : "Delete?"
        }
        confirmLabel="Delete"
        destructive
        busy={deletion.loading}
        onClose={() => setDeleting(null)}
        onConfirm={() => void confirmDelete()}
      >
        {deleting && <>“{deleting.subject}” is removed for everyone. This cannot be undone.</>}
        {deleteError && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {deleteError}
          </Alert>
        )}
      </ConfirmDialog>
    </Paper>
  );
}
