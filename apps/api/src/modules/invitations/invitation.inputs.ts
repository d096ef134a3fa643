import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "@prm/domain";
import { Length } from "class-validator";
import { Field, InputType } from "type-graphql";

/** A one-time link's token: 43 characters; room for some whitespace copied along. */
const MAX_TOKEN_LENGTH = 200;

@InputType()
abstract class RedeemLinkInput {
  @Field(() => String, {
    description: "The token from the link (the part after `#token=`).",
  })
  @Length(1, MAX_TOKEN_LENGTH, { message: "The link's token is missing or not valid." })
  token: string;

  @Field(() => String, {
    description: `The password they choose: at least ${MIN_PASSWORD_LENGTH} characters.`,
  })
  @Length(1, MAX_PASSWORD_LENGTH, {
    message: `The password must be ${MIN_PASSWORD_LENGTH} to ${MAX_PASSWORD_LENGTH} characters.`,
  })
  password: string;
}

@InputType()
export class AcceptInvitationInput extends RedeemLinkInput {}

@InputType()
export class ResetPasswordInput extends RedeemLinkInput {}
