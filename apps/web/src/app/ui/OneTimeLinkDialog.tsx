import Alert from "@mui/material/Alert";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import { useId, useState, type ReactNode } from "react";
import { errorMessage } from "../graphql-errors";
import { OneTimeLink } from "./OneTimeLink";

export interface MadeLink {
  url: string;
  expiresAt: string;
}

/**
 * Makes a one-time link after saying what making it does (the previous link stops working), then
 * shows it once. `create` runs the feature's mutation.
 */
export function OneTimeLinkDialog({
  title,
  linkLabel,
  createLabel,
  children,
  create,
  onClose,
}: {
  title: string;
  /** The link field's label: "Invitation link". */
  linkLabel: string;
  /** The button that makes it: "Make a new link". */
  createLabel: string;
  /** What making it does. */
  children: ReactNode;
  create: () => Promise<MadeLink | undefined>;
  onClose: (made: boolean) => void;
}) {
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [made, setMade] = useState<MadeLink | null>(null);

  async function make() {
    setBusy(true);
    setError(null);
    try {
      const link = await create();
      if (link) setMade(link);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open
      // Once shown, the link closes only with Done: a stray click outside must not lose it.
      onClose={busy || made ? undefined : () => onClose(false)}
      aria-labelledby={titleId}
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id={titleId}>{title}</DialogTitle>
      <DialogContent>
        {made ? (
          <OneTimeLink url={made.url} label={linkLabel} expiresAt={made.expiresAt} />
        ) : (
          <>
            <DialogContentText component="div">{children}</DialogContentText>
            {error && (
              <Alert severity="error" sx={{ mt: 2 }}>
                {error}
              </Alert>
            )}
          </>
        )}
      </DialogContent>
      <DialogActions>
        {made ? (
          <Button variant="contained" onClick={() => onClose(true)}>
            Done
          </Button>
        ) : (
          <>
            <Button onClick={() => onClose(false)} disabled={busy}>
              Cancel
            </Button>
            <Button variant="contained" onClick={() => void make()} loading={busy}>
              {createLabel}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
