import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import { useId, useState } from "react";
import { errorMessage } from "../../../app/graphql-errors";
import { OwnerPicker, type Choice } from "./ChoicePickers";
import { useReassignOpportunity } from "./mutations";

/** Giving an open opportunity to another person of the team or organization, who is notified. */
export function ReassignDialog({
  opportunity,
  onClose,
  onReassigned,
}: {
  opportunity: { id: string; name: string; owner: { id: string; name: string } };
  onClose: () => void;
  onReassigned: (message: string) => void;
}) {
  const titleId = useId();
  const [owner, setOwner] = useState<Choice | null>(null);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [reassign, { loading }] = useReassignOpportunity();

  async function confirm() {
    if (!owner) {
      setMissing(true);
      return;
    }
    setError(null);
    try {
      await reassign({ variables: { input: { id: opportunity.id, ownerId: owner.id } } });
      onReassigned(`${opportunity.name} now belongs to ${owner.name}, who is notified.`);
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
      <DialogTitle id={titleId}>Reassign {opportunity.name}</DialogTitle>
      <DialogContent sx={{ overflow: "visible" }}>
        <DialogContentText sx={{ mb: 2 }}>
          {opportunity.owner.name} owns it now. Choose who takes it over.
        </DialogContentText>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        )}
        <OwnerPicker
          label="New owner"
          size="medium"
          value={owner}
          activeOnly
          excludeId={opportunity.owner.id}
          onChange={(choice) => {
            setOwner(choice);
            setMissing(false);
          }}
          error={missing}
          helperText={missing ? "Choose the new owner." : undefined}
          autoFocus
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={loading}>
          Cancel
        </Button>
        <Button variant="contained" onClick={() => void confirm()} loading={loading}>
          Reassign
        </Button>
      </DialogActions>
    </Dialog>
  );
}
