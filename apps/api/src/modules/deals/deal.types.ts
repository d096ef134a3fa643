import {
  DEAL_ACTIONS,
  DEAL_EVENT_ACTIONS,
  DEAL_STATUSES,
  type DealAction,
  type DealEventAction,
  type DealStatus,
} from "@prm/domain";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { graphqlEnum } from "../../common/graphql-enum";
import { ConnectionType } from "../../common/pagination";
import type { OrganizationType } from "../organizations/organization.types";

export const DealStatusEnum = graphqlEnum(DEAL_STATUSES, "DealStatus");

export const DealActionEnum = graphqlEnum(DEAL_ACTIONS, "DealAction", {
  description:
    "A state transition of a deal registration (EXPIRE is only ever taken by the system).",
});

export const DealEventActionEnum = graphqlEnum(DEAL_EVENT_ACTIONS, "DealEventAction", {
  description: "What happened to a deal: its creation, an edit, a transition or an extension.",
});

export const DEAL_ORDERS = ["NEWEST", "OLDEST_SUBMITTED", "AMOUNT_DESC", "CLOSE_DATE"] as const;
export type DealOrder = (typeof DEAL_ORDERS)[number];
export const DealOrderEnum = graphqlEnum(DEAL_ORDERS, "DealOrder", {
  valuesConfig: {
    NEWEST: { description: "Most recently created first." },
    OLDEST_SUBMITTED: {
      description: "Longest waiting first, by submission time; never-submitted drafts last.",
    },
    AMOUNT_DESC: { description: "Largest estimated amount first." },
    CLOSE_DATE: { description: "Soonest expected close date first." },
  },
});

export const DEAL_CONFLICT_KINDS = ["DEAL", "OPPORTUNITY"] as const;
export type DealConflictKind = (typeof DEAL_CONFLICT_KINDS)[number];
export const DealConflictKindEnum = graphqlEnum(DEAL_CONFLICT_KINDS, "DealConflictKind");

export const DEAL_CONFLICT_MATCHES = ["DOMAIN", "NAME"] as const;
export type DealConflictMatch = (typeof DEAL_CONFLICT_MATCHES)[number];
export const DealConflictMatchEnum = graphqlEnum(DEAL_CONFLICT_MATCHES, "DealConflictMatch", {
  description: "DOMAIN: same normalized web domain; NAME: similar normalized company name.",
});

@ObjectType("Deal", {
  description: "A deal registration: a partner's claim on a prospective sale.",
})
export class DealType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'The number people use, e.g. "DR-000123".' })
  number: string;

  @Field(() => DealStatusEnum)
  status: DealStatus;

  @Field(() => String)
  customerName: string;

  @Field(() => String)
  customerDomain: string;

  @Field(() => String, { nullable: true })
  contactName: string | null;

  @Field(() => String, { nullable: true })
  contactEmail: string | null;

  @Field(() => String, { description: 'A decimal string, e.g. "1234.50".' })
  estimatedAmount: string;

  @Field(() => String, { description: 'An ISO date, e.g. "2026-03-31".' })
  expectedCloseDate: string;

  @Field(() => [String], { description: "Products of interest." })
  products: string[];

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "When it was (last) submitted; time in queue counts from here.",
  })
  submittedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: "When it was last approved, returned or rejected.",
  })
  decidedAt: Date | null;

  @Field(() => String, {
    nullable: true,
    description: "The approval note, or the reason it was returned or rejected.",
  })
  decisionNote: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "While APPROVED: when the protection lapses (the deal then EXPIRES unless won).",
  })
  protectionExpiresAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  /** Resolved by DealResolver. */
  partnerId: string;
  ownerId: string;
  decidedById: string | null;
  territoryId: string | null;
  /** Shown only to the vendor side (it may name the other partner): see DealResolver. */
  storedOverrideReason: string | null;
}

export const DealConnection = ConnectionType(DealType, "Deal");

@ObjectType({ description: "Deals in one status: how many, and their estimated amount." })
export class DealStatusCount {
  @Field(() => DealStatusEnum)
  status: DealStatus;

