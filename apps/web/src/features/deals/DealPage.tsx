import EditOutlined from "@mui/icons-material/EditOutlined";
import SendRounded from "@mui/icons-material/SendRounded";
import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Button from "@mui/material/Button";
import Stack from "@mui/material/Stack";
import { useState } from "react";
import { Link as RouterLink, useNavigate } from "react-router";
import { formatDate } from "../../app/format/dates";
import { errorMessage } from "../../app/graphql-errors";
import { TwoColumns } from "../../app/layout/TwoColumns";
import { useDealsPath } from "../../app/routing/section-paths";
import { ConfirmDialog } from "../../app/ui/ConfirmDialog";
import { DealPageHeader } from "./DealPageHeader";
import { DecisionPanel, DealSummary } from "./DealSummary";
import { DealTimeline } from "./DealTimeline";
import { DealPageDocument } from "./documents";
import { useFlash, type FlashState } from "./flash";
import { useSubmitDeal, useWithdrawDeal } from "./mutations";
import { useRouteDeal } from "./useRouteDeal";

const SECTION_LABEL = "Deal registrations";

/** A partner's deal: details, decision, protection, timeline; submit, edit, withdraw. */
export function DealPage() {
  const dealsPath = useDealsPath();
  const navigate = useNavigate();
  const [flash, setFlash] = useFlash();
  const [actionError, setActionError] = useState<string | null>(null);
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const { deal, fallback, can, refetch } = useRouteDeal(DealPageDocument, SECTION_LABEL);
  const [submit, submitting] = useSubmitDeal();
  const [withdraw, withdrawing] = useWithdrawDeal();

  if (!deal) return fallback;
  const editable = deal.canEdit;

  async function run(action: () => Promise<unknown>, message: string) {
    setActionError(null);
    try {
      await action();
      setFlash({ severity: "success", message });
    } catch (e) {
      setActionError(errorMessage(e));
      void refetch();
    }
  }

  return (
    <>
      <DealPageHeader
        deal={deal}
        sectionLabel={SECTION_LABEL}
        details={
          deal.protectionExpiresAt &&
          deal.status === "APPROVED" && (
            <span>Protected until {formatDate(deal.protectionExpiresAt)}</span>
          )
        }
        actions={
          <>
            {can("WITHDRAW") && (
              <Button color="error" variant="outlined" onClick={() => setConfirmWithdraw(true)}>
                Withdraw
              </Button>
            )}
            {editable && (
              <Button
                variant={deal.status === "RETURNED" ? "contained" : "outlined"}
                startIcon={<EditOutlined />}
                component={RouterLink}
                to={`${dealsPath}/${deal.id}/edit`}
              >
                {deal.status === "RETURNED" ? "Edit and resubmit" : "Edit"}
              </Button>
            )}
            {can("SUBMIT") && deal.status === "DRAFT" && (
              <Button
                variant="contained"
                startIcon={<SendRounded />}
                loading={submitting.loading}
                onClick={() =>
                  void run(
                    () => submit({ variables: { id: deal.id } }),
                    `${deal.number} is submitted and waiting for your channel manager's decision.`,
                  )
                }
              >
                Submit for approval
              </Button>
            )}
          </>
        }
      />
      <Stack spacing={2} sx={{ mb: 2 }}>
        {flash && (
          <Alert severity={flash.severity} role="status" onClose={() => setFlash(undefined)}>
            {flash.message}
          </Alert>
        )}
        {actionError && (
          <Alert severity="error" onClose={() => setActionError(null)}>
            {actionError}
          </Alert>
        )}
        {deal.status === "RETURNED" && (
          <Alert severity="warning">
            <AlertTitle>
              Returned for changes{deal.decidedBy ? ` by ${deal.decidedBy.name}` : ""}
            </AlertTitle>
            {deal.decisionNote ?? "Your channel manager asked for changes."} Edit the registration
            and resubmit it.
          </Alert>
        )}
        {deal.status === "REJECTED" && deal.decisionNote && (
          <Alert severity="error">
            <AlertTitle>Rejected</AlertTitle>
            {deal.decisionNote}
          </Alert>
        )}
        {deal.opportunity && (
          <Alert severity="success">
            <AlertTitle>Approved — opportunity created</AlertTitle>
            {deal.opportunity.name} is now an opportunity in your pipeline
            {deal.protectionExpiresAt
              ? `, protected until ${formatDate(deal.protectionExpiresAt)}.`
              : "."}
          </Alert>
        )}
      </Stack>
      <TwoColumns ratio={[7, 5]}>
        <Stack spacing={2}>
          <DealSummary deal={deal} />
          <DecisionPanel deal={deal} />
        </Stack>
        <DealTimeline history={deal.history} />
      </TwoColumns>
      <ConfirmDialog
        open={confirmWithdraw}
        title={`Withdraw ${deal.number}?`}
        confirmLabel="Withdraw registration"
        destructive
        busy={withdrawing.loading}
        onClose={() => setConfirmWithdraw(false)}
        onConfirm={() => {
          void run(async () => {
            await withdraw({ variables: { id: deal.id } });
            setConfirmWithdraw(false);
            const state: FlashState = {
              flash: { severity: "info", message: `${deal.number} was withdrawn.` },
            };
            navigate(dealsPath, { state });
          }, `${deal.number} was withdrawn.`).finally(() => setConfirmWithdraw(false));
        }}
      >
        Your claim on {deal.customerName} ends at once and other partners may register them. This
        cannot be undone.
      </ConfirmDialog>
    </>
  );
}
