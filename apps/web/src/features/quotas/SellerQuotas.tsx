import { useQuery } from "@apollo/client/react";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import MenuItem from "@mui/material/MenuItem";
import Skeleton from "@mui/material/Skeleton";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import {
  QUOTA_PERIOD_KIND_LABELS,
  QUOTA_PERIOD_KINDS,
  quotaPeriod,
  quotaPeriodContaining,
  quotaPeriodLabel,
  sumMoney,
  type QuotaPeriodKind,
} from "@prm/domain";
import { useMemo, useState } from "react";
import { formatAmount } from "../../app/format/money";
import { errorMessage } from "../../app/graphql-errors";
import { RetryAlert } from "../../app/layout/RetryAlert";
import type { QuotaRowFragment } from "../../gql/graphql";
import { DeleteQuotaDialog } from "./DeleteQuotaDialog";
import { QuotaSellersDocument, QuotasDocument } from "./documents";
import { QuotaDialog, type QuotaTarget } from "./QuotaDialog";
import { periodFilter, periodOptions } from "./periods";
import { QuotaTable, type QuotaTableRow } from "./QuotaTable";

interface Seller {
  id: string;
  name: string;
}

type Editing =
  | { kind: "set"; seller: Seller; quota?: QuotaRowFragment }
  | { kind: "delete"; seller: Seller; quota: QuotaRowFragment };

/**
 * The sellers a sales manager or the organization's sales operations set quotas for, in one
 * period (a month, quarter or year): each seller's quota covering it, with attainment, and a way
 * to set, change or delete it. Placed on its own Quotas tab; meant for Operators too.
 */
export function SellerQuotas() {
  const [kind, setKind] = useState<QuotaPeriodKind>("QUARTER");
  const [start, setStart] = useState(() => quotaPeriodContaining("QUARTER", new Date()).start);
  const period = quotaPeriod(kind, start);
  const label = quotaPeriodLabel(period);
  const options = useMemo(() => periodOptions(kind), [kind]);
  const sellers = useQuery(QuotaSellersDocument);
  const quotas = useQuery(QuotasDocument, {
    variables: { filter: { targetKind: "SELLER", period: periodFilter(period) }, first: 100 },
  });
  const [editing, setEditing] = useState<Editing | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const people: Seller[] = sellers.data?.users.edges.map((edge) => edge.node) ?? [];
  const quotaList = quotas.data?.quotas.edges.map((edge) => edge.node) ?? [];
  const exact = quotaList.filter((q) => q.periodKind === kind && q.periodStart === start);
  const rows: QuotaTableRow[] = people.flatMap((seller): QuotaTableRow[] => {
    const own = quotaList.filter((q) => q.seller?.id === seller.id);
    if (own.length === 0) {
      return [
        {
          key: seller.id,
          heading: seller.name,
          quota: null,
          emptyAction: (
            <Button
              size="small"
              onClick={() => setEditing({ kind: "set", seller })}
              aria-label={`Set the ${label} quota of ${seller.name}`}
            >
              Set quota
            </Button>
          ),
        },
      ];
    }
    return own.map((quota) => ({
      key: quota.id,
      heading: (
        <>
          {seller.name}
          {(quota.periodKind !== kind || quota.periodStart !== start) && (
            <Typography
              component="span"
              variant="body2"
              color="text.secondary"
              sx={{ display: "block" }}
            >
              {quota.periodLabel} quota ({QUOTA_PERIOD_KIND_LABELS[quota.periodKind].toLowerCase()})
            </Typography>
          )}
        </>
      ),
      quota,
    }));
  });

  function changeKind(next: QuotaPeriodKind) {
    setKind(next);
    setStart(quotaPeriodContaining(next, new Date(`${start}T00:00:00Z`)).start);
  }

  const sellerOf = (quota: QuotaRowFragment): Seller =>
    people.find((p) => p.id === quota.seller?.id) ?? {
      id: quota.seller?.id ?? "",
      name: quota.seller?.name ?? "",
    };
  const target = (seller: Seller): QuotaTarget => ({
    kind: "SELLER",
    sellerId: seller.id,
    name: seller.name,
  });
  const error = sellers.error ?? quotas.error;
  const ready = sellers.data && quotas.data;

  return (
    <>
      <Box sx={{ display: "flex", flexWrap: "wrap", gap: 1.5, alignItems: "center", mb: 2 }}>
        <TextField
          select
          size="small"
          label="Period"
          value={kind}
          onChange={(event) => changeKind(event.target.value as QuotaPeriodKind)}
          sx={{ width: 130 }}
        >
          {QUOTA_PERIOD_KINDS.map((value) => (
            <MenuItem key={value} value={value}>
              {QUOTA_PERIOD_KIND_LABELS[value]}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          label={QUOTA_PERIOD_KIND_LABELS[kind]}
          value={start}
          onChange={(event) => setStart(event.target.value)}
          sx={{ minWidth: 190 }}
        >
          {options.map((option) => (
            <MenuItem key={option.period.start} value={option.period.start}>
              {option.label}
            </MenuItem>
          ))}
        </TextField>
        {ready && (
          <Typography color="text.secondary" sx={{ ml: { sm: "auto" } }}>
            Team quota for {label}:{" "}
            <Box component="strong" sx={{ color: "text.primary" }}>
              {formatAmount(sumMoney(exact.map((q) => q.amount)))}
            </Box>{" "}
            ({exact.length} of {people.length} sellers)
          </Typography>
        )}
      </Box>
      {notice && (
        <Alert severity="success" onClose={() => setNotice(null)} sx={{ mb: 2 }}>
          {notice}
        </Alert>
      )}
      {error && !ready ? (
        <RetryAlert
          onRetry={() => {
            void sellers.refetch();
            void quotas.refetch();
          }}
        >
          {errorMessage(error)}
        </RetryAlert>
      ) : !ready ? (
        <Skeleton variant="rounded" height={200} aria-label="Loading quotas" />
      ) : people.length === 0 ? (
        <Typography color="text.secondary" sx={{ py: 4, textAlign: "center" }}>
          There are no active sellers whose quotas you set.
        </Typography>
      ) : (
        <QuotaTable
          label={`Seller quotas for ${label}`}
          headingLabel="Seller"
          rows={rows}
          actions={{
            onChange: (quota) => setEditing({ kind: "set", seller: sellerOf(quota), quota }),
            onDelete: (quota) => setEditing({ kind: "delete", seller: sellerOf(quota), quota }),
          }}
        />
      )}
      {editing?.kind === "set" && (
        <QuotaDialog
          target={target(editing.seller)}
          quota={editing.quota}
          initialPeriod={period}
          onClose={() => setEditing(null)}
          onDone={(quota) => {
            setEditing(null);
            setNotice(`The ${quota.periodLabel} quota of ${editing.seller.name} is saved.`);
          }}
        />
      )}
      {editing?.kind === "delete" && (
        <DeleteQuotaDialog
          quota={editing.quota}
          targetName={editing.seller.name}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            setNotice(
              `The ${editing.quota.periodLabel} quota of ${editing.seller.name} is deleted.`,
            );
          }}
        />
      )}
    </>
  );
}
