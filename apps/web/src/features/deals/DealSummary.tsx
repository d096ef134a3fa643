import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { STAGE_LABELS } from "@prm/domain";
import type { ReactNode } from "react";
import { formatDate, formatDateTime } from "../../app/format/dates";
import type { DealDetailFieldsFragment } from "../../gql/graphql";
import { formatBusinessHours } from "../../app/format/hours";
import { formatAmount } from "../../app/format/money";

export type DealDetail = DealDetailFieldsFragment;

/** One dt/dd pair in its own div (the only wrapper a <dl> allows); `wide` spans both columns. */
function Field({
  label,
  children,
  wide = false,
}: {
  label: string;
  children: ReactNode;
  wide?: boolean;
}) {
  return (
    <Box sx={{ minWidth: 0, gridColumn: wide ? "1 / -1" : undefined }}>
      <Typography component="dt" variant="caption" color="text.secondary" sx={{ display: "block" }}>
        {label}
      </Typography>
      <Typography
        component="dd"
        variant="body2"
        sx={{ m: 0, fontWeight: 500, overflowWrap: "anywhere" }}
      >
        {children}
      </Typography>
    </Box>
  );
}

/** Everything the partner registered, as a definition list. */
export function DealSummary({
  deal,
  title = "Registration",
  showPartner = false,
}: {
  deal: DealDetail;
  title?: string;
  showPartner?: boolean;
}) {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography variant="h3" component="h2" sx={{ mb: 2 }}>
        {title}
      </Typography>
      <Box
        component="dl"
        sx={{ m: 0, display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" } }}
      >
        <Field label="Customer">{deal.customerName}</Field>
        <Field label="Web domain">{deal.customerDomain}</Field>
        <Field label="Estimated amount">{formatAmount(deal.estimatedAmount)}</Field>
        <Field label="Expected close date">{formatDate(deal.expectedCloseDate)}</Field>
        <Field label="Contact">
          {deal.contactName || deal.contactEmail
            ? [deal.contactName, deal.contactEmail].filter(Boolean).join(" · ")
            : "—"}
        </Field>
        <Field label="Territory">{deal.territory?.path ?? "—"}</Field>
        {showPartner && <Field label="Partner">{deal.partner.name}</Field>}
        <Field label="Owner">{deal.owner.name}</Field>
        <Field label="Submitted">
          {deal.submittedAt ? formatDateTime(deal.submittedAt) : "Not yet"}
        </Field>
        {deal.status === "SUBMITTED" && (
          <Field label="Time in queue">
            {formatBusinessHours(deal.timeInQueueHours)}
            {deal.overSla ? " · over the approval SLA" : ""}
          </Field>
        )}
        <Field wide label="Products of interest">
          {deal.products.length === 0 ? (
            "—"
          ) : (
            <Box component="span" sx={{ display: "flex", flexWrap: "wrap", gap: 0.5, mt: 0.5 }}>
              {deal.products.map((product) => (
                <Chip key={product} size="small" label={product} component="span" />
              ))}
            </Box>
          )}
        </Field>
        {deal.description && (
          <Field wide label="Description">
            <Box component="span" sx={{ whiteSpace: "pre-wrap", fontWeight: 400 }}>
              {deal.description}
            </Box>
          </Field>
        )}
      </Box>
    </Paper>
  );
}

/** The decision and what followed from it: note or reason, protection, the opportunity. */
export function DecisionPanel({ deal }: { deal: DealDetail }) {
  const decided = Boolean(deal.decidedAt);
  if (!decided && !deal.protectionExpiresAt && !deal.opportunity) return null;
  const label =
    deal.status === "RETURNED"
      ? "Return reason"
      : deal.status === "REJECTED"
        ? "Rejection reason"
        : "Decision note";
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography variant="h3" component="h2" sx={{ mb: 2 }}>
        Decision
      </Typography>
      <Box
        component="dl"
        sx={{ m: 0, display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", sm: "1fr 1fr" } }}
      >
        {decided && (
          <Field label="Decided">
            {formatDateTime(deal.decidedAt)}
            {deal.decidedBy ? ` by ${deal.decidedBy.name}` : ""}
          </Field>
        )}
        {deal.protectionExpiresAt && (
          <Field label={deal.status === "EXPIRED" ? "Protection ended" : "Protected until"}>
            {formatDate(deal.protectionExpiresAt)}
          </Field>
        )}
        {deal.decisionNote && (
          <Field wide label={label}>
            <Box component="span" sx={{ whiteSpace: "pre-wrap", fontWeight: 400 }}>
              {deal.decisionNote}
            </Box>
          </Field>
        )}
        {deal.overrideReason && (
          <Field wide label="Approved over a conflict because">
            <Box component="span" sx={{ whiteSpace: "pre-wrap", fontWeight: 400 }}>
              {deal.overrideReason}
            </Box>
          </Field>
        )}
        {deal.opportunity && (
          <Field wide label="Opportunity">
            {deal.opportunity.name} · {formatAmount(deal.opportunity.amount)} ·{" "}
            {STAGE_LABELS[deal.opportunity.stage]}
          </Field>
        )}
      </Box>
    </Paper>
  );
}

export function humanize(value: string): string {
  const words = value.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
