import { CONTACT_FIELD_LIMITS, contactFieldTooLong, type ContactField } from "@prm/domain";
import { IsOptional, IsUUID, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { PageArgs } from "../../common/pagination";

/** The longest search text (a name or a domain). */
const MAX_SEARCH_LENGTH = 200;

/** As long as the contact form's field may be (the domain's limit and message). */
const BoundedLike = (field: ContactField) =>
  MaxLength(CONTACT_FIELD_LIMITS[field], { message: contactFieldTooLong(field) });

@ArgsType()
export class AccountsArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: "The account's name or web domain contains this text (any case).",
  })
  @IsOptional()
  @MaxLength(MAX_SEARCH_LENGTH, {
    message: `search can be at most ${MAX_SEARCH_LENGTH} characters.`,
  })
  search?: string | null;
}

/** A short list under an object (an account's opportunities, an opportunity's activities). */
@ArgsType()
export class NestedListArgs {
  @Field(() => Int, { defaultValue: 20, description: "How many, 1–100." })
  @Min(1, { message: "first must be between 1 and 100." })
  @Max(100, { message: "first must be between 1 and 100." })
  first: number;
}

@InputType()
export class CreateContactInput {
  @Field(() => ID, { description: "An account you can see." })
  @IsUUID("all", { message: "accountId must be an account's id." })
  accountId: string;

  @Field(() => String)
  @BoundedLike("name")
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @BoundedLike("title")
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @BoundedLike("email")
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @BoundedLike("phone")
  phone?: string | null;
}

@InputType({ description: "Changes to a contact; absent fields stay as they are, null clears." })
export class UpdateContactInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @BoundedLike("name")
  name?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @BoundedLike("title")
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @BoundedLike("email")
  email?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @BoundedLike("phone")
  phone?: string | null;
}
