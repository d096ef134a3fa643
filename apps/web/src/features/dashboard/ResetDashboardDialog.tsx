import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";

export function ResetDashboardDialog({
  open,
  resetting,
  onConfirm,
  onClose,
}: {
  open: boolean;
  resetting: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="reset-dashboard-title">
      <DialogTitle id="reset-dashboard-title">Reset your dashboard?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          Your widgets, their positions and periods will be replaced by the default dashboard for
          your role. This cannot be undone.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
        <Button color="error" variant="contained" loading={resetting} onClick={onConfirm}>
          Reset to default
        </Button>
      </DialogActions>
    </Dialog>
  );
}
