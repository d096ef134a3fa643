import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import Stack from "@mui/material/Stack";
import TextField from "@mui/material/TextField";
import {
  DEAL_FIELD_LIMITS,
  DEFAULT_PROTECTION_DAYS,
  MAX_PROTECTION_EXTENSION_DAYS,
  reasonError,
} from "@prm/domain";
import { useState, type FormEvent } from "react";

export type DecisionKind = "approve" | "return" | "reject" | "extend";

export interface DecisionValues {
  note: string;
  overrideReason: string;
  reason: string;
  days: number;
}

const TITLES: Readonly<Record<DecisionKind, string>> = {
  approve: "Approve",
  return: "Return for changes",
  reject: "Reject",
  extend: "Extend protection",
};

const MAX_EXTENSION_DAYS = MAX_PROTECTION_EXTENSION_DAYS;

/**
 * One dialog per decision. Approve takes an optional note and, when the customer is already
 * claimed, a required override reason; return and reject need a reason; extending needs days and a
 * reason.
 */
export function DecisionDialog({
  kind,
  dealNumber,
  conflicted,
  busy,
  error,
  onConfirm,
  onClose,
}: {
  kind: DecisionKind | null;
  dealNumber: string;
  conflicted: boolean;
  busy: boolean;
  error?: string | null;
  onConfirm: (values: DecisionValues) => void;
  onClose: () => void;
}) {
  const [note, setNote] = useState("");
  const [overrideReason, setOverrideReason] = useState("");
  const [reason, setReason] = useState("");
  const [days, setDays] = useState(String(DEFAULT_PROTECTION_DAYS));
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});

  function validate(): Record<string, string | undefined> {
    const found: Record<string, string | undefined> = {};
    if (kind === "approve" && conflicted) {
      const problem = reasonError(overrideReason, "Override reason");
      if (problem) {
        found.overrideReason = overrideReason.trim()
          ? problem
          : "Override reason is required: this customer is already claimed by another registration.";
      }
    }
    if (kind === "approve" && note.length > DEAL_FIELD_LIMITS.reason) {
      found.note = `The note can be at most ${DEAL_FIELD_LIMITS.reason} characters.`;
    }
    if (kind === "return" || kind === "reject" || kind === "extend") {
      found.reason = reasonError(reason, "Reason") ?? undefined;
    }
    if (kind === "extend") {
      const n = Number(days);
      if (!Number.isInteger(n) || n < 1 || n > MAX_EXTENSION_DAYS) {
        found.days = `Days must be a whole number from 1 to ${MAX_EXTENSION_DAYS}.`;
      }
    }
    return found;
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.values(found).some(Boolean)) return;
    onConfirm({
      note: note.trim(),
      overrideReason: overrideReason.trim(),
      reason: reason.trim(),
      days: Number(days),
    });
  }

  function reset() {
    setNote("");
    setOverrideReason("");
    setReason("");
    setDays(String(DEFAULT_PROTECTION_DAYS));
    setErrors({});
  }

  const title = kind ? `${TITLES[kind]} ${dealNumber}` : "";
  return (
    <Dialog
      open={kind !== null}
      onClose={busy ? undefined : onClose}
      slotProps={{ transition: { onExited: reset } }}
      aria-labelledby="decision-title"
      maxWidth="sm"
      fullWidth
    >
      <form noValidate onSubmit={submit}>
        <DialogTitle id="decision-title">{title}</DialogTitle>
        <DialogContent>
          <Stack spacing={2}>
            <DialogContentText>
              {kind === "approve" &&
                "Approving creates the partner's opportunity and protects the customer for them."}
              {kind === "return" && "The partner can edit the registration and resubmit it."}
              {kind === "reject" && "The registration ends here; the partner sees your reason."}
              {kind === "extend" && "Adds days to the partner's protection of this customer."}
            </DialogContentText>
            {kind === "approve" && conflicted && (
              <Alert severity="warning">
                This customer is already claimed by another registration or opportunity. Say why you
                approve over it.
              </Alert>
            )}
            {kind === "approve" && conflicted && (
              <TextField
                label="Override reason"
                name="overrideReason"
                required
                multiline
                minRows={2}
                autoFocus
                value={overrideReason}
                onChange={(e) => setOverrideReason(e.target.value)}
                error={Boolean(errors.overrideReason)}
                helperText={errors.overrideReason ?? "Recorded in the audit trail."}
              />
            )}
            {kind === "approve" && (
              <TextField
                label="Note to the partner (optional)"
                name="note"
                multiline
                minRows={2}
                autoFocus={!conflicted}
                value={note}
                onChange={(e) => setNote(e.target.value)}
                error={Boolean(errors.note)}
                helperText={errors.note ?? " "}
              />
            )}
            {kind === "extend" && (
              <TextField
                label="Days"
                name="days"
                type="number"
                required
                autoFocus
                value={days}
                onChange={(e) => setDays(e.target.value)}
                error={Boolean(errors.days)}
                helperText={errors.days ?? `1 to ${MAX_EXTENSION_DAYS} days`}
                slotProps={{ htmlInput: { min: 1, max: MAX_EXTENSION_DAYS, step: 1 } }}
              />
            )}
            {(kind === "return" || kind === "reject" || kind === "extend") && (
              <TextField
                label="Reason"
                name="reason"
                required
                multiline
                minRows={3}
                autoFocus={kind !== "extend"}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                error={Boolean(errors.reason)}
                helperText={
                  errors.reason ??
                  (kind === "extend" ? "Recorded in the audit trail." : "The partner sees this.")
                }
              />
            )}
            {error && <Alert severity="error">{error}</Alert>}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button
            type="submit"
            variant="contained"
            color={kind === "reject" ? "error" : kind === "approve" ? "success" : "primary"}
            loading={busy}
          >
            {kind ? TITLES[kind] : ""}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
