import Alert from "@mui/material/Alert";
import AlertTitle from "@mui/material/AlertTitle";
import Button from "@mui/material/Button";
import { formatMoney, isEditableStatus } from "@prm/domain";
import { useState } from "react";
import { Link as RouterLink, useNavigate } from "react-router";
import { PageHeader } from "../../app/layout/PageHeader";
import { DealForm } from "./DealForm";
import { toDealInput, type DealFormField, type DealFormValues } from "./deal-form-model";
import { formServerError } from "./deal-errors";
import { useDealsPath } from "../../app/routing/section-paths";
import type { FlashState } from "./flash";
import type { DealDetail } from "./DealSummary";
import { DealPageDocument } from "./documents";
import { useSubmitDeal, useUpdateDeal } from "./mutations";
import { useRouteDeal } from "./useRouteDeal";

function valuesOf(deal: DealDetail): DealFormValues {
  return {
    customerName: deal.customerName,
    customerDomain: deal.customerDomain,
    contactName: deal.contactName ?? "",
    contactEmail: deal.contactEmail ?? "",
    estimatedAmount: formatMoney(deal.estimatedAmount).replace(/^\$/, ""),
    expectedCloseDate: deal.expectedCloseDate,
    products: [...deal.products],
    description: deal.description ?? "",
    territoryId: deal.territory?.id ?? "",
  };
}

/** Edit a draft or a returned registration, and (re)submit it. */
export function EditDealPage() {
  const dealsPath = useDealsPath();
  const navigate = useNavigate();
  const [serverError, setServerError] = useState<{ message: string; field?: DealFormField } | null>(
    null,
  );
  const { deal, fallback } = useRouteDeal(DealPageDocument, "Deal registrations");
  const [update, updating] = useUpdateDeal();
  const [submit, submitting] = useSubmitDeal();

  if (!deal) return fallback;
  const dealPath = `${dealsPath}/${deal.id}`;
  if (!isEditableStatus(deal.status)) {
    return (
      <>
        <PageHeader title={`Edit ${deal.number}`} />
        <Alert
          severity="info"
          action={
            <Button color="inherit" component={RouterLink} to={dealPath}>
              Open the deal
            </Button>
          }
        >
          Only drafts and returned registrations can be edited.
        </Alert>
      </>
    );
  }
  const returned = deal.status === "RETURNED";

  return (
    <>
      <PageHeader
        title={`Edit ${deal.number}`}
        subtitle={
          returned
            ? "Make the changes your channel manager asked for, then resubmit."
            : deal.customerName
        }
      />
      <DealForm
        key={deal.id}
        dealId={deal.id}
        initialValues={valuesOf(deal)}
        saveLabel={returned ? "Save changes" : "Save draft"}
        submitLabel={returned ? "Save and resubmit" : "Save and submit"}
        cancelTo={dealPath}
        busy={updating.loading || submitting.loading}
        serverError={serverError}
        banner={
          returned ? (
            <Alert severity="warning" sx={{ mb: 2 }}>
              <AlertTitle>
                Returned for changes{deal.decidedBy ? ` by ${deal.decidedBy.name}` : ""}
              </AlertTitle>
              {deal.decisionNote ?? "Your channel manager asked for changes."}
            </Alert>
          ) : undefined
        }
        onSave={async (values, andSubmit) => {
          setServerError(null);
          try {
            await update({ variables: { input: { id: deal.id, ...toDealInput(values) } } });
            if (andSubmit) await submit({ variables: { id: deal.id } });
            const state: FlashState = {
              flash: {
                severity: "success",
                message: andSubmit
                  ? `${deal.number} is ${returned ? "resubmitted" : "submitted"} and waiting for your channel manager's decision.`
                  : `Your changes to ${deal.number} are saved.`,
              },
            };
            navigate(dealPath, { state });
          } catch (e) {
            setServerError(formServerError(e));
          }
        }}
      />
    </>
  );
}
