import CheckCircleOutline from "@mui/icons-material/CheckCircleOutline";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import CircularProgress from "@mui/material/CircularProgress";
import Typography from "@mui/material/Typography";
import { formatDate } from "../../app/format/dates";
import type { ClaimSummary, ConflictCheck } from "./useConflictCheck";

/**
 * The sentence a partner sees for a claimed customer, after the strongest claim: never who holds
 * it (it may be another partner or a colleague).
 */
export function claimedMessage({ claimedUntil, pending }: ClaimSummary): string {
  if (claimedUntil) {
    return `This customer is already registered (protected until ${formatDate(claimedUntil)}).`;
  }
  return pending
    ? "This customer is already registered (waiting for a decision)."
    : "This customer is already being worked as an open opportunity.";
}

/** The live answer of the conflict check under the customer fields (a polite live region). */
export function ConflictHint({ check }: { check: ConflictCheck }) {
  const { checking, result } = check;
  return (
    <Box aria-live="polite" data-testid="conflict-hint">
      {result?.claimed ? (
        <Alert severity="warning" variant="outlined" sx={{ bgcolor: "transparent" }}>
          {claimedMessage(result)} You can still register it; your channel manager will decide.
        </Alert>
      ) : checking ? (
        <Box sx={{ display: "flex", alignItems: "center", gap: 1, py: 1 }}>
          <CircularProgress size={14} aria-hidden />
          <Typography variant="body2" color="text.secondary">
            Checking whether this customer is already registered…
          </Typography>
        </Box>
      ) : result ? (
        <Box sx={{ display: "flex", alignItems: "center", gap: 1, py: 1 }}>
          <CheckCircleOutline fontSize="small" color="success" aria-hidden />
          <Typography variant="body2" color="text.secondary">
            Nobody has registered this customer yet.
          </Typography>
        </Box>
      ) : null}
    </Box>
  );
}
