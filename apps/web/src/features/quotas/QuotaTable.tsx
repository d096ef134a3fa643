import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { QUOTA_PERIOD_KIND_LABELS } from "@prm/domain";
import type { ReactNode } from "react";
import { formatAmount } from "../../app/format/money";
import { AttainmentBar } from "../../app/ui/AttainmentBar";
import { useRecordCards } from "../../app/ui/RecordCards";
import type { QuotaRowFragment } from "../../gql/graphql";

const numeric = { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" } as const;

export interface QuotaRowActions {
  onChange: (quota: QuotaRowFragment) => void;
  onDelete: (quota: QuotaRowFragment) => void;
}

/** What a row is about: its period (a partner's list) or its seller (a period's list). */
export interface QuotaTableRow {
  key: string;
  /** The first column: the period, or the seller. */
  heading: ReactNode;
  quota: QuotaRowFragment | null;
  /** Instead of actions, for a row without a quota (e.g. "Set quota"). */
  emptyAction?: ReactNode;
}

/**
 * Quotas with their attainment beside them (won in the quota's period / quota): a table on wide
 * screens, cards on a phone.
 */
export function QuotaTable({
  label,
  headingLabel,
  rows,
  actions,
}: {
  label: string;
  headingLabel: string;
  rows: readonly QuotaTableRow[];
  actions: QuotaRowActions;
}) {
  const cards = useRecordCards();
  const rowActions = (row: QuotaTableRow) => {
    const { quota } = row;
    if (!quota) return row.emptyAction ?? null;
    if (!quota.canEdit) return null;
    const what = `the ${quota.periodLabel} quota${quota.seller ? ` of ${quota.seller.name}` : ""}`;
    return (
      <Box sx={{ display: "flex", gap: 0.5, justifyContent: { sm: "flex-end" } }}>
        <Button size="small" onClick={() => actions.onChange(quota)} aria-label={`Change ${what}`}>
          Change
        </Button>
        <Button
          size="small"
          color="error"
          onClick={() => actions.onDelete(quota)}
          aria-label={`Delete ${what}`}
        >
          Delete
        </Button>
      </Box>
    );
  };

  if (cards) {
    return (
      <Box
        component="ul"
        aria-label={label}
        sx={{ listStyle: "none", m: 0, p: 0, display: "grid", gap: 1.25 }}
      >
        {rows.map((row) => (
          <Paper component="li" variant="outlined" key={row.key} sx={{ p: 2 }}>
            <Typography sx={{ fontWeight: 600 }}>{row.heading}</Typography>
            {row.quota ? (
              <>
                <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
                  Quota {formatAmount(row.quota.amount)} · won {formatAmount(row.quota.wonAmount)}
                </Typography>
                <AttainmentBar attainment={row.quota.attainment} />
              </>
            ) : (
              <Typography variant="body2" color="text.secondary">
                No quota
              </Typography>
            )}
            <Box sx={{ mt: 1 }}>{rowActions(row)}</Box>
          </Paper>
        ))}
      </Box>
    );
  }

  return (
    <TableContainer component={Paper} variant="outlined">
      <Table aria-label={label} size="small">
        <TableHead>
          <TableRow>
            <TableCell>{headingLabel}</TableCell>
            <TableCell align="right">Quota</TableCell>
            <TableCell align="right">Won in period</TableCell>
            <TableCell sx={{ width: "28%" }}>Attainment</TableCell>
            <TableCell align="right">Actions</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.key}>
              <TableCell>{row.heading}</TableCell>
              <TableCell align="right" sx={numeric}>
                {row.quota ? formatAmount(row.quota.amount) : "—"}
              </TableCell>
              <TableCell align="right" sx={numeric}>
                {row.quota ? formatAmount(row.quota.wonAmount) : "—"}
              </TableCell>
              <TableCell>
                {row.quota ? (
                  <AttainmentBar attainment={row.quota.attainment} />
                ) : (
                  <Typography variant="body2" color="text.secondary">
                    No quota
                  </Typography>
                )}
              </TableCell>
              <TableCell align="right">{rowActions(row)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** A quota's period as a row heading: "Q2 2026" and its kind. */
export function PeriodHeading({ quota }: { quota: QuotaRowFragment }) {
  return (
    <>
      <Box component="span" sx={{ fontWeight: 600 }}>
        {quota.periodLabel}
      </Box>
      <Typography component="span" variant="body2" color="text.secondary" sx={{ ml: 1 }}>
        {QUOTA_PERIOD_KIND_LABELS[quota.periodKind]}
      </Typography>
    </>
  );
}
