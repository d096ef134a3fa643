import { API_TOKEN_DEFAULT_DAYS, API_TOKEN_MAX_DAYS, API_TOKEN_NAME_MAX_LENGTH } from "@prm/domain";
import { IsEmail, IsInt, IsOptional, Length, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { UserType } from "../users/user.types";

@InputType()
export class LoginInput {
  @Field(() => String)
  @IsEmail({}, { message: "Enter a valid email address." })
  @MaxLength(254)
  email: string;

  @Field(() => String)
  @Length(1, 1024, { message: "Enter your password." })
  password: string;
}

@ObjectType()
export class LoginPayload {
  @Field(() => String, {
    description:
      "Session token; also set as the httpOnly prm_session cookie. Send as `Authorization: Bearer <token>`.",
  })
  token: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => UserType)
  user: UserType;
}

export { API_TOKEN_DEFAULT_DAYS } from "@prm/domain";

@InputType()
export class CreateApiTokenInput {
  @Field(() => String, { description: 'What the token is for, e.g. "BI export".' })
  @Length(1, API_TOKEN_NAME_MAX_LENGTH, {
    message: `Name the token in 1 to ${API_TOKEN_NAME_MAX_LENGTH} characters.`,
  })
  name: string;

  @Field(() => Int, {
    nullable: true,
    description: `Days until it expires (1–${API_TOKEN_MAX_DAYS}); ${API_TOKEN_DEFAULT_DAYS} when omitted.`,
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(API_TOKEN_MAX_DAYS)
  expiresInDays?: number | null;
}

@InputType()
export class RevokeApiTokenInput {
  @Field(() => ID)
  id: string;
}

@ObjectType("ApiToken")
export class ApiTokenType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: "The token's first characters, to tell tokens apart." })
  prefix: string;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => Date, { nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt: Date | null;
}

@ObjectType()
export class CreateApiTokenPayload {
  @Field(() => String, { description: "Shown once; only its hash is stored." })
  token: string;

  @Field(() => ApiTokenType)
  apiToken: ApiTokenType;
}
