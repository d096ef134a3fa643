import type { OpenStage } from "@prm/domain";
import { Field, Float, InputType, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "../../common/pagination";
import { graphqlEnum } from "../../common/graphql-enum";
import { OpportunityStageEnum } from "../opportunities/opportunity.types";
import { OrganizationType } from "../organizations/organization.types";
import { UserType } from "../users/user.types";

@ObjectType({ description: "A partner's won business in a period (the partner leaderboard)." })
export class PartnerWonRow {
  @Field(() => OrganizationType)
  partner: OrganizationType;

  @Field(() => String, {
    description: 'Sum of amounts of opportunities closed won in the period, e.g. "1234.57".',
  })
  wonAmount: string;

  @Field(() => Int)
  wonCount: number;

  @Field(() => Int, { description: "1 for the highest won amount (ties broken by name)." })
  rank: number;
}

@ObjectType({ description: "A partner's open pipeline in one open stage." })
export class StageAmount {
  @Field(() => OpportunityStageEnum)
  stage: OpenStage;

  @Field(() => String)
  amount: string;

  @Field(() => String, { description: "Amount × probability, each opportunity to the cent." })
  weightedAmount: string;

  @Field(() => Int)
  count: number;
}

/**
 * A row of a partner metric with a limit: a partner's, or the one summing all the others. Only
 * its subclasses are in the schema.
 */
@ObjectType()
export class PartnerOrOthersRow {
  @Field(() => OrganizationType, {
    nullable: true,
    description: "The partner; null on the one row summing all the other partners.",
  })
  partner: OrganizationType | null;

  @Field(() => Int, {
    description:
      "0 on a partner's row; on the row summing the partners beyond the limit, how many they are.",
  })
  otherPartnerCount: number;
}

@ObjectType({
  description:
    "A partner's open pipeline: open opportunities expected to close in the period. The last row of pipelineByPartner may instead sum the partners beyond its limit: partner null, otherPartnerCount how many.",
})
export class PartnerPipelineRow extends PartnerOrOthersRow {
  @Field(() => String)
  openAmount: string;

  @Field(() => String, { description: "Amount × probability, each opportunity to the cent." })
  weightedAmount: string;

  @Field(() => Int)
  openCount: number;

  @Field(() => [StageAmount], { description: "Every open stage, in stage order (zeros included)." })
  byStage: StageAmount[];
}

@ObjectType({
  description:
    "A partner's opportunities closed won and lost in a period. With a limit, the last row of partnerWinLoss may instead sum the partners beyond it: partner null, otherPartnerCount how many.",
})
export class PartnerWinLossRow extends PartnerOrOthersRow {
  @Field(() => Int)
  wonCount: number;

  @Field(() => String)
  wonAmount: string;

  @Field(() => Int)
  lostCount: number;

  @Field(() => String)
  lostAmount: string;

  @Field(() => Float, {
    nullable: true,
    description: "won / (won + lost), by count; null when nothing closed in the period.",
  })
  winRate: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Won amount / (won + lost amount); null when nothing (or only zero) closed.",
  })
  winRateByAmount: number | null;
}

/** Won, lost, open and quota figures; only its subclasses are in the schema. */
@ObjectType()
export class PerformanceFigures {
  @Field(() => String, { description: "Closed won in the period (by close date)." })
  wonAmount: string;

  @Field(() => Int)
  wonCount: number;

  @Field(() => String, { description: "Closed lost in the period (by close date)." })
  lostAmount: string;

  @Field(() => Int)
  lostCount: number;

  @Field(() => Float, {
    nullable: true,
    description: "won / (won + lost), by count; null when nothing closed in the period.",
  })
  winRate: number | null;

  @Field(() => Float, { nullable: true, description: "Won amount / (won + lost amount)." })
  winRateByAmount: number | null;

  @Field(() => String, { description: "Open opportunities expected to close in the period." })
  openAmount: string;

  @Field(() => String, { description: "Amount × probability, each opportunity to the cent." })
  weightedAmount: string;

  @Field(() => Int)
  openCount: number;

  @Field(() => String, {
    nullable: true,
    description: "Sum of the quotas lying wholly within the period; null when there are none.",
  })
  quotaAmount: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      "Won amount closed within those quotas' ranges / quotaAmount (1 = 100 %); null without a quota.",
  })
  quotaAttainment: number | null;

  @Field(() => [StageAmount], {
    description: "The open pipeline by stage: every open stage, in stage order (zeros included).",
  })
  byStage: StageAmount[];
}

@ObjectType({ description: "A partner's figures in a period (the partners list)." })
export class PartnerPerformance extends PerformanceFigures {
  @Field(() => OrganizationType)
  partner: OrganizationType;
}

export const PartnerPerformanceConnection = ConnectionType(
  PartnerPerformance,
  "PartnerPerformance",
);

@ObjectType({ description: "A seller's figures in a period (team performance, top sellers)." })
export class SellerPerformance extends PerformanceFigures {
  @Field(() => UserType)
  seller: UserType;
}

export const PARTNER_PERFORMANCE_SORTS = [
  "NAME",
  "WON_AMOUNT",
  "OPEN_AMOUNT",
  "QUOTA_AMOUNT",
  "QUOTA_ATTAINMENT",
] as const;
export type PartnerPerformanceSort = (typeof PARTNER_PERFORMANCE_SORTS)[number];
export const PartnerPerformanceSortEnum = graphqlEnum(
  PARTNER_PERFORMANCE_SORTS,
  "PartnerPerformanceSort",
  { description: "Partners without a quota sort as the lowest quota and attainment." },
);

export const SORT_DIRECTIONS = ["ASC", "DESC"] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];
export const SortDirectionEnum = graphqlEnum(SORT_DIRECTIONS, "SortDirection");

@InputType({ description: "Ties are broken by partner name, then id." })
export class PartnerPerformanceOrder {
  @Field(() => PartnerPerformanceSortEnum)
  field: PartnerPerformanceSort;

  @Field(() => SortDirectionEnum)
  direction: SortDirection;
}

@ObjectType({ description: "One partner's dashboard: figures, top sellers and recent deals." })
export class PartnerDetail {
  @Field(() => OrganizationType)
  partner: OrganizationType;

  @Field(() => PartnerPerformance)
  performance: PartnerPerformance;

  @Field(() => [SellerPerformance], {
    description:
      "The partner's five sellers with the highest won amount in the period, then by name.",
  })
  topSellers: SellerPerformance[];
}
