import { useMutation } from "@apollo/client/react";
import { evictRootFields, NOTIFICATION_FIELDS } from "../../app/mutation-effects";
import {
  ApproveDealDocument,
  ExtendDealProtectionDocument,
  RegisterDealDocument,
  RejectDealDocument,
  ReturnDealDocument,
  SubmitDealDocument,
  UpdateDealDocument,
  WithdrawDealDocument,
} from "./documents";

// What each mutation changes on the server, as the root query fields whose cached answers it makes
// stale (see evictRootFields); the mutated deal itself comes back in the mutation's answer.

/** Registrations: their lists and counts, and a partner's page with its recent deals. */
const REGISTRATIONS = ["deals", "dealStatusCounts", "partner"];
/** Submissions and withdrawals notify the channel manager, decisions the deal's owner. */
const NOTIFICATIONS = NOTIFICATION_FIELDS;
/** A decision ends the wait that approval times measure. */
const DECISIONS = ["approvalTime"];
/** An approval opens an opportunity in the partner's pipeline. */
const PIPELINE = ["pipelineByPartner", "partnerPerformance", "teamPerformance"];

/** Every root field a deal mutation evicts (a test checks each is one the schema has). */
export const DEAL_MUTATION_EFFECTS = [
  ...REGISTRATIONS,
  ...NOTIFICATIONS,
  ...DECISIONS,
  ...PIPELINE,
];

export function useRegisterDeal() {
  return useMutation(RegisterDealDocument, {
    update: evictRootFields([...REGISTRATIONS, ...NOTIFICATIONS]),
  });
}

export function useUpdateDeal() {
  return useMutation(UpdateDealDocument, {
    update: evictRootFields(REGISTRATIONS),
  });
}

export function useSubmitDeal() {
  return useMutation(SubmitDealDocument, {
    update: evictRootFields([...REGISTRATIONS, ...NOTIFICATIONS]),
  });
}

export function useWithdrawDeal() {
  return useMutation(WithdrawDealDocument, {
    update: evictRootFields([...REGISTRATIONS, ...NOTIFICATIONS]),
  });
}

export function useApproveDeal() {
  return useMutation(ApproveDealDocument, {
    update: evictRootFields([...REGISTRATIONS, ...NOTIFICATIONS, ...DECISIONS, ...PIPELINE]),
  });
}

export function useReturnDeal() {
  return useMutation(ReturnDealDocument, {
    update: evictRootFields([...REGISTRATIONS, ...NOTIFICATIONS, ...DECISIONS]),
  });
}

export function useRejectDeal() {
  return useMutation(RejectDealDocument, {
    update: evictRootFields([...REGISTRATIONS, ...NOTIFICATIONS, ...DECISIONS]),
  });
}

export function useExtendDealProtection() {
  return useMutation(ExtendDealProtectionDocument, {
    update: evictRootFields([...REGISTRATIONS, ...NOTIFICATIONS]),
  });
}
