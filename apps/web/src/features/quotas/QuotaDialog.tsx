import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogTitle from "@mui/material/DialogTitle";
import InputAdornment from "@mui/material/InputAdornment";
import MenuItem from "@mui/material/MenuItem";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import {
  checkQuotaAmount,
  QUOTA_PERIOD_KIND_LABELS,
  QUOTA_PERIOD_KINDS,
  quotaPeriod,
  quotaPeriodContaining,
  quotaPeriodLabel,
  type QuotaPeriod,
  type QuotaPeriodKind,
} from "@prm/domain";
import { useId, useMemo, useState, type FormEvent } from "react";
import { errorMessage, firstGraphQLError } from "../../app/graphql-errors";
import type { QuotaRowFragment } from "../../gql/graphql";
import { useSetQuota } from "./mutations";
import { periodOptions } from "./periods";

/** Whose quota: a partner organization's or one seller's. */
export type QuotaTarget =
  | { kind: "PARTNER"; partnerId: string; name: string }
  | { kind: "SELLER"; sellerId: string; name: string };

/**
 * Sets a quota for a target: a new one for a period picked here (a month, quarter or year), or
 * another amount for an existing one (`quota`), whose period stays. The server refuses a period
 * that overlaps another quota of the target, and the dialog shows why.
 */
export function QuotaDialog({
  target,
  quota,
  initialPeriod,
  onClose,
  onDone,
}: {
  target: QuotaTarget;
  quota?: QuotaRowFragment;
  /** For a new quota: the period to start from (else the current quarter). */
  initialPeriod?: QuotaPeriod;
  onClose: () => void;
  onDone: (quota: QuotaRowFragment) => void;
}) {
  const titleId = useId();
  const start = initialPeriod ?? quotaPeriodContaining("QUARTER", new Date());
  const [kind, setKind] = useState<QuotaPeriodKind>(quota?.periodKind ?? start.kind);
  const [periodStart, setPeriodStart] = useState(quota?.periodStart ?? start.start);
  const [amount, setAmount] = useState(quota ? quota.amount.replace(/\.00$/, "") : "");
  const [amountError, setAmountError] = useState<string | null>(null);
  const [save, { loading, error }] = useSetQuota();
  const options = useMemo(() => periodOptions(kind), [kind]);
  const field = firstGraphQLError(error)?.extensions?.field;

  function changeKind(next: QuotaPeriodKind) {
    setKind(next);
    // The period of the new kind that contains the one chosen so far.
    setPeriodStart(quotaPeriodContaining(next, new Date(`${periodStart}T00:00:00Z`)).start);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkQuotaAmount(amount);
    if (!checked.ok) {
      setAmountError(checked.message);
      return;
    }
    setAmountError(null);
    const targetInput =
      target.kind === "PARTNER" ? { partnerId: target.partnerId } : { sellerId: target.sellerId };
    try {
      const result = await save({
        variables: {
          input: { ...targetInput, periodKind: kind, periodStart, amount: checked.amount },
        },
      });
      if (result.data) onDone(result.data.setQuota);
    } catch {
      // Shown from `error`.
    }
  }

  const periodLabel = quotaPeriodLabel(quotaPeriod(kind, periodStart));
  return (
    <Dialog
      open
      onClose={loading ? undefined : onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="xs"
    >
      <Box component="form" noValidate onSubmit={submit}>
        <DialogTitle id={titleId}>
          {quota ? `Change the ${quota.periodLabel} quota` : "Set a quota"}
        </DialogTitle>
        <DialogContent>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {target.kind === "PARTNER" ? "Partner" : "Seller"}: <strong>{target.name}</strong>
          </Typography>
          {error && field !== "amount" && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {errorMessage(error)}
            </Alert>
          )}
          {!quota && (
            <Box sx={{ display: "flex", gap: 1.5, mb: 2 }}>
              <TextField
                select
                label="Period"
                name="periodKind"
                value={kind}
                onChange={(event) => changeKind(event.target.value as QuotaPeriodKind)}
                sx={{ width: 130, flexShrink: 0 }}
              >
                {QUOTA_PERIOD_KINDS.map((value) => (
                  <MenuItem key={value} value={value}>
                    {QUOTA_PERIOD_KIND_LABELS[value]}
                  </MenuItem>
                ))}
              </TextField>
              <TextField
                select
                label={QUOTA_PERIOD_KIND_LABELS[kind]}
                name="periodStart"
                value={periodStart}
                onChange={(event) => setPeriodStart(event.target.value)}
                fullWidth
              >
                {options.map((option) => (
                  <MenuItem key={option.period.start} value={option.period.start}>
                    {option.label}
                  </MenuItem>
                ))}
              </TextField>
            </Box>
          )}
          <TextField
            label={`Quota for ${periodLabel}`}
            name="amount"
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            fullWidth
            required
            autoFocus
            inputMode="decimal"
            error={Boolean(amountError) || field === "amount"}
            helperText={
              amountError ??
              (field === "amount" ? errorMessage(error) : "Won amount to reach in the period.")
            }
            slotProps={{
              input: { startAdornment: <InputAdornment position="start">$</InputAdornment> },
              htmlInput: { maxLength: 20 },
            }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={loading}>
            Cancel
          </Button>
          <Button type="submit" variant="contained" loading={loading}>
            {quota ? "Save" : "Set quota"}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
