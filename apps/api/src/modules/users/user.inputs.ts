import { EMAIL_MAX, USER_NAME_MAX, type Role } from "@prm/domain";
import {
  ArrayMaxSize,
  IsEmail,
  IsOptional,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from "class-validator";
import { ArgsType, Field, ID, InputType } from "type-graphql";
import { PageArgs } from "../../common/pagination";
import { RoleEnum } from "./user.types";

/** A user may have up to this many territories. */
export const MAX_USER_TERRITORIES = 100;

const NAME_MESSAGE = `Enter a name of 1 to ${USER_NAME_MAX} characters.`;

@InputType()
export class UsersFilter {
  @Field(() => ID, {
    nullable: true,
    description:
      "Only this organization's users. Partner users see their own organization's anyway; the vendor admin (who sees everyone) names the vendor's or a partner's.",
  })
  @IsOptional()
  @IsUUID("all", { message: "organizationId must be an organization's id." })
  organizationId?: string | null;

  @Field(() => String, { nullable: true, description: "Part of the name or email." })
  @IsOptional()
  @MaxLength(200, { message: "search can be at most 200 characters." })
  search?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  role?: Role | null;

  @Field(() => ID, { nullable: true, description: "Only the direct reports of this user." })
  @IsOptional()
  @IsUUID("all", { message: "managerId must be a user's id." })
  managerId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "Only users assigned to this territory (itself, not its sub-territories).",
  })
  @IsOptional()
  @IsUUID("all", { message: "territoryId must be a territory's id." })
  territoryId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "true: active users only; false: deactivated ones only; absent: both.",
  })
  active?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: only users who have not accepted their invitation yet; false: only those who have.",
  })
  pendingInvitation?: boolean | null;
}

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => UsersFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: UsersFilter | null;
}

@InputType()
export class InviteUserInput {
  @Field(() => String, { description: "Their sign-in; one account per address." })
  @IsEmail({}, { message: "Enter a valid email address." })
  @MaxLength(EMAIL_MAX, { message: `An email address has at most ${EMAIL_MAX} characters.` })
  email: string;

  @Field(() => String)
  @Length(1, USER_NAME_MAX, { message: NAME_MESSAGE })
  name: string;

  @Field(() => RoleEnum, {
    description:
      "A role of your kind of organization: partner roles for sales operations; CHANNEL_MANAGER or VENDOR_ADMIN for the vendor admin.",
  })
  role: Role;

  @Field(() => ID, {
    nullable: true,
    description: "Their manager: an active user of your organization.",
  })
  @IsOptional()
  @IsUUID("all", { message: "managerId must be a user's id." })
  managerId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: `Territories of your organization to assign them to (at most ${MAX_USER_TERRITORIES}).`,
  })
  @IsOptional()
  @ArrayMaxSize(MAX_USER_TERRITORIES, {
    message: `A user can have at most ${MAX_USER_TERRITORIES} territories.`,
  })
  @IsUUID("all", { each: true, message: "territoryIds must be territories' ids." })
  territoryIds?: string[] | null;
}

@InputType()
export class UpdateUserInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, USER_NAME_MAX, { message: NAME_MESSAGE })
  name?: string | null;

  @Field(() => RoleEnum, {
    nullable: true,
    description:
      "A role of your kind of organization. The organization's last active sales operations user (vendor: admin) keeps theirs.",
  })
  role?: Role | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "Their manager (an active user of the same organization, not reporting to them, directly or not); null removes it; absent leaves it.",
  })
  @IsOptional()
  @IsUUID("all", { message: "managerId must be a user's id." })
  managerId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Replaces their territories (of your organization); [] removes all; absent leaves them.",
  })
  @IsOptional()
  @ArrayMaxSize(MAX_USER_TERRITORIES, {
    message: `A user can have at most ${MAX_USER_TERRITORIES} territories.`,
  })
  @IsUUID("all", { each: true, message: "territoryIds must be territories' ids." })
  territoryIds?: string[] | null;
}

@InputType()
export class DeactivateUserInput {
  @Field(() => ID)
  id: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "Who takes over what they still own (see User.workload): for a partner user, an active seller or sales manager of the same organization, who gets their open opportunities and pending deal registrations; for a channel manager, another active channel manager, who gets their partners. Without it, a user who owns any of these is not deactivated (CONFLICT).",
  })
  @IsOptional()
  @IsUUID("all", { message: "reassignTo must be a user's id." })
  reassignTo?: string | null;
}
