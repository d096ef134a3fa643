import type { QuotaPeriodKind, QuotaTargetKind } from "@prm/domain";
import { IsOptional, IsUUID, Matches, MaxLength, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { PageArgs } from "../../common/pagination";
import { PeriodInput } from "../../common/period";
import { QuotaPeriodKindEnum, QuotaTargetKindEnum } from "./quota.types";

@InputType()
export class QuotaFilter {
  @Field(() => ID, {
    nullable: true,
    description: "Only this partner organization's quotas (its own and its sellers').",
  })
  @IsOptional()
  @IsUUID("all", { message: "partnerId must be a partner organization's id." })
  partnerId?: string | null;

  @Field(() => ID, { nullable: true, description: "Only this seller's quotas." })
  @IsOptional()
  @IsUUID("all", { message: "sellerId must be a seller's id." })
  sellerId?: string | null;

  @Field(() => QuotaTargetKindEnum, { nullable: true })
  targetKind?: QuotaTargetKind | null;

  @Field(() => PeriodInput, {
    nullable: true,
    description: "Only quotas whose period overlaps this one.",
  })
  @IsOptional()
  @ValidateNested()
  period?: PeriodInput | null;
}

@ArgsType()
export class QuotasArgs extends PageArgs {
  @Field(() => QuotaFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: QuotaFilter | null;
}

@InputType({
  description:
    "A quota for one target (partnerId or sellerId, not both) and calendar period: set anew, or the amount changed if that very period already has one. A quota overlapping another of the same target is refused (CONFLICT).",
})
export class SetQuotaInput {
  @Field(() => ID, {
    nullable: true,
    description: "A partner organization you oversee (channel manager, vendor admin).",
  })
  @IsOptional()
  @IsUUID("all", { message: "partnerId must be a partner organization's id." })
  partnerId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "A seller you manage (their sales manager, their organization's sales operations).",
  })
  @IsOptional()
  @IsUUID("all", { message: "sellerId must be a seller's id." })
  sellerId?: string | null;

  @Field(() => QuotaPeriodKindEnum)
  periodKind: QuotaPeriodKind;

  @Field(() => String, {
    description: 'The period\'s first day, e.g. "2026-04-01" for Q2 2026 or April 2026.',
  })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: "periodStart must be a date (YYYY-MM-DD)." })
  periodStart: string;

  @Field(() => String, { description: 'A decimal string of at least 0, e.g. "250000.00".' })
  @MaxLength(32, { message: "Enter the quota as an amount, e.g. 25000 or 25000.50." })
  amount: string;
}
