import { useMutation } from "@apollo/client/react";
import { evictRootFields } from "../../app/mutation-effects";
import {
  CreatePasswordResetLinkDocument,
  DeactivateUserDocument,
  InviteUserDocument,
  ReactivateUserDocument,
  RenewInvitationDocument,
  UpdateUserDocument,
} from "./documents";

// What each mutation changes on the server, as the root query fields whose cached answers it makes
// stale (see evictRootFields); the changed user itself comes back in the mutation's answer.

/** The people lists (Operators, pickers, a seller's quota rows) and single users. */
const PEOPLE = ["users", "user"];
/** Who covers each territory, and each person's team for the per-person figures. */
const ASSIGNMENTS = ["territories", "teamPerformance"];
/** A departing partner user's open opportunities and pending registrations change owner. */
const HANDED_OVER_WORK = ["opportunities", "opportunityBoard", "opportunity", "deals", "deal"];
/** A departing channel manager's partners change manager (lists, queues and figures by partner). */
const HANDED_OVER_PARTNERS = [
  "partners",
  "partner",
  "partnerPerformance",
  "partnerLeaderboard",
  "pipelineByPartner",
  "partnerWinLoss",
  "dealStatusCounts",
];

/** Every root field a user administration mutation evicts (a test checks each is in the schema). */
export const OPERATOR_MUTATION_EFFECTS = [
  ...PEOPLE,
  ...ASSIGNMENTS,
  ...HANDED_OVER_WORK,
  ...HANDED_OVER_PARTNERS,
];

export function useInviteUser() {
  return useMutation(InviteUserDocument, {
    update: evictRootFields([...PEOPLE, ...ASSIGNMENTS]),
  });
}

export function useUpdateUser() {
  return useMutation(UpdateUserDocument, {
    update: evictRootFields([...PEOPLE, ...ASSIGNMENTS]),
  });
}

export function useDeactivateUser() {
  return useMutation(DeactivateUserDocument, {
    update: evictRootFields([
      ...PEOPLE,
      ...ASSIGNMENTS,
      ...HANDED_OVER_WORK,
      ...HANDED_OVER_PARTNERS,
    ]),
  });
}

export function useReactivateUser() {
  return useMutation(ReactivateUserDocument, {
    update: evictRootFields([...PEOPLE, ...ASSIGNMENTS]),
  });
}

/** A new link: the person's pending invitation (sent, expires) changes. */
export function useRenewInvitation() {
  return useMutation(RenewInvitationDocument, {
    update: evictRootFields(PEOPLE),
  });
}

/** A reset link changes nothing any list shows until it is used (on another device). */
export function useCreatePasswordResetLink() {
  return useMutation(CreatePasswordResetLinkDocument);
}
