import { OPPORTUNITY_STAGES, type OpportunityStage } from "@prm/domain";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { graphqlEnum } from "../../common/graphql-enum";
import type { Opportunity } from "./opportunity.entity";

export const OpportunityStageEnum = graphqlEnum(OPPORTUNITY_STAGES, "OpportunityStage");

@ObjectType("Opportunity", { description: "A partner's sale in progress, from an approved deal." })
export class OpportunityType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => OpportunityStageEnum)
  stage: OpportunityStage;

  @Field(() => String, { description: 'A decimal string, e.g. "1234.50".' })
  amount: string;

  @Field(() => Int, { description: "Win probability, percent." })
  probability: number;

  @Field(() => String, { description: 'An ISO date, e.g. "2026-03-31".' })
  expectedCloseDate: string;

  @Field(() => Date, { nullable: true, description: "When it was won or lost." })
  closedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  /** Resolved by OpportunityResolver. */
  partnerId: string;
  ownerId: string;
  dealId: string | null;

  static from(o: Opportunity): OpportunityType {
    return Object.assign(new OpportunityType(), {
      id: o.id,
      name: o.name,
      stage: o.stage,
      amount: o.amount,
      probability: o.probability,
      expectedCloseDate: o.expectedCloseDate,
      closedAt: o.closedAt,
      createdAt: o.createdAt,
      partnerId: o.partnerId,
      ownerId: o.ownerId,
      dealId: o.dealId,
    });
  }
}
