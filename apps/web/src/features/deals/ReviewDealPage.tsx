import CheckRounded from "@mui/icons-material/CheckRounded";
import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import Paper from "@mui/material/Paper";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import { DEAL_STATUS_LABELS, isDealStatus } from "@prm/domain";
import { useState } from "react";
import { Link as RouterLink, useNavigate } from "react-router";
import { formatCount } from "../../app/format/count";
import { formatDate } from "../../app/format/dates";
import { errorMessage, hasErrorCode } from "../../app/graphql-errors";
import type { DealReviewQuery } from "../../gql/graphql";
import { formatAmount } from "../../app/format/money";
import { DealStatusChip } from "../../app/ui/DealStatusChip";
import { DecisionPanel, DealSummary, humanize } from "./DealSummary";
import { DealTimeline } from "./DealTimeline";
import { DecisionDialog, type DecisionKind, type DecisionValues } from "./DecisionDialog";
import { useDealsPath } from "../../app/routing/section-paths";
import { useFlash, type FlashState } from "./flash";
import { DealReviewDocument } from "./documents";
import { TwoColumns } from "../../app/layout/TwoColumns";
import { DealPageHeader } from "./DealPageHeader";
import { useApproveDeal, useExtendDealProtection, useRejectDeal, useReturnDeal } from "./mutations";
import { useRouteDeal } from "./useRouteDeal";

type Conflict = NonNullable<NonNullable<DealReviewQuery["deal"]>["conflicts"]>[number];

const SECTION_LABEL = "Approvals";

/** The channel manager's review: the registration and its conflicts side by side, and the decision. */
export function ReviewDealPage() {
  const dealsPath = useDealsPath();
  const navigate = useNavigate();
  const [flash, setFlash] = useFlash();
  const [dialog, setDialog] = useState<DecisionKind | null>(null);
  const [dialogError, setDialogError] = useState<string | null>(null);
  const [raced, setRaced] = useState(false);
  const { deal, fallback, can, refetch } = useRouteDeal(DealReviewDocument, SECTION_LABEL);
  const [approve, approving] = useApproveDeal();
  const [returnDeal, returning] = useReturnDeal();
  const [reject, rejecting] = useRejectDeal();
  const [extend, extending] = useExtendDealProtection();
  const busy = approving.loading || returning.loading || rejecting.loading || extending.loading;

  if (!deal) return fallback;
  const conflicts = deal.conflicts ?? [];
  const decidable = can("APPROVE") || can("RETURN") || can("REJECT");

  async function decide(kind: DecisionKind, values: DecisionValues) {
    if (!deal) return;
    setDialogError(null);
    try {
      if (kind === "approve") {
        await approve({
          variables: {
            input: {
              id: deal.id,
              note: values.note || null,
              overrideReason: values.overrideReason || null,
            },
          },
        });
      } else if (kind === "return") {
        await returnDeal({ variables: { input: { id: deal.id, reason: values.reason } } });
      } else if (kind === "reject") {
        await reject({ variables: { input: { id: deal.id, reason: values.reason } } });
      } else {
        await extend({
          variables: { input: { id: deal.id, days: values.days, reason: values.reason } },
        });
        setDialog(null);
        setFlash({
          severity: "success",
          message: `Protection of ${deal.number} is extended by ${formatCount(values.days, "day")}.`,
        });
        return;
      }
      setDialog(null);
      const outcome =
        kind === "approve"
          ? `${deal.number} (${deal.customerName}) is approved; ${deal.partner.name} now has the opportunity.`
          : kind === "return"
            ? `${deal.number} (${deal.customerName}) is returned to ${deal.partner.name} for changes.`
            : `${deal.number} (${deal.customerName}) is rejected.`;
      const state: FlashState = { flash: { severity: "success", message: outcome } };
      navigate(dealsPath, { state });
    } catch (e) {
      if (hasErrorCode(e, "CONFLICT")) {
        // Someone decided first (or the deal changed): show what it is now.
        setDialog(null);
        setRaced(true);
        void refetch();
      } else {
        setDialogError(errorMessage(e));
      }
    }
  }

  return (
    <>
      <DealPageHeader
        deal={deal}
        sectionLabel={SECTION_LABEL}
        details={
          <span>
            {deal.partner.name} · {formatAmount(deal.estimatedAmount)}
          </span>
        }
        actions={
          <>
            {can("REJECT") && (
              <Button color="error" variant="outlined" onClick={() => setDialog("reject")}>
                Reject
              </Button>
            )}
            {can("RETURN") && (
              <Button variant="outlined" onClick={() => setDialog("return")}>
                Return
              </Button>
            )}
            {can("APPROVE") && (
              <Button
                variant="contained"
                color="success"
                startIcon={<CheckRounded />}
                onClick={() => setDialog("approve")}
              >
                Approve
              </Button>
            )}
            {deal.canExtendProtection && (
              <Button variant="outlined" onClick={() => setDialog("extend")}>
                Extend protection
              </Button>
            )}
          </>
        }
      />
      <Stack spacing={2} sx={{ mb: 2 }}>
        {raced && (
          <Alert severity="warning" role="alert" onClose={() => setRaced(false)}>
            <AlertTitle>Someone else decided first</AlertTitle>
            {deal.number} changed while you were reviewing it
            {isDealStatus(deal.status)
              ? ` — it is now ${DEAL_STATUS_LABELS[deal.status].toLowerCase()}`
              : ""}
            . We reloaded it; check the current state before doing anything else.
          </Alert>
        )}
        {flash && (
          <Alert severity={flash.severity} role="status" onClose={() => setFlash(undefined)}>
            {flash.message}
          </Alert>
        )}
        {decidable && deal.overSla && (
          <Alert severity="warning">
            This registration has waited longer than the approval SLA.
          </Alert>
        )}
      </Stack>
      <TwoColumns>
        <Stack spacing={2}>
          <DealSummary deal={deal} showPartner />
          <DecisionPanel deal={deal} />
        </Stack>
        <Stack spacing={2}>
          <ConflictsPanel conflicts={conflicts} />
          <DealTimeline history={deal.history} />
        </Stack>
      </TwoColumns>
      <DecisionDialog
        kind={dialog}
        dealNumber={deal.number}
        conflicted={conflicts.some((conflict) => conflict.protected)}
        busy={busy}
        error={dialogError}
        onClose={() => {
          setDialog(null);
          setDialogError(null);
        }}
        onConfirm={(values) => dialog && void decide(dialog, values)}
      />
    </>
  );
}

