import { useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import Skeleton from "@mui/material/Skeleton";
import Stack from "@mui/material/Stack";
import {
  hasWorkload,
  mayBeChannelManager,
  mayTakeOverPartnerRecords,
  type UserWorkload,
} from "@prm/domain";
import { useId, useState } from "react";
import { formatCount } from "../../app/format/count";
import { errorMessage, fieldError, firstGraphQLError } from "../../app/graphql-errors";
import { RetryAlert } from "../../app/layout/RetryAlert";
import { OperatorWorkloadDocument } from "./documents";
import { useDeactivateUser } from "./mutations";
import type { AdministeredOrganization, Person } from "./operators-model";
import { PersonPicker } from "./PersonPicker";

/** "12 open opportunities and 3 pending deals", what the hand-over moves. */
function recordsPhrase(workload: UserWorkload): string {
  return [
    workload.openOpportunities > 0 &&
      formatCount(workload.openOpportunities, "open opportunity", "open opportunities"),
    workload.pendingDeals > 0 && formatCount(workload.pendingDeals, "pending deal"),
  ]
    .filter(Boolean)
    .join(" and ");
}

function isWorkload(value: unknown): value is UserWorkload {
  const w = value as Partial<UserWorkload> | null;
  return (
    typeof w?.openOpportunities === "number" &&
    typeof w.pendingDeals === "number" &&
    typeof w.assignedPartners === "number"
  );
}

/**
 * Deactivates a person, handing over in the same step what they still own: a partner user's open
 * opportunities and pending deal registrations to a seller or sales manager, a channel manager's
 * partners to another channel manager. What they own is read afresh when the dialog opens.
 */
export function DeactivateUserDialog({
  user,
  organization,
  onClose,
}: {
  user: { id: string; name: string };
  organization: AdministeredOrganization;
  onClose: (done?: { message: string }) => void;
}) {
  const titleId = useId();
  const { data, loading, error, refetch } = useQuery(OperatorWorkloadDocument, {
    variables: { id: user.id },
    fetchPolicy: "network-only",
  });
  // A conflict's answer says what they own now, should it have changed since the dialog opened.
  const [latest, setLatest] = useState<UserWorkload | null>(null);
  const workload = latest ?? data?.user?.workload ?? null;
  const [heir, setHeir] = useState<Person | null>(null);
  const [missingHeir, setMissingHeir] = useState(false);
  const [heirError, setHeirError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [deactivate, { loading: saving }] = useDeactivateUser();

  const records = workload ? recordsPhrase(workload) : "";
  const partners = workload?.assignedPartners ?? 0;
  const handOver = workload !== null && hasWorkload(workload);
  const owned = [
    records && `owns ${records}`,
    partners > 0 && `manages ${formatCount(partners, "partner")}`,
  ]
    .filter(Boolean)
    .join(" and ");

  async function confirm() {
    if (handOver && !heir) {
      setMissingHeir(true);
      return;
    }
    setFormError(null);
    setHeirError(null);
    try {
      await deactivate({
        variables: { input: { id: user.id, reassignTo: handOver ? heir!.id : null } },
      });
      onClose({
        message: handOver
          ? `${user.name} is deactivated; ${heir!.name} now has ${[records, partners > 0 && formatCount(partners, "partner")].filter(Boolean).join(" and ")}.`
          : `${user.name} is deactivated: their sessions and API tokens no longer work.`,
      });
    } catch (e) {
      const first = firstGraphQLError(e);
      if (first?.extensions?.code === "CONFLICT" && isWorkload(first.extensions.workload)) {
        setLatest(first.extensions.workload);
        setFormError(first.message);
      } else if (fieldError(e, ["reassignTo"])) {
        setHeirError(first!.message);
      } else {
        setFormError(errorMessage(e));
      }
    }
  }

  const heirPicker =
    organization.kind === "PARTNER" ? (
      <PersonPicker
        label={`Reassign their ${records} to`}
        value={heir}
        onChange={(person) => {
          setHeir(person);
          setMissingHeir(false);
          setHeirError(null);
        }}
        filter={{ active: true }}
        accepts={mayTakeOverPartnerRecords}
        excludeIds={[user.id]}
        error={missingHeir || Boolean(heirError)}
        helperText={
          heirError ??
          (missingHeir
            ? "Choose who takes them over."
            : "A seller or sales manager; they are notified.")
        }
        noOptionsText="No active seller or sales manager matches"
        autoFocus
      />
    ) : (
      <PersonPicker
        label={`Hand their ${formatCount(partners, "partner")} to`}
        value={heir}
        onChange={(person) => {
          setHeir(person);
          setMissingHeir(false);
          setHeirError(null);
        }}
        filter={{ active: true, role: "CHANNEL_MANAGER" }}
        accepts={mayBeChannelManager}
        excludeIds={[user.id]}
        error={missingHeir || Boolean(heirError)}
        helperText={
          heirError ??
          (missingHeir
            ? "Choose the channel manager who takes them over."
            : "Another channel manager: from now on they see those partners' deals, approvals and figures. Both are notified.")
        }
        noOptionsText="No other active channel manager: invite one first"
        autoFocus
      />
    );

  return (
    <Dialog
      open
      onClose={saving ? undefined : () => onClose()}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>Deactivate {user.name}?</DialogTitle>
      <DialogContent sx={{ overflow: "visible" }}>
        <Stack spacing={2}>
          <DialogContentText>
            They are signed out everywhere at once: their sessions, API tokens and links stop
            working. What they did stays in the history and still counts. You can reactivate them
            later.
          </DialogContentText>
          {error && !data ? (
            <RetryAlert onRetry={() => void refetch()}>{errorMessage(error)}</RetryAlert>
          ) : loading && !workload ? (
            <Skeleton variant="rounded" height={56} aria-label="Checking what they own" />
          ) : handOver ? (
            <>
              <Alert severity="info">
                {user.name} still {owned}. Choose who takes over: it happens in the same step as the
                deactivation.
              </Alert>
              {heirPicker}
            </>
          ) : null}
          {formError && <Alert severity="error">{formError}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose()} disabled={saving}>
          Cancel
        </Button>
        <Button
          variant="contained"
          color="error"
          onClick={() => void confirm()}
          loading={saving}
          disabled={loading && !workload}
        >
          {handOver ? "Reassign and deactivate" : "Deactivate"}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
