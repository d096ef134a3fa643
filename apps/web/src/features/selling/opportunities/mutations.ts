import { useMutation } from "@apollo/client/react";
import { evictRootFields } from "../../../app/mutation-effects";
import {
  MoveOpportunityStageDocument,
  ReassignOpportunityDocument,
  ReopenOpportunityDocument,
  UpdateOpportunityDocument,
} from "./documents";

// What each mutation changes on the server, as the root query fields whose cached answers it makes
// stale (see evictRootFields); the opportunity itself comes back in the mutation's answer.

/** The lists and the board it sits in, and its account's open amount and opportunities. */
const OPPORTUNITY_LISTS = ["opportunities", "opportunityBoard", "account", "accounts"];
/** Open pipeline: by partner, per person, a partner's stages, territories' rolled-up amounts. */
const PIPELINE = [
  "pipelineByPartner",
  "partnerPerformance",
  "teamPerformance",
  "partner",
  "territories",
];
/** Won and lost figures: rankings, win rates, the partners list, people's and quotas' attainment. */
const WON_AND_LOST = [
  "partnerLeaderboard",
  "partnerWinLoss",
  "partnerPerformance",
  "teamPerformance",
  "partner",
  "quotas",
];
/** An open opportunity claims its customer: closing or reopening it changes a registration's conflicts. */
const CLAIMS = ["deal"];
/** Who owns what: each person's figures and what deactivating them would hand over. */
const OWNERSHIP = ["teamPerformance", "users"];

/** Every root field an opportunity mutation evicts (a test checks each is one the schema has). */
export const OPPORTUNITY_MUTATION_EFFECTS = [
  ...new Set([...OPPORTUNITY_LISTS, ...PIPELINE, ...WON_AND_LOST, ...CLAIMS, ...OWNERSHIP]),
];

/** Name, amount, expected close date and next step: open pipeline figures move with them. */
export function useUpdateOpportunity() {
  return useMutation(UpdateOpportunityDocument, {
    update: evictRootFields([...OPPORTUNITY_LISTS, ...PIPELINE]),
  });
}

/** A move changes open pipeline by stage, and closing it adds to won or lost figures. */
export function useMoveOpportunityStage() {
  return useMutation(MoveOpportunityStageDocument, {
    update: evictRootFields([...OPPORTUNITY_LISTS, ...PIPELINE, ...WON_AND_LOST, ...CLAIMS]),
  });
}

/** Reopening takes a won or lost opportunity out of those figures and back into the pipeline. */
export function useReopenOpportunity() {
  return useMutation(ReopenOpportunityDocument, {
    update: evictRootFields([...OPPORTUNITY_LISTS, ...PIPELINE, ...WON_AND_LOST, ...CLAIMS]),
  });
}

export function useReassignOpportunity() {
  return useMutation(ReassignOpportunityDocument, {
    update: evictRootFields([...OPPORTUNITY_LISTS, ...OWNERSHIP]),
  });
}
