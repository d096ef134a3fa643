import { TERRITORY_NAME_MAX_LENGTH } from "@prm/domain";
import { ArrayMaxSize, IsOptional, IsUUID, MaxLength } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

const NAME_MESSAGE = `A territory's name can be at most ${TERRITORY_NAME_MAX_LENGTH} characters.`;
/** More people than any territory has; a bound on the statement, not a rule of the product. */
export const MAX_TERRITORY_USERS = 500;

@InputType()
export class CreateTerritoryInput {
  @Field(() => String)
  @MaxLength(TERRITORY_NAME_MAX_LENGTH, { message: NAME_MESSAGE })
  name: string;

  @Field(() => ID, {
    nullable: true,
    description: "The territory it belongs under; at the top level when absent.",
  })
  @IsOptional()
  @IsUUID("all", { message: "parentId must be one of your organization's territories." })
  parentId?: string | null;
}

@InputType({ description: "Renames or moves a territory; absent fields stay as they are." })
export class UpdateTerritoryInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(TERRITORY_NAME_MAX_LENGTH, { message: NAME_MESSAGE })
  name?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "Moves it under this territory of the same organization (not under itself or one of its own); null moves it to the top level.",
  })
  @IsOptional()
  @IsUUID("all", { message: "parentId must be one of your organization's territories." })
  parentId?: string | null;
}

@InputType({ description: "Who covers a territory: exactly these people, from now on." })
export class SetTerritoryUsersInput {
  @Field(() => ID)
  territoryId: string;

  @Field(() => [ID], {
    description: `People of your organization, at most ${MAX_TERRITORY_USERS}.`,
  })
  @ArrayMaxSize(MAX_TERRITORY_USERS, {
    message: `A territory can have at most ${MAX_TERRITORY_USERS} people.`,
  })
  @IsUUID("all", { each: true, message: "userIds must be people of your organization." })
  userIds: string[];
}
