import { Public, Requires } from "../../auth/access";
import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { UserType } from "../users/user.types";
import {
  ApiTokenType,
  CreateApiTokenInput,
  CreateApiTokenPayload,
  LoginInput,
  LoginPayload,
  RevokeApiTokenInput,
} from "./auth.inputs";
import { AuthService } from "./auth.service";
import { requireViewer } from "../../auth/viewer";

/** Sign-in and the caller's identity: the only operations open to anonymous callers. */
@Resolver()
export class AuthResolver {
  @Public()
  @Query(() => UserType, { nullable: true, description: "The signed-in user, or null." })
  me(@Ctx() ctx: Context): Promise<UserType | null> {
    return new AuthService(ctx).me();
  }

  @Public()
  @Mutation(() => LoginPayload, {
    description: "Signs in; sets the session cookie and returns the token.",
  })
  login(
    @Arg("input", () => LoginInput) input: LoginInput,
    @Ctx() ctx: Context,
  ): Promise<LoginPayload> {
    return new AuthService(ctx).login(input);
  }

  @Public()
  @Mutation(() => Boolean, {
    description:
      "Ends this session (revokes its token, clears the cookie). False when not signed in.",
  })
  logout(@Ctx() ctx: Context): Promise<boolean> {
    return new AuthService(ctx).logout();
  }
}

@Resolver()
export class ApiTokenResolver {
  @Requires("apiToken:manage")
  @Query(() => [ApiTokenType], { description: "Your API tokens, newest first." })
  apiTokens(@Ctx() ctx: Context): Promise<ApiTokenType[]> {
    return new AuthService(ctx).apiTokens(requireViewer(ctx));
  }

  @Requires("apiToken:manage")
  @Mutation(() => CreateApiTokenPayload, {
    description:
      "Creates a bearer token for another app, acting as you. Only from a signed-in session: an API token cannot create tokens (FORBIDDEN).",
  })
  createApiToken(
    @Arg("input", () => CreateApiTokenInput) input: CreateApiTokenInput,
    @Ctx() ctx: Context,
  ): Promise<CreateApiTokenPayload> {
    return new AuthService(ctx).createApiToken(requireViewer(ctx), input);
  }

  @Requires("apiToken:manage")
  @Mutation(() => ApiTokenType)
  revokeApiToken(
    @Arg("input", () => RevokeApiTokenInput) input: RevokeApiTokenInput,
    @Ctx() ctx: Context,
  ): Promise<ApiTokenType> {
    return new AuthService(ctx).revokeApiToken(requireViewer(ctx), input.id);
  }
}
