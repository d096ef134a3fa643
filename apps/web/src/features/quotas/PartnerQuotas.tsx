import { useQuery } from "@apollo/client/react";
import AddRounded from "@mui/icons-material/AddRounded";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import Typography from "@mui/material/Typography";
import { quotaTargetsOf } from "@prm/domain";
import { useId, useState } from "react";
import { errorMessage } from "../../app/graphql-errors";
import { RetryAlert } from "../../app/layout/RetryAlert";
import { useSignedInUser } from "../../app/session/SessionProvider";
import type { QuotaRowFragment } from "../../gql/graphql";
import { DeleteQuotaDialog } from "./DeleteQuotaDialog";
import { QuotasDocument } from "./documents";
import { QuotaDialog } from "./QuotaDialog";
import { PeriodHeading, QuotaTable } from "./QuotaTable";

/** More than a partner has in decades of quarters; the list is not paged. */
const MAX_QUOTAS = 100;

/**
 * A partner organization's quotas, latest period first, each with its attainment; its channel
 * manager (and the vendor admin) set, change and delete them. For the partner page's Quotas tab.
 */
export function PartnerQuotas({
  partnerId,
  partnerName,
}: {
  partnerId: string;
  partnerName: string;
}) {
  const headingId = useId();
  const user = useSignedInUser();
  const canSet = quotaTargetsOf(user.role).includes("PARTNER");
  const { data, loading, error, refetch } = useQuery(QuotasDocument, {
    variables: { filter: { partnerId, targetKind: "PARTNER" }, first: MAX_QUOTAS },
  });
  const [editing, setEditing] = useState<
    { kind: "set"; quota?: QuotaRowFragment } | { kind: "delete"; quota: QuotaRowFragment } | null
  >(null);
  const [notice, setNotice] = useState<string | null>(null);
  const quotas = data?.quotas.edges.map((edge) => edge.node) ?? [];
  const target = { kind: "PARTNER" as const, partnerId, name: partnerName };

  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: 2 }}>
      <Box sx={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 1, mb: 1.5 }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography id={headingId} variant="h3" component="h2" sx={{ fontSize: 16 }}>
            Quotas
          </Typography>
          <Typography variant="body2" color="text.secondary">
            Attainment is the won amount in each quota's period over the quota.
          </Typography>
        </Box>
        {canSet && (
          <Button
            variant="contained"
            startIcon={<AddRounded />}
            onClick={() => setEditing({ kind: "set" })}
          >
            Set quota
          </Button>
        )}
      </Box>
      {notice && (
        <Alert severity="success" onClose={() => setNotice(null)} sx={{ mb: 1.5 }}>
          {notice}
        </Alert>
      )}
      {error && !data ? (
        <RetryAlert onRetry={() => void refetch()}>{errorMessage(error)}</RetryAlert>
      ) : loading && !data ? (
        <Skeleton variant="rounded" height={120} aria-label="Loading quotas" />
      ) : quotas.length === 0 ? (
        <Typography color="text.secondary" sx={{ py: 4, textAlign: "center" }}>
          {partnerName} has no quota yet.
          {canSet && " Set one for a month, a quarter or a year."}
        </Typography>
      ) : (
        <QuotaTable
          label={`Quotas of ${partnerName}`}
          headingLabel="Period"
          rows={quotas.map((quota) => ({
            key: quota.id,
            heading: <PeriodHeading quota={quota} />,
            quota,
          }))}
          actions={{
            onChange: (quota) => setEditing({ kind: "set", quota }),
            onDelete: (quota) => setEditing({ kind: "delete", quota }),
          }}
        />
      )}
      {editing?.kind === "set" && (
        <QuotaDialog
          target={target}
          quota={editing.quota}
          onClose={() => setEditing(null)}
          onDone={(quota) => {
            setEditing(null);
            setNotice(`The ${quota.periodLabel} quota of ${partnerName} is saved.`);
          }}
        />
      )}
      {editing?.kind === "delete" && (
        <DeleteQuotaDialog
          quota={editing.quota}
          targetName={partnerName}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            setNotice(`The ${editing.quota.periodLabel} quota of ${partnerName} is deleted.`);
          }}
        />
      )}
    </Paper>
  );
}
