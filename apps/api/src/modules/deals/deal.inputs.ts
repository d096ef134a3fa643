import {
  DEAL_FIELD_LIMITS,
  dealFieldTooLong,
  MAX_PROTECTION_EXTENSION_DAYS,
  type BoundedDealTextField,
  type DealStatus,
} from "@prm/domain";
import { IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { PageArgs } from "../../common/pagination";
import { DealOrderEnum, DealStatusEnum, type DealOrder } from "./deal.types";

const MAX_IDEMPOTENCY_KEY_LENGTH = 100;

/** As long as the registration form's field may be (the domain's limit and message). */
const BoundedLike = (field: BoundedDealTextField) =>
  MaxLength(DEAL_FIELD_LIMITS[field], { message: dealFieldTooLong(field) });
const EXTENSION_DAYS_MESSAGE = `Extend by 1 to ${MAX_PROTECTION_EXTENSION_DAYS} days.`;

@InputType()
export class DealFilter {
  @Field(() => [DealStatusEnum], {
    nullable: true,
    description: "Only deals in these statuses; all statuses when absent or empty.",
  })
  statuses?: DealStatus[] | null;

  @Field(() => ID, { nullable: true, description: "Only this partner organization's deals." })
  @IsOptional()
  @IsUUID("all", { message: "partnerId must be a partner organization's id." })
  partnerId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only deals owned by this user." })
  @IsOptional()
  @IsUUID("all", { message: "ownerId must be a user's id." })
  ownerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Customer name or domain contains this text, or the deal number ("DR-000123").',
  })
  @IsOptional()
  @MaxLength(200, { message: "search can be at most 200 characters." })
  search?: string | null;

  @Field(() => Date, { nullable: true, description: "Created at or after this instant." })
  createdFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: "Created before this instant." })
  createdTo?: Date | null;

  @Field(() => Date, { nullable: true, description: "Submitted at or after this instant." })
  submittedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: "Submitted before this instant." })
  submittedTo?: Date | null;
}

@ArgsType()
export class DealsArgs extends PageArgs {
  @Field(() => DealFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: DealFilter | null;

  @Field(() => DealOrderEnum, { defaultValue: "NEWEST" })
  orderBy: DealOrder;
}

/** The registration form's optional fields, shared by RegisterDealInput and UpdateDealInput. */
@InputType()
abstract class DealFieldsInputBase {
  @Field(() => String, { nullable: true })
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field(() => [String], { nullable: true })
  products?: string[] | null;

  @Field(() => ID, { nullable: true, description: "One of your organization's territories." })
  territoryId?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class RegisterDealInput extends DealFieldsInputBase {
  @Field(() => String)
  customerName: string;

  @Field(() => String, { description: 'The customer\'s web domain, e.g. "acme.com".' })
  customerDomain: string;

  @Field(() => String, { description: 'A decimal string, e.g. "1234.50".' })
  estimatedAmount: string;

  @Field(() => String, { description: 'An ISO date, today or later, e.g. "2026-03-31".' })
  expectedCloseDate: string;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: "Submit for approval at once instead of saving a draft.",
  })
  submit?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: `Any string up to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters chosen by the client: registering again with the same key returns the same deal instead of a second one.`,
  })
  @IsOptional()
  @MaxLength(MAX_IDEMPOTENCY_KEY_LENGTH, {
    message: `The idempotency key can be at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`,
  })
  idempotencyKey?: string | null;
}

@InputType({ description: "Changes to a DRAFT or RETURNED deal; absent fields stay as they are." })
export class UpdateDealInput extends DealFieldsInputBase {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  customerName?: string | null;

  @Field(() => String, { nullable: true })
  customerDomain?: string | null;

  @Field(() => String, { nullable: true })
  estimatedAmount?: string | null;

  @Field(() => String, { nullable: true })
  expectedCloseDate?: string | null;
}

@InputType()
export class ApproveDealInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Required when another registration or opportunity holds an active, protected claim on the customer.",
  })
  overrideReason?: string | null;
}

@InputType({ description: "Returning or rejecting a deal: the reason is required." })
export class DecideDealInput {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  reason: string;
}

@InputType()
export class ExtendDealProtectionInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, {
    description: `Days added to the current expiry (or to now, if lapsed): 1 to ${MAX_PROTECTION_EXTENSION_DAYS}.`,
  })
  @Min(1, { message: EXTENSION_DAYS_MESSAGE })
  @Max(MAX_PROTECTION_EXTENSION_DAYS, { message: EXTENSION_DAYS_MESSAGE })
  days: number;

  @Field(() => String)
  reason: string;
}

@InputType()
export class CheckDealConflictsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @BoundedLike("customerName")
  customerName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @BoundedLike("customerDomain")
  customerDomain?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "A deal being edited, so it never conflicts with itself.",
  })
  excludeDealId?: string | null;
}
