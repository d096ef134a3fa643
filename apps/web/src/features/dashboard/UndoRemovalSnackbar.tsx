import Button from "@mui/material/Button";
import Snackbar from "@mui/material/Snackbar";
import { useState } from "react";

/** How long the way back stays offered; the pointer or focus on it holds it open. */
const UNDO_OFFERED_MS = 10_000;

export interface RemovedWidget {
  id: string;
  title: string;
}

/**
 * "… removed" with Undo after a widget is taken off. Undo gets the focus, as the remove button it
 * had is gone; a click elsewhere on the page leaves the offer standing.
 */
export function UndoRemovalSnackbar({
  removed,
  onUndo,
  onClose,
}: {
  removed: RemovedWidget | null;
  onUndo: () => void;
  onClose: () => void;
}) {
  // The last removal stays written while the snackbar slides away.
  const [shown, setShown] = useState(removed);
  if (removed && removed !== shown) setShown(removed);

  return (
    <Snackbar
      key={shown?.id}
      open={removed !== null}
      autoHideDuration={UNDO_OFFERED_MS}
      anchorOrigin={{ vertical: "bottom", horizontal: "center" }}
      onClose={(_event, reason) => {
        if (reason !== "clickaway") onClose();
      }}
      message={shown && `${shown.title} removed`}
      action={
        <Button
          color="inherit"
          size="small"
          autoFocus
          disableFocusRipple
          onClick={onUndo}
          sx={{ fontWeight: 700 }}
        >
          Undo
        </Button>
      }
    />
  );
}