function ConflictsPanel({ conflicts }: { conflicts: readonly Conflict[] }) {
  return (
    <Paper
      variant="outlined"
      sx={{ p: { xs: 2, sm: 3 }, borderColor: conflicts.length > 0 ? "warning.main" : undefined }}
    >
      <Box sx={{ display: "flex", alignItems: "center", gap: 1, mb: 2 }}>
        <Typography variant="h3" component="h2">
          Conflicts
        </Typography>
        <Chip
          size="small"
          label={conflicts.length}
          variant="outlined"
          sx={conflicts.length > 0 ? { borderColor: "warning.main", fontWeight: 600 } : undefined}
          aria-label={formatCount(conflicts.length, "conflict")}
        />
      </Box>
      {conflicts.length === 0 ? (
        <Typography color="text.secondary">
          No other registration or opportunity claims this customer.
        </Typography>
      ) : (
        <Stack
          component="ul"
          spacing={1.5}
          sx={{ listStyle: "none", m: 0, p: 0 }}
          aria-label="Conflicting records"
        >
          {conflicts.map((conflict) => (
            <Box
              component="li"
              key={`${conflict.kind}-${conflict.id}`}
              sx={{ border: 1, borderColor: "divider", borderRadius: 2, p: 1.5 }}
            >
              <Box
                sx={{ display: "flex", justifyContent: "space-between", gap: 1, flexWrap: "wrap" }}
              >
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  <ConflictTitle conflict={conflict} /> · {conflict.partner.name}
                </Typography>
                {isDealStatus(conflict.status) ? (
                  <DealStatusChip status={conflict.status} />
                ) : (
                  <Chip size="small" variant="outlined" label={humanize(conflict.status)} />
                )}
              </Box>
              <Typography variant="body2" color="text.secondary">
                {conflict.restricted
                  ? `Another channel manager's partner${conflict.partner.channelManager ? `: ask ${conflict.partner.channelManager.name} for details` : ""}.`
                  : [
                      conflict.customerName,
                      conflict.customerDomain,
                      conflict.estimatedAmount && formatAmount(conflict.estimatedAmount),
                    ]
                      .filter(Boolean)
                      .join(" · ")}
              </Typography>
              <Typography variant="caption" color="text.secondary" component="p">
                {[
                  conflict.owner ? `Owner ${conflict.owner.name}` : null,
                  conflict.protectionExpiresAt
                    ? `protected until ${formatDate(conflict.protectionExpiresAt)}`
                    : conflict.protected
                      ? "protected"
                      : "not protected yet",
                  matchDescription(conflict),
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </Typography>
            </Box>
          ))}
        </Stack>
      )}
    </Paper>
  );
}

/** "Deal registration DR-000007", a link to it when the viewer may open it. */
function ConflictTitle({ conflict }: { conflict: Conflict }) {
  const dealsPath = useDealsPath();
  const title = `${humanize(conflict.kind)}${conflict.number ? ` ${conflict.number}` : ""}`;
  return conflict.kind === "DEAL" && !conflict.restricted ? (
    <Link component={RouterLink} to={`${dealsPath}/${conflict.id}`}>
      {title}
    </Link>
  ) : (
    <>{title}</>
  );
}

function matchDescription(conflict: Conflict): string {
  const parts = conflict.matchedOn.map((match) =>
    match === "DOMAIN" ? "same domain" : `similar name (${Math.round(conflict.similarity * 100)}%)`,
  );
  return parts.length > 0 ? `matched on ${parts.join(" and ")}` : "";
}
