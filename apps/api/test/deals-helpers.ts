import type { DealStatus } from "@prm/domain";

export const DEAL_FIELDS = `id number status customerName customerDomain estimatedAmount expectedCloseDate
  contactName contactEmail products description submittedAt decidedAt decisionNote protectionExpiresAt
  overrideReason allowedActions canEdit canExtendProtection
  decidedBy { id } partner { id name } owner { id } territory { id name }
  opportunity { id name stage amount } history { action fromStatus toStatus note actor { id } }`;

/** Every deal mutation, as the request a client sends for `id`. */
export const DEAL_MUTATIONS = {
  submit: (id: string) => ({
    query: `mutation ($id: ID!) { submitDeal(id: $id) { id status } }`,
    variables: { id },
  }),
  withdraw: (id: string) => ({
    query: `mutation ($id: ID!) { withdrawDeal(id: $id) { id status } }`,
    variables: { id },
  }),
  update: (id: string) => ({
    query: `mutation ($input: UpdateDealInput!) { updateDeal(input: $input) { id status } }`,
    variables: { input: { id, contactName: "Changed Contact" } },
  }),
  approve: (id: string) => ({
    query: `mutation ($input: ApproveDealInput!) { approveDeal(input: $input) { id status } }`,
    variables: { input: { id, note: "Welcome" } },
  }),
  return: (id: string) => ({
    query: `mutation ($input: DecideDealInput!) { returnDeal(input: $input) { id status } }`,
    variables: { input: { id, reason: "Add the contact" } },
  }),
  reject: (id: string) => ({
    query: `mutation ($input: DecideDealInput!) { rejectDeal(input: $input) { id status } }`,
    variables: { input: { id, reason: "Existing direct deal" } },
  }),
  extend: (id: string) => ({
    query: `mutation ($input: ExtendDealProtectionInput!) { extendDealProtection(input: $input) { id status } }`,
    variables: { input: { id, days: 30, reason: "Long procurement" } },
  }),
} as const;
export type DealMutation = keyof typeof DEAL_MUTATIONS;

/** For each mutation: the statuses it is legal from, where it leads, and its audit action. */
export const LEGAL: Record<
  DealMutation,
  { from: DealStatus[]; to: DealStatus | "same"; audit: string; side: "partner" | "vendor" }
> = {
  submit: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED", audit: "SUBMIT", side: "partner" },
  withdraw: {
    from: ["DRAFT", "SUBMITTED", "RETURNED"],
    to: "WITHDRAWN",
    audit: "WITHDRAW",
    side: "partner",
  },
  update: { from: ["DRAFT", "RETURNED"], to: "same", audit: "UPDATE", side: "partner" },
  approve: { from: ["SUBMITTED"], to: "APPROVED", audit: "APPROVE", side: "vendor" },
  return: { from: ["SUBMITTED"], to: "RETURNED", audit: "RETURN", side: "vendor" },
  reject: { from: ["SUBMITTED"], to: "REJECTED", audit: "REJECT", side: "vendor" },
  extend: { from: ["APPROVED"], to: "same", audit: "EXTEND_PROTECTION", side: "vendor" },
};

/** A date `days` from today, as YYYY-MM-DD (UTC). */
export const dateFromToday = (days: number) =>
  new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
