import { useMutation } from "@apollo/client/react";
import { evictRootFields } from "../../app/mutation-effects";
import { DeleteQuotaDocument, SetQuotaDocument } from "./documents";

// What a quota change makes stale, as root query fields: the quotas themselves, and every metric
// that shows quota amounts and attainment — the partners list, a partner's page (its figures and
// top sellers), the team figures.

/** Every root field a quota mutation evicts (a test checks each is one the schema has). */
export const QUOTA_MUTATION_EFFECTS = [
  "quotas",
  "partnerPerformance",
  "partner",
  "teamPerformance",
];

export function useSetQuota() {
  return useMutation(SetQuotaDocument, { update: evictRootFields(QUOTA_MUTATION_EFFECTS) });
}

export function useDeleteQuota() {
  return useMutation(DeleteQuotaDocument, { update: evictRootFields(QUOTA_MUTATION_EFFECTS) });
}
