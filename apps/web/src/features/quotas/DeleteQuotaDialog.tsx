import Alert from "@mui/material/Alert";
import { errorMessage } from "../../app/graphql-errors";
import { ConfirmDialog } from "../../app/ui/ConfirmDialog";
import type { QuotaRowFragment } from "../../gql/graphql";
import { useDeleteQuota } from "./mutations";

export function DeleteQuotaDialog({
  quota,
  targetName,
  onClose,
  onDone,
}: {
  quota: QuotaRowFragment;
  targetName: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const [remove, { loading, error }] = useDeleteQuota();
  async function confirm() {
    try {
      await remove({ variables: { id: quota.id } });
      onDone();
    } catch {
      // Shown from `error`.
    }
  }
  return (
    <ConfirmDialog
      open
      title={`Delete the ${quota.periodLabel} quota?`}
      confirmLabel="Delete quota"
      destructive
      busy={loading}
      onConfirm={confirm}
      onClose={onClose}
    >
      {targetName} will have no quota for {quota.periodLabel}, and no attainment for it. The change
      is recorded in the audit trail.
      {error && (
        <Alert severity="error" sx={{ mt: 2 }}>
          {errorMessage(error)}
        </Alert>
      )}
    </ConfirmDialog>
  );
}
