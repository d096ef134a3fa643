import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import {
  OPEN_STAGES,
  OPPORTUNITY_FIELD_LIMITS,
  reopenReasonError,
  STAGE_LABELS,
  type OpenStage,
} from "@prm/domain";
import { useId, useState } from "react";
import { errorMessage } from "../../../app/graphql-errors";
import { useReopenOpportunity } from "./mutations";

/** Reopening a won or lost opportunity in an open stage, with the reason (managers, sales ops). */
export function ReopenDialog({
  opportunity,
  initialStage,
  onClose,
  onReopened,
}: {
  opportunity: { id: string; name: string };
  /** The stage it was closed from. */
  initialStage: OpenStage;
  onClose: () => void;
  onReopened: (message: string) => void;
}) {
  const titleId = useId();
  const [stage, setStage] = useState<OpenStage>(initialStage);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reopen, { loading }] = useReopenOpportunity();

  async function confirm() {
    const invalid = reopenReasonError(reason);
    setReasonError(invalid);
    if (invalid) return;
    setError(null);
    try {
      await reopen({ variables: { input: { id: opportunity.id, stage, reason: reason.trim() } } });
      onReopened(`${opportunity.name} is open again, in ${STAGE_LABELS[stage]}.`);
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <Dialog
      open
      onClose={loading ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="xs"
      fullWidth
    >
      <DialogTitle id={titleId}>Reopen {opportunity.name}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          It goes back into the pipeline and out of the won and lost figures. The reason is kept in
          its stage history.
        </DialogContentText>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        )}
        <TextField
          select
          label="Reopen in"
          value={stage}
          onChange={(e) => setStage(e.target.value as OpenStage)}
          fullWidth
          sx={{ mb: 2 }}
        >
          {OPEN_STAGES.map((open) => (
            <MenuItem key={open} value={open}>
              {STAGE_LABELS[open]}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          label="Reason"
          required
          multiline
          minRows={3}
          fullWidth
          value={reason}
          onChange={(e) => {
            setReason(e.target.value);
            setReasonError(null);
          }}
          error={Boolean(reasonError)}
          helperText={reasonError ?? "Why it is reopened, for whoever reads its history."}
          slotProps={{ htmlInput: { maxLength: OPPORTUNITY_FIELD_LIMITS.reopenReason } }}
          autoFocus
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={loading}>
          Cancel
        </Button>
        <Button variant="contained" onClick={() => void confirm()} loading={loading}>
          Reopen
        </Button>
      </DialogActions>
    </Dialog>
  );
}
