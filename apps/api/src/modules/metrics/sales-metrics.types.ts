import { METRICS, type LossReason } from "@prm/domain";
import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { IsOptional, IsUUID } from "class-validator";
import { graphqlEnum } from "../../common/graphql-enum";
import { PeriodInput } from "../../common/period";
import { LossReasonEnum } from "../opportunities/opportunity.types";
import { UserType } from "../users/user.types";
import { StageAmount } from "./metrics.types";

export const SALES_SCOPES = ["SELF", "TEAM", "ORGANIZATION", "SELLER"] as const;
export type SalesScopeKind = (typeof SALES_SCOPES)[number];
export const SalesScopeEnum = graphqlEnum(SALES_SCOPES, "SalesScope", {
  description:
    "Whose records the figures count: SELF a seller's own; TEAM a sales manager's and their direct reports'; ORGANIZATION the whole partner organization (sales operations); SELLER one person of the viewer's team, asked for by sellerId.",
});

@InputType({ description: "Whose sales figures: the viewer's scope, or one person of it." })
export class SalesMetricsInput {
  @Field(() => PeriodInput)
  period: PeriodInput;

  @Field(() => ID, {
    nullable: true,
    description:
      "One person of your team (a sales manager: yourself or a direct report; sales operations: anyone of your organization). NOT_FOUND for anyone else.",
  })
  @IsOptional()
  @IsUUID("all", { message: "That is not a person's id; pick them from your team." })
  sellerId?: string | null;
}

@ObjectType({ description: `${METRICS.OPEN_AMOUNT.description}, by stage.` })
export class SalesPipeline {
  @Field(() => String, { description: METRICS.OPEN_AMOUNT.description })
  openAmount: string;

  @Field(() => String, { description: METRICS.WEIGHTED_AMOUNT.description })
  weightedAmount: string;

  @Field(() => Int, { description: METRICS.OPEN_COUNT.description })
  openCount: number;

  @Field(() => [StageAmount], { description: "Every open stage, in stage order (zeros included)." })
  byStage: StageAmount[];
}

@ObjectType({ description: "Lost opportunities with one loss reason." })
export class LossReasonFigure {
  @Field(() => LossReasonEnum)
  reason: LossReason;

  @Field(() => Int)
  count: number;

  @Field(() => String)
  amount: string;
}

@ObjectType({ description: "Won and lost in the period, and why the lost were lost." })
export class SalesWinLoss {
  @Field(() => Int, { description: METRICS.WON_COUNT.description })
  wonCount: number;

  @Field(() => String, { description: METRICS.WON_AMOUNT.description })
  wonAmount: string;

  @Field(() => Int, { description: METRICS.LOST_COUNT.description })
  lostCount: number;

  @Field(() => String, { description: METRICS.LOST_AMOUNT.description })
  lostAmount: string;

  @Field(() => Float, { nullable: true, description: METRICS.WIN_RATE.description })
  winRate: number | null;

  @Field(() => Float, { nullable: true, description: METRICS.WIN_RATE_BY_AMOUNT.description })
  winRateByAmount: number | null;

  @Field(() => [LossReasonFigure], {
    description: `${METRICS.LOSS_REASONS.description}; the reasons met, most lost amount first.`,
  })
  lossReasons: LossReasonFigure[];
}

@ObjectType({ description: "Quota attainment in the period." })
export class SalesQuota {
  @Field(() => String, {
    nullable: true,
    description:
      "The quota: a seller's own; a team's the sum of its members' (A team's quota is the sum of its members' quotas); the organization's the partner quota its channel manager set. Quotas lying wholly within the period; null when there are none.",
  })
  quotaAmount: string | null;

  @Field(() => String, {
    description:
      "The won amount attainment counts: closed won within those quotas' ranges (of the members who have one, for a team).",
  })
  wonAmount: string;

  @Field(() => Float, { nullable: true, description: METRICS.QUOTA_ATTAINMENT.description })
  attainment: number | null;

  @Field(() => String, { nullable: true, description: METRICS.AMOUNT_TO_CLOSE.description })
  amountToClose: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The sum of the sellers' own quotas in the scope lying within the period (for the organization, beside its partner quota); null when there are none.",
  })
  sellersQuotaAmount: string | null;
}

@ObjectType({ description: "The open pipeline at one instant of PIPELINE_TREND." })
export class PipelinePoint {
  @Field(() => Date, { description: "The instant: a week's end (Monday 00:00 UTC), or now." })
  at: Date;

  @Field(() => String)
  openAmount: string;

  @Field(() => Int)
  openCount: number;
}

/** Fields are resolved one statement each (SalesMetricsResolver), so a widget pays for its own. */
@ObjectType({
  description:
    "A partner user's sales figures for a period over their scope: pipeline, win/loss, quota, trend.",
})
export class SalesMetrics {
  @Field(() => SalesScopeEnum)
  scope: SalesScopeKind;

  @Field(() => UserType, {
    nullable: true,
    description: "The one person counted (SELF, SELLER); null for a team or organization.",
  })
  seller: UserType | null;

  @Field(() => Date, { description: "The period's first instant." })
  from: Date;

  @Field(() => Date, { description: "The period's end (excluded)." })
  to: Date;
}
