import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Requires } from "../../auth/access";
import { requireViewer } from "../../auth/viewer";
import type { Context } from "../../context";
import { UserType } from "../users/user.types";
import {
  AssignChannelManagerInput,
  OnboardPartnerInput,
  PartnersArgs,
  UpdatePartnerInput,
} from "./organization.inputs";
import { organizationLoader } from "./organization.loaders";
import { OrganizationService } from "./organization.service";
import {
  OnboardPartnerPayload,
  OrganizationConnection,
  OrganizationType,
} from "./organization.types";
import { PartnerAdminService } from "./partner-admin.service";

@Resolver(() => OrganizationType)
export class OrganizationResolver {
  @Requires("partner:read")
  @Query(() => OrganizationConnection, {
    description:
      "Partner organizations, by name: a channel manager's assigned partners, or all for a vendor admin (deactivated ones included unless `active` says otherwise).",
  })
  partners(@Args(() => PartnersArgs) args: PartnersArgs, @Ctx() ctx: Context) {
    return new OrganizationService(ctx).partners(requireViewer(ctx), args);
  }

  @Requires("partner:manage")
  @Mutation(() => OnboardPartnerPayload, {
    description:
      "Onboards a partner organization: creates it with its channel manager and invites its first sales operations user (a one-time link, valid 7 days, shown only in this answer). CONFLICT when the domain or the email is taken.",
  })
  onboardPartner(
    @Arg("input", () => OnboardPartnerInput) input: OnboardPartnerInput,
    @Ctx() ctx: Context,
  ): Promise<OnboardPartnerPayload> {
    return new PartnerAdminService(ctx).onboard(requireViewer(ctx), input);
  }

  @Requires("partner:manage")
  @Mutation(() => OrganizationType, { description: "Edits a partner's name, domain or tier." })
  updatePartner(
    @Arg("input", () => UpdatePartnerInput) input: UpdatePartnerInput,
    @Ctx() ctx: Context,
  ): Promise<OrganizationType> {
    return new PartnerAdminService(ctx).update(requireViewer(ctx), input);
  }

  @Requires("partner:manage")
  @Mutation(() => OrganizationType, {
    description:
      "Makes an active channel manager the partner's: from the next request the old one no longer sees the partner (its deals, pending approvals, figures) and the new one does. Audited (old → new); both are notified.",
  })
  assignChannelManager(
    @Arg("input", () => AssignChannelManagerInput) input: AssignChannelManagerInput,
    @Ctx() ctx: Context,
  ): Promise<OrganizationType> {
    return new PartnerAdminService(ctx).assignChannelManager(requireViewer(ctx), input);
  }

  @Requires("partner:manage")
  @Mutation(() => OrganizationType, {
    description:
      "Deactivates a partner: its users' sessions, API tokens and links stop working at once and they cannot sign in; its records stay and still count in history and metrics.",
  })
  deactivatePartner(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return new PartnerAdminService(ctx).deactivate(requireViewer(ctx), id);
  }

  @Requires("partner:manage")
  @Mutation(() => OrganizationType, {
    description: "Reactivates a partner: its active users can sign in again.",
  })
  reactivatePartner(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return new PartnerAdminService(ctx).reactivate(requireViewer(ctx), id);
  }

  @FieldResolver(() => UserType, {
    nullable: true,
    description:
      "The vendor's channel manager for this partner (vendor users and the partner itself).",
  })
  channelManager(
    @Root() org: OrganizationType,
    @Ctx() ctx: Context,
  ): Promise<UserType | null> | null {
    return new OrganizationService(ctx).channelManagerOf(requireViewer(ctx), org);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'A partner\'s web domain, e.g. "northwind.example" (one partner per domain).',
  })
  async domain(@Root() org: OrganizationType, @Ctx() ctx: Context): Promise<string | null> {
    if (org.domain !== undefined) return org.domain;
    return (await organizationLoader(ctx).load(org.id))?.domain ?? null;
  }

  @FieldResolver(() => Boolean, {
    description:
      "False once deactivated: its users can neither sign in nor use their sessions and API tokens. Its records stay and still count in history and metrics.",
  })
  async active(@Root() org: OrganizationType, @Ctx() ctx: Context): Promise<boolean> {
    if (org.active !== undefined) return org.active;
    return (await organizationLoader(ctx).load(org.id))?.active ?? true;
  }
}
