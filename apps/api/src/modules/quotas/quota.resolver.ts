import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Requires } from "../../auth/access";
import { requireViewer } from "../../auth/viewer";
import type { Connection } from "../../common/pagination";
import type { Context } from "../../context";
import { referencedOrganization } from "../organizations/organization.loaders";
import { OrganizationType } from "../organizations/organization.types";
import { referencedUser } from "../users/user.loaders";
import { UserType } from "../users/user.types";
import { QuotasArgs, SetQuotaInput } from "./quota.inputs";
import { QuotaService } from "./quota.service";
import { QuotaConnection, QuotaType } from "./quota.types";

@Resolver(() => QuotaType)
export class QuotaResolver {
  @Requires("quota:read")
  @Query(() => QuotaConnection, {
    description:
      "Quotas you can see, latest period first: sellers' whose work you see (your own, your team's, your organization's, your partners'), and a partner's own if you see all of its work (its channel manager, the vendor admin, its sales operations).",
  })
  quotas(
    @Args(() => QuotasArgs) args: QuotasArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<QuotaType>> {
    return new QuotaService(ctx).list(requireViewer(ctx), args.filter, args);
  }

  @Requires("quota:set")
  @Mutation(() => QuotaType, {
    description:
      "Sets a quota for a calendar period: a partner's (its channel manager, the vendor admin) or a seller's (their sales manager, their organization's sales operations). The same period again changes its amount; a period overlapping another quota of the same target is CONFLICT, naming that quota's period. Audited.",
  })
  setQuota(
    @Arg("input", () => SetQuotaInput) input: SetQuotaInput,
    @Ctx() ctx: Context,
  ): Promise<QuotaType> {
    return new QuotaService(ctx).set(requireViewer(ctx), input);
  }

  @Requires("quota:set")
  @Mutation(() => ID, {
    description: "Deletes a quota you may change (see setQuota); returns its id. Audited.",
  })
  deleteQuota(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return new QuotaService(ctx).delete(requireViewer(ctx), id);
  }

  @FieldResolver(() => OrganizationType, {
    description: "The partner organization: the target itself, or the seller's organization.",
  })
  partner(@Root() quota: QuotaType, @Ctx() ctx: Context): Promise<OrganizationType> {
    return referencedOrganization(ctx, quota.partnerId);
  }

  @FieldResolver(() => UserType, {
    nullable: true,
    description: "The seller, for a seller's quota.",
  })
  seller(@Root() quota: QuotaType, @Ctx() ctx: Context): Promise<UserType | null> {
    return referencedUser(ctx, quota.sellerId);
  }

  @FieldResolver(() => UserType, { nullable: true, description: "Who last set it." })
  setBy(@Root() quota: QuotaType, @Ctx() ctx: Context): Promise<UserType | null> {
    return referencedUser(ctx, quota.setById);
  }
}
