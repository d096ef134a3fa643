import {
  LOSS_REASONS,
  OPPORTUNITY_ACTIONS,
  OPPORTUNITY_STAGES,
  type LossReason,
  type OpenStage,
  type OpportunityStage,
} from "@prm/domain";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { graphqlEnum } from "../../common/graphql-enum";
import { ConnectionType } from "../../common/pagination";

export const OpportunityStageEnum = graphqlEnum(OPPORTUNITY_STAGES, "OpportunityStage");

export const LossReasonEnum = graphqlEnum(LOSS_REASONS, "LossReason", {
  description: "Why an opportunity was lost: the fixed list of win/loss analysis.",
});

export const OpportunityActionEnum = graphqlEnum(OPPORTUNITY_ACTIONS, "OpportunityAction", {
  description: "What you may do to an opportunity.",
  valuesConfig: {
    EDIT: { description: "updateOpportunity (open ones)." },
    MOVE_STAGE: { description: "moveOpportunityStage (open ones)." },
    REOPEN: {
      description: "reopenOpportunity (closed ones): sales managers and sales operations.",
    },
    REASSIGN: {
      description: "reassignOpportunity (open ones): sales managers and sales operations.",
    },
  },
});

export const OPPORTUNITY_ORDER_FIELDS = [
  "CLOSE_DATE",
  "AMOUNT",
  "LAST_ACTIVITY",
  "STAGE",
  "NEWEST",
] as const;
export type OpportunityOrderField = (typeof OPPORTUNITY_ORDER_FIELDS)[number];
export const OpportunityOrderFieldEnum = graphqlEnum(
  OPPORTUNITY_ORDER_FIELDS,
  "OpportunityOrderField",
  {
    description: "Ties are broken by id, so paging is stable.",
    valuesConfig: {
      CLOSE_DATE: {
        description:
          "The close date: when it was won or lost for a closed opportunity, the start (UTC) of its expected close date for an open one. Natural direction ASC (soonest first).",
      },
      AMOUNT: { description: "Natural direction DESC (largest first)." },
      LAST_ACTIVITY: {
        description:
          "When its latest activity happened; never-worked ones count as the oldest. Natural direction DESC (most recent first).",
      },
      STAGE: {
        description:
          "Pipeline order, QUALIFICATION … NEGOTIATION, CLOSED_WON, CLOSED_LOST. Natural direction ASC.",
      },
      NEWEST: { description: "Creation time. Natural direction DESC (newest first)." },
    },
  },
);

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

  @Field(() => Int, { description: "Win probability, percent: the stage's default." })
  probability: number;

  @Field(() => String, { description: 'An ISO date, e.g. "2026-03-31".' })
  expectedCloseDate: string;

  @Field(() => Date, { nullable: true, description: "When it was won or lost." })
  closedAt: Date | null;

  @Field(() => LossReasonEnum, {
    nullable: true,
    description: "Why it was lost, the last time it was closed lost (kept if it was reopened).",
  })
  lossReason: LossReason | null;

  @Field(() => String, { nullable: true, description: "The seller's words on the loss." })
  lossNote: string | null;

  @Field(() => String, { nullable: true })
  nextStep: string | null;

  @Field(() => Date, {
    nullable: true,
    description: "When its latest activity happened; null when none was logged.",
  })
  lastActivityAt: Date | null;

  @Field(() => Int, {
    description: "Changes with every edit, move, reopening and reassignment; updates carry it.",
  })
  version: number;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;

  /** Resolved by OpportunityResolver (`account` by the accounts module's). See toOpportunityType. */
  partnerId: string;
  ownerId: string;
  dealId: string | null;
  accountId: string | null;
}

export const OpportunityConnection = ConnectionType(OpportunityType, "Opportunity");

@ObjectType("OpportunityStageChange", { description: "One stage move of an opportunity." })
export class OpportunityStageChangeType {
  @Field(() => ID)
  id: string;

  @Field(() => OpportunityStageEnum, {
    nullable: true,
    description: "Null for its first stage (when the deal was approved).",
  })
  fromStage: OpportunityStage | null;

  @Field(() => OpportunityStageEnum)
  toStage: OpportunityStage;

  @Field(() => String, { description: "Its amount at the move, a decimal string." })
  amount: string;

  @Field(() => Date)
  changedAt: Date;

  @Field(() => String, { nullable: true, description: "Why it was reopened (reopenings only)." })
  reason: string | null;

  /** Resolved by OpportunityStageChangeResolver. */
  changedById: string | null;
}

@ObjectType("OpportunityBoardColumn", {
  description: "One open stage of the board: its first opportunities, and how many there are.",
})
export class OpportunityBoardColumn {
  @Field(() => OpportunityStageEnum)
  stage: OpenStage;

  @Field(() => Int, { description: "All the opportunities in this stage (within the filter)." })
  totalCount: number;

  @Field(() => String, { description: "Their amount, summed; a decimal string." })
  amount: string;

  @Field(() => String, {
    description: "Their probability-weighted amount, summed (the pipeline metric's definition).",
  })
  weightedAmount: string;

  @Field(() => [OpportunityType], {
    description: "The first ones by expected close date (then id), at most perStage.",
  })
  opportunities: OpportunityType[];
}

@ObjectType("OpportunityBoard", { description: "Open opportunities by stage." })
export class OpportunityBoard {
  @Field(() => [OpportunityBoardColumn], { description: "One per open stage, in pipeline order." })
  columns: OpportunityBoardColumn[];
}
