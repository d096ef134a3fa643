import { useMutation } from "@apollo/client/react";
import { evictRootFields } from "../../app/mutation-effects";
import {
  AssignChannelManagerDocument,
  DeactivatePartnerDocument,
  OnboardPartnerDocument,
  ReactivatePartnerDocument,
  RenewPartnerInvitationDocument,
  UpdatePartnerDocument,
} from "./documents";

// What each mutation changes on the server, as the root query fields whose cached answers it makes
// stale (see evictRootFields); the changed partner itself comes back in the mutation's answer.

/** The partners lists (by tier, status, channel manager) and a partner's page. */
const PARTNERS = ["partners", "partner"];
/** Every list or chart that has a row per partner: a new, renamed or re-tiered partner shows. */
const PER_PARTNER = [
  "partnerPerformance",
  "partnerLeaderboard",
  "pipelineByPartner",
  "partnerWinLoss",
];
/** People: the partner's first sales operations user, the channel managers' partner counts. */
const PEOPLE = ["users", "user"];
/** A new channel manager gets the partner's registrations in their queue, the old one loses them. */
const QUEUES = ["deals", "deal", "dealStatusCounts", "approvalTime"];

/** Every root field a partner administration mutation evicts (a test checks each is in the schema). */
export const PARTNER_ADMIN_MUTATION_EFFECTS = [...PARTNERS, ...PER_PARTNER, ...PEOPLE, ...QUEUES];

export function useOnboardPartner() {
  return useMutation(OnboardPartnerDocument, {
    update: evictRootFields([...PARTNERS, ...PER_PARTNER, ...PEOPLE]),
  });
}

export function useUpdatePartner() {
  return useMutation(UpdatePartnerDocument, {
    update: evictRootFields([...PARTNERS, ...PER_PARTNER]),
  });
}

export function useAssignChannelManager() {
  return useMutation(AssignChannelManagerDocument, {
    update: evictRootFields([...PARTNERS, ...PER_PARTNER, ...PEOPLE, ...QUEUES]),
  });
}

/** A deactivated partner stays in every list (its history counts); its status changes. */
export function useDeactivatePartner() {
  return useMutation(DeactivatePartnerDocument, {
    update: evictRootFields(PARTNERS),
  });
}

export function useReactivatePartner() {
  return useMutation(ReactivatePartnerDocument, {
    update: evictRootFields(PARTNERS),
  });
}

/** A partner user's new invitation link: their pending invitation changes. */
export function useRenewPartnerInvitation() {
  return useMutation(RenewPartnerInvitationDocument, {
    update: evictRootFields(PEOPLE),
  });
}
