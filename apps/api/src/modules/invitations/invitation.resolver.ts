import { Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import { Public, Requires } from "../../auth/access";
import { requireViewer } from "../../auth/viewer";
import type { Context } from "../../context";
import { LoginPayload } from "../auth/auth.inputs";
import { InviteUserPayload, PasswordResetLinkPayload } from "../users/user.types";
import { AcceptInvitationInput, ResetPasswordInput } from "./invitation.inputs";
import { InvitationService } from "./invitation.service";

/** One-time links: invitations and password resets, made by administrators, used by anyone holding one. */
@Resolver()
export class InvitationResolver {
  @Requires("user:manage")
  @Mutation(() => InviteUserPayload, {
    description:
      "A new invitation link (7 days, shown once) for a user who has not accepted yet; the previous link stops working. For your organization's users; the vendor admin also for any partner's (e.g. an onboarded partner's first sales operations user).",
  })
  renewInvitation(
    @Arg("userId", () => ID) userId: string,
    @Ctx() ctx: Context,
  ): Promise<InviteUserPayload> {
    return new InvitationService(ctx).renewInvitation(requireViewer(ctx), userId);
  }

  @Requires("user:manage")
  @Mutation(() => PasswordResetLinkPayload, {
    description:
      "A one-time link (7 days, shown once) for a user of your organization to choose a new password; the previous reset link stops working.",
  })
  createPasswordResetLink(
    @Arg("userId", () => ID) userId: string,
    @Ctx() ctx: Context,
  ): Promise<PasswordResetLinkPayload> {
    return new InvitationService(ctx).createPasswordResetLink(requireViewer(ctx), userId);
  }

  @Public()
  @Mutation(() => LoginPayload, {
    description:
      "Accepts an invitation: sets the password (at least 12 characters) and signs in, like login. An unknown, used, replaced or expired token is BAD_USER_INPUT on `token`, saying which.",
  })
  acceptInvitation(
    @Arg("input", () => AcceptInvitationInput) input: AcceptInvitationInput,
    @Ctx() ctx: Context,
  ): Promise<LoginPayload> {
    return new InvitationService(ctx).acceptInvitation(input);
  }

  @Public()
  @Mutation(() => LoginPayload, {
    description:
      "Sets a new password with a reset link's token and signs in, like login; the user's other sessions end. Refusals as for acceptInvitation.",
  })
  resetPassword(
    @Arg("input", () => ResetPasswordInput) input: ResetPasswordInput,
    @Ctx() ctx: Context,
  ): Promise<LoginPayload> {
    return new InvitationService(ctx).resetPassword(input);
  }
}