  @Field(() => Int)
  count: number;

  @Field(() => String, {
    description: 'Sum of estimated amounts, a decimal string ("0.00" when none).',
  })
  amount: string;
}

@ObjectType({ description: "One entry of a deal's audit trail." })
export class DealEvent {
  @Field(() => ID)
  id: string;

  @Field(() => DealEventActionEnum)
  action: DealEventAction;

  @Field(() => DealStatusEnum, { nullable: true })
  fromStatus: DealStatus | null;

  @Field(() => DealStatusEnum, { nullable: true })
  toStatus: DealStatus | null;

  @Field(() => String, { nullable: true, description: "The note or reason given." })
  note: string | null;

  @Field(() => Date)
  createdAt: Date;

  /** Resolved by DealEventResolver; null for the system (protection expiry). */
  actorId: string | null;
}

@ObjectType({
  description:
    "Another active registration or opportunity for the same customer — another partner's or the same partner's. Only the vendor side (channel managers, admins) ever sees these.",
})
export class DealConflict {
  @Field(() => DealConflictKindEnum)
  kind: DealConflictKind;

  @Field(() => ID, { description: "The deal's or the opportunity's id." })
  id: string;

  @Field(() => String, {
    nullable: true,
    description: "The registration's number (for an opportunity: the one it came from, if any).",
  })
  number: string | null;

  @Field(() => String, { description: "The deal's status, or the opportunity's stage." })
  status: string;

  @Field(() => String, { nullable: true, description: "Null when restricted." })
  customerName: string | null;

  @Field(() => String, { nullable: true, description: "Null when restricted." })
  customerDomain: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Estimated or opportunity amount; null when restricted.",
  })
  estimatedAmount: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "When its protection lapses; null while pending or not protected.",
  })
  protectionExpiresAt: Date | null;

  @Field(() => Boolean, {
    description:
      "An approved registration or an open opportunity: approving over it needs an override reason.",
  })
  protected: boolean;

  @Field(() => [DealConflictMatchEnum])
  matchedOn: DealConflictMatch[];

  @Field(() => Float, { description: "Trigram similarity of the normalized names, 0–1." })
  similarity: number;

  @Field(() => Boolean, {
    description:
      "The claim belongs to a partner another channel manager manages: only its partner (and that partner's channel manager), kind, status and protection window are shown.",
  })
  restricted: boolean;

  /**
   * Resolved by DealConflictResolver: the partner as the conflict check read it (a restricted
   * claim's partner is not one the viewer may otherwise read); the owner is null when restricted.
   */
  partner: OrganizationType;
  ownerId: string | null;
}

@ObjectType({
  description:
    "Whether anyone — another partner or a colleague — already claims a customer. Partner users learn only whether, how strongly and until when, never whose; channel managers and admins also get the matches.",
})
export class DealConflictCheck {
  @Field(() => Boolean)
  claimed: boolean;

  @Field(() => Date, {
    nullable: true,
    description:
      "The latest protection expiry among the claims; null when none has one (pending registrations, or opportunities whose registration's protection has ended).",
  })
  claimedUntil: Date | null;

  @Field(() => Boolean, {
    description: "Every claim is a registration still waiting for a decision.",
  })
  pending: boolean;

  @Field(() => [DealConflict], {
    nullable: true,
    description: "The claims themselves: channel managers and admins only, null for partner users.",
  })
  matches: DealConflict[] | null;
}

export type { DealAction };

@ObjectType({
  description:
    "How long deal registrations waited for a decision: calendar hours from submission to decision (approved, returned or rejected), among those decided in the period.",
})
export class ApprovalTimeStats {
  @Field(() => Int, { description: "Decisions taken in the period on deals you can see." })
  decidedCount: number;

  @Field(() => Float, {
    nullable: true,
    description: "Median calendar hours from submission to decision; null without decisions.",
  })
  medianHours: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "90th percentile (linear interpolation) of calendar hours from submission to decision; null without decisions.",
  })
  p90Hours: number | null;
}
