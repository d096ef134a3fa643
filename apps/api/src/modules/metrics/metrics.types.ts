import type { OpenStage } from "@prm/domain";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { OpportunityStageEnum } from "../opportunities/opportunity.types";
import { OrganizationType } from "../organizations/organization.types";

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

@ObjectType({
  description: "A partner's open pipeline: open opportunities expected to close in the period.",
})
export class PartnerPipelineRow {
  @Field(() => OrganizationType)
  partner: OrganizationType;

  @Field(() => String)
  openAmount: string;

  @Field(() => String, { description: "Amount × probability, each opportunity to the cent." })
  weightedAmount: string;

  @Field(() => Int)
  openCount: number;

  @Field(() => [StageAmount], { description: "Every open stage, in stage order (zeros included)." })
  byStage: StageAmount[];
}

@ObjectType({ description: "A partner's opportunities closed won and lost in a period." })
export class PartnerWinLossRow {
  @Field(() => OrganizationType)
  partner: OrganizationType;

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
