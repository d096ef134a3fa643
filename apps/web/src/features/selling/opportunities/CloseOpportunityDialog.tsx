import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import FormControl from "@mui/material/FormControl";
import FormControlLabel from "@mui/material/FormControlLabel";
import FormHelperText from "@mui/material/FormHelperText";
import FormLabel from "@mui/material/FormLabel";
import Radio from "@mui/material/Radio";
import RadioGroup from "@mui/material/RadioGroup";
import TextField from "@mui/material/TextField";
import {
  checkStageMove,
  LOSS_REASON_LABELS,
  LOSS_REASONS,
  OPPORTUNITY_FIELD_LIMITS,
  type ClosedStage,
  type LossReason,
} from "@prm/domain";
import { useId, useState } from "react";
import { formatAmount } from "../../../app/format/money";

export interface CloseChoice {
  lossReason: LossReason | null;
  lossNote: string | null;
}

/**
 * Closing an opportunity: won asks for a confirmation (its amount becomes won), lost for the
 * reason from the fixed list and, if the seller wants, a note.
 */
export function CloseOpportunityDialog({
  opportunity,
  stage,
  busy,
  error,
  onConfirm,
  onClose,
}: {
  opportunity: { name: string; amount: string };
  stage: ClosedStage;
  busy: boolean;
  error: string | null;
  onConfirm: (choice: CloseChoice) => void;
  onClose: () => void;
}) {
  const titleId = useId();
  const lost = stage === "CLOSED_LOST";
  const [lossReason, setLossReason] = useState<LossReason | null>(null);
  const [lossNote, setLossNote] = useState("");
  const [errors, setErrors] = useState<Partial<Record<"lossReason" | "lossNote", string>>>({});

  function confirm() {
    const check = checkStageMove({ stage, lossReason, lossNote });
    if (check.errors.length > 0) {
      setErrors(Object.fromEntries(check.errors.map((e) => [e.field, e.message])));
      return;
    }
    onConfirm({ lossReason: check.lossReason, lossNote: check.lossNote });
  }

  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      aria-labelledby={titleId}
      maxWidth="xs"
      fullWidth
    >
      <DialogTitle id={titleId}>
        {lost ? `Close ${opportunity.name} as lost` : `Close ${opportunity.name} as won`}
      </DialogTitle>
      <DialogContent>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        )}
        {lost ? (
          <>
            <FormControl error={Boolean(errors.lossReason)} required sx={{ mb: 2 }}>
              <FormLabel id={`${titleId}-reason`}>Why was it lost?</FormLabel>
              <RadioGroup
                aria-labelledby={`${titleId}-reason`}
                value={lossReason ?? ""}
                onChange={(_, value) => {
                  setLossReason(value as LossReason);
                  setErrors((current) => ({ ...current, lossReason: undefined }));
                }}
              >
                {LOSS_REASONS.map((reason) => (
                  <FormControlLabel
                    key={reason}
                    value={reason}
                    control={<Radio size="small" />}
                    label={LOSS_REASON_LABELS[reason]}
                  />
                ))}
              </RadioGroup>
              {errors.lossReason && <FormHelperText>{errors.lossReason}</FormHelperText>}
            </FormControl>
            <TextField
              label="Note (optional)"
              multiline
              minRows={2}
              fullWidth
              value={lossNote}
              onChange={(e) => setLossNote(e.target.value)}
              error={Boolean(errors.lossNote)}
              helperText={errors.lossNote ?? "What would have won it, in your own words."}
              slotProps={{ htmlInput: { maxLength: OPPORTUNITY_FIELD_LIMITS.lossNote } }}
            />
          </>
        ) : (
          <DialogContentText>
            {formatAmount(opportunity.amount)} counts as won today, and the opportunity leaves the
            pipeline.
          </DialogContentText>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <Button
          variant="contained"
          color={lost ? "error" : "success"}
          onClick={confirm}
          loading={busy}
        >
          {lost ? "Close as lost" : "Close as won"}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
