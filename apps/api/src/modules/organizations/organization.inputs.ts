import { EMAIL_MAX, USER_NAME_MAX, type PartnerTier } from "@prm/domain";
import { IsEmail, IsOptional, IsUUID, Length, MaxLength, ValidateNested } from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { PageArgs } from "../../common/pagination";
import { PartnerTierEnum } from "./organization.types";

/** As long as an organization's name may be (the column). */
export const ORGANIZATION_NAME_MAX = 200;
const NAME_MESSAGE = `Enter a name of 1 to ${ORGANIZATION_NAME_MAX} characters.`;
const DOMAIN_DESCRIPTION = 'The partner\'s web domain, e.g. "northwind.example" (a URL is fine).';

@ArgsType()
export class PartnersArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Part of the partner's name." })
  @IsOptional()
  @MaxLength(200, { message: "search can be at most 200 characters." })
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: active partners only; false: deactivated ones only; absent: both.",
  })
  active?: boolean | null;

  @Field(() => PartnerTierEnum, { nullable: true })
  tier?: PartnerTier | null;

  @Field(() => ID, {
    nullable: true,
    description: "Only the partners this channel manager manages (vendor admin).",
  })
  @IsOptional()
  @IsUUID("all", { message: "channelManagerId must be a user's id." })
  channelManagerId?: string | null;
}

@InputType()
export class FirstSalesOpsInput {
  @Field(() => String)
  @IsEmail({}, { message: "Enter a valid email address." })
  @MaxLength(EMAIL_MAX, { message: `An email address has at most ${EMAIL_MAX} characters.` })
  email: string;

  @Field(() => String)
  @Length(1, USER_NAME_MAX, { message: `Enter a name of 1 to ${USER_NAME_MAX} characters.` })
  name: string;
}

@InputType()
export class OnboardPartnerInput {
  @Field(() => String)
  @Length(1, ORGANIZATION_NAME_MAX, { message: NAME_MESSAGE })
  name: string;

  @Field(() => String, { description: DOMAIN_DESCRIPTION })
  @MaxLength(253, { message: "A domain has at most 253 characters." })
  domain: string;

  @Field(() => PartnerTierEnum)
  tier: PartnerTier;

  @Field(() => ID, { description: "An active channel manager, who will manage the partner." })
  @IsUUID("all", { message: "channelManagerId must be a channel manager's id." })
  channelManagerId: string;

  @Field(() => FirstSalesOpsInput, {
    description:
      "The partner's first sales operations user, who gets the invitation link and then manages the partner's users.",
  })
  @ValidateNested()
  firstSalesOps: FirstSalesOpsInput;
}

@InputType({ description: "Changes to a partner; absent (or null) fields stay as they are." })
export class UpdatePartnerInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, ORGANIZATION_NAME_MAX, { message: NAME_MESSAGE })
  name?: string | null;

  @Field(() => String, { nullable: true, description: DOMAIN_DESCRIPTION })
  @IsOptional()
  @MaxLength(253, { message: "A domain has at most 253 characters." })
  domain?: string | null;

  @Field(() => PartnerTierEnum, { nullable: true })
  tier?: PartnerTier | null;
}

@InputType()
export class AssignChannelManagerInput {
  @Field(() => ID)
  partnerId: string;

  @Field(() => ID, { description: "An active channel manager." })
  @IsUUID("all", { message: "channelManagerId must be a channel manager's id." })
  channelManagerId: string;
}
