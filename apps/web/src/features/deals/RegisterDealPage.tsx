import { useRef, useState } from "react";
import { useNavigate } from "react-router";
import { PageHeader } from "../../app/layout/PageHeader";
import { DealForm } from "./DealForm";
import { EMPTY_DEAL_FORM, toDealInput, type DealFormField } from "./deal-form-model";
import { formServerError, newIdempotencyKey } from "./deal-errors";
import { useDealsPath } from "../../app/routing/section-paths";
import type { FlashState } from "./flash";
import { useRegisterDeal } from "./mutations";

export function RegisterDealPage() {
  const dealsPath = useDealsPath();
  const navigate = useNavigate();
  const idempotencyKey = useRef(newIdempotencyKey());
  const [serverError, setServerError] = useState<{ message: string; field?: DealFormField } | null>(
    null,
  );
  const [register, { loading }] = useRegisterDeal();

  return (
    <>
      <PageHeader
        title="Register a deal"
        subtitle="Claim a customer you are working on. Once your channel manager approves, it is protected for you."
      />
      <DealForm
        initialValues={EMPTY_DEAL_FORM}
        saveLabel="Save as draft"
        submitLabel="Register and submit"
        cancelTo={dealsPath}
        busy={loading}
        serverError={serverError}
        onSave={async (values, submit) => {
          setServerError(null);
          try {
            const result = await register({
              variables: {
                input: { ...toDealInput(values), submit, idempotencyKey: idempotencyKey.current },
              },
            });
            const deal = result.data?.registerDeal;
            if (!deal) return;
            const state: FlashState = {
              flash: {
                severity: "success",
                message: submit
                  ? `${deal.number} is registered and waiting for your channel manager's decision.`
                  : `${deal.number} is saved as a draft. Submit it when you are ready.`,
              },
            };
            navigate(`${dealsPath}/${deal.id}`, { state });
          } catch (error) {
            setServerError(formServerError(error));
          }
        }}
      />
    </>
  );
}
