import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { requireViewer } from "../../auth/viewer";
import { PeriodInput, resolvePeriodArg } from "../../common/period";
import type { Connection } from "../../common/pagination";
import type { Context } from "../../context";
import { OrganizationType } from "../organizations/organization.types";
import { UserType } from "../users/user.types";
import { DealsArgs } from "./deal.inputs";
import { DealService } from "./deal.service";
import { DealConnection, DealStatusCount, DealType } from "./deal.types";

@Authorized("deal:read")
@Resolver(() => DealType)
export class DealResolver {
  @Query(() => DealConnection, {
    description:
      "Deal registrations you can see: your own (seller), your team's (sales manager), your organization's (sales operations), your assigned partners' (channel manager), or all (vendor admin).",
  })
  deals(
    @Args(() => DealsArgs) args: DealsArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<DealType>> {
    return new DealService(ctx).deals(requireViewer(ctx), args);
  }

  @Query(() => [DealStatusCount], {
    description:
      "For every status, the number and estimated amount of the deals you can see that were created in the period (all time without one).",
  })
  dealStatusCounts(
    @Arg("period", () => PeriodInput, { nullable: true }) period: PeriodInput | null,
    @Ctx() ctx: Context,
  ): Promise<DealStatusCount[]> {
    return new DealService(ctx).statusCounts(
      requireViewer(ctx),
      resolvePeriodArg(period, "period"),
    );
  }

  @FieldResolver(() => OrganizationType, { description: "The partner that registered the deal." })
  async partner(@Root() deal: DealType, @Ctx() ctx: Context): Promise<OrganizationType> {
    const partner = await ctx.loaders.organization.load(deal.partnerId);
    if (!partner) throw new Error(`Deal ${deal.id} has no partner`);
    return OrganizationType.from(partner);
  }

  @FieldResolver(() => UserType, { description: "The partner user who owns the deal." })
  async owner(@Root() deal: DealType, @Ctx() ctx: Context): Promise<UserType> {
    const owner = await ctx.loaders.user.load(deal.ownerId);
    if (!owner) throw new Error(`Deal ${deal.id} has no owner`);
    return UserType.from(owner);
  }
}
