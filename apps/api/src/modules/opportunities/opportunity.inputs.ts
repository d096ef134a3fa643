import {
  OPEN_STAGES,
  OPPORTUNITY_FIELD_LIMITS,
  type LossReason,
  type OpportunityStage,
} from "@prm/domain";
import {
  ArrayMaxSize,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { PageArgs } from "../../common/pagination";
import { SortDirectionEnum, type SortDirection } from "../metrics/metrics.types";
import {
  LossReasonEnum,
  OpportunityOrderFieldEnum,
  OpportunityStageEnum,
  type OpportunityOrderField,
} from "./opportunity.types";

const MAX_SEARCH_LENGTH = 200;
const DATE_LENGTH = 10;
const ID_MESSAGE = (what: string, of: string) => `${what} must be ${of} id.`;
const tooLong = (what: string, max: number) => `${what} can be at most ${max} characters.`;

/** What the list and the board narrow to; both scope to the viewer first. */
@InputType()
abstract class OpportunityFilterBase {
  @Field(() => ID, { nullable: true, description: "Only this user's opportunities." })
  @IsOptional()
  @IsUUID("all", { message: ID_MESSAGE("ownerId", "a user's") })
  ownerId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this partner organization's." })
  @IsOptional()
  @IsUUID("all", { message: ID_MESSAGE("partnerId", "a partner organization's") })
  partnerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The opportunity's or its account's name contains this text, or it came from this deal number (\"DR-000123\").",
  })
  @IsOptional()
  @MaxLength(MAX_SEARCH_LENGTH, { message: tooLong("search", MAX_SEARCH_LENGTH) })
  search?: string | null;
}

@InputType({ description: "Every condition given must hold." })
export class OpportunityFilter extends OpportunityFilterBase {
  @Field(() => [OpportunityStageEnum], {
    nullable: true,
    description: "Only these stages; all when absent or empty.",
  })
  @IsOptional()
  @ArrayMaxSize(6, { message: "stages lists each stage at most once." })
  stages?: OpportunityStage[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: only open ones (QUALIFICATION … NEGOTIATION); false: only closed ones.",
  })
  open?: boolean | null;

  @Field(() => ID, { nullable: true, description: "Only this account's." })
  @IsOptional()
  @IsUUID("all", { message: ID_MESSAGE("accountId", "an account's") })
  accountId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Expected to close on or after this date, e.g. "2026-03-01".',
  })
  @IsOptional()
  @MaxLength(DATE_LENGTH, { message: 'expectedCloseFrom must be a date like "2026-03-01".' })
  expectedCloseFrom?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Expected to close on or before this date, e.g. "2026-03-31".',
  })
  @IsOptional()
  @MaxLength(DATE_LENGTH, { message: 'expectedCloseTo must be a date like "2026-03-31".' })
  expectedCloseTo?: string | null;

  @Field(() => Date, { nullable: true, description: "Won or lost at or after this instant." })
  closedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: "Won or lost before this instant." })
  closedTo?: Date | null;
}

@InputType({ description: "A sort key and its direction; ties are broken by id." })
export class OpportunityOrder {
  @Field(() => OpportunityOrderFieldEnum)
  field: OpportunityOrderField;

  @Field(() => SortDirectionEnum, {
    nullable: true,
    description: "The field's natural direction when absent (see OpportunityOrderField).",
  })
  direction?: SortDirection | null;
}

@ArgsType()
export class OpportunitiesArgs extends PageArgs {
  @Field(() => OpportunityFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: OpportunityFilter | null;

  @Field(() => OpportunityOrder, {
    nullable: true,
    description: "By close date, soonest first, when absent.",
  })
  @IsOptional()
  @ValidateNested()
  orderBy?: OpportunityOrder | null;
}

@InputType({ description: "What the board narrows to; it always shows open opportunities." })
export class OpportunityBoardFilter extends OpportunityFilterBase {}

export const MAX_PER_STAGE = 100;

@ArgsType()
export class OpportunityBoardArgs {
  @Field(() => OpportunityBoardFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: OpportunityBoardFilter | null;

  @Field(() => Int, {
    defaultValue: 50,
    description: `Opportunities listed per stage, 1–${MAX_PER_STAGE} (the counts and amounts take them all).`,
  })
  @Min(1, { message: `perStage must be between 1 and ${MAX_PER_STAGE}.` })
  @Max(MAX_PER_STAGE, { message: `perStage must be between 1 and ${MAX_PER_STAGE}.` })
  perStage: number;
}

@InputType({
  description:
    "Changes to an open opportunity; absent fields stay as they are. Carries the version you saw: if someone changed it since, nothing is changed and the answer is CONFLICT.",
})
export class UpdateOpportunityInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: "The version you saw (Opportunity.version)." })
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(OPPORTUNITY_FIELD_LIMITS.name, {
    message: tooLong("The name", OPPORTUNITY_FIELD_LIMITS.name),
  })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'A decimal string, e.g. "1234.50".' })
  @IsOptional()
  @MaxLength(32, {
    message: "The amount must be a non-negative amount with at most 2 decimals and 12 digits.",
  })
  amount?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'An ISO date, today or later, e.g. "2026-03-31".',
  })
  @IsOptional()
  @MaxLength(DATE_LENGTH, { message: 'The expected close date must be a date like "2026-03-31".' })
  expectedCloseDate?: string | null;

  @Field(() => String, { nullable: true, description: "Null or blank clears it." })
  @IsOptional()
  @MaxLength(OPPORTUNITY_FIELD_LIMITS.nextStep, {
    message: tooLong("The next step", OPPORTUNITY_FIELD_LIMITS.nextStep),
  })
  nextStep?: string | null;
}

@InputType({
  description:
    "Moves an open opportunity to another stage. Closing as lost needs a loss reason (and may carry a note); a closed one is reopened with reopenOpportunity.",
})
export class MoveOpportunityStageInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, {
    nullable: true,
    description: "The version you saw: when given and stale, the answer is CONFLICT.",
  })
  version?: number | null;

  @Field(() => OpportunityStageEnum)
  stage: OpportunityStage;

  @Field(() => LossReasonEnum, { nullable: true, description: "Required for CLOSED_LOST." })
  lossReason?: LossReason | null;

  @Field(() => String, { nullable: true, description: "CLOSED_LOST only: in your own words." })
  @IsOptional()
  @MaxLength(OPPORTUNITY_FIELD_LIMITS.lossNote, {
    message: tooLong("The loss note", OPPORTUNITY_FIELD_LIMITS.lossNote),
  })
  lossNote?: string | null;
}

@InputType({
  description: `Reopens a closed opportunity in an open stage (${OPEN_STAGES.join(", ")}), with the reason.`,
})
export class ReopenOpportunityInput {
  @Field(() => ID)
  id: string;

  @Field(() => OpportunityStageEnum, { description: "An open stage." })
  stage: OpportunityStage;

  @Field(() => String)
  @MaxLength(OPPORTUNITY_FIELD_LIMITS.reopenReason, {
    message: tooLong("The reason", OPPORTUNITY_FIELD_LIMITS.reopenReason),
  })
  reason: string;
}

@InputType({
  description:
    "Gives an open opportunity to another owner: a sales manager within their team (themselves or a direct report), sales operations within the organization; an active seller or sales manager.",
})
export class ReassignOpportunityInput {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  @IsUUID("all", { message: "ownerId must be a user's id." })
  ownerId: string;
}
