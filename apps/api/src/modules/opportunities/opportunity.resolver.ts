import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { requireViewer } from "../../auth/viewer";
import type { Context } from "../../context";
import { DealType } from "../deals/deal.types";
import { OrganizationType } from "../organizations/organization.types";
import { UserType } from "../users/user.types";
import { OpportunityService } from "./opportunity.service";
import { OpportunityType } from "./opportunity.types";

@Authorized("opportunity:read")
@Resolver(() => OpportunityType)
export class OpportunityResolver {
  @Query(() => OpportunityType, {
    nullable: true,
    description: "An opportunity you can see (same scope as deals), or null.",
  })
  opportunity(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: Context,
  ): Promise<OpportunityType | null> {
    return new OpportunityService(ctx).opportunity(requireViewer(ctx), id);
  }

  @FieldResolver(() => OrganizationType)
  async partner(@Root() o: OpportunityType, @Ctx() ctx: Context): Promise<OrganizationType> {
    const partner = await ctx.loaders.organization.load(o.partnerId);
    if (!partner) throw new Error(`Opportunity ${o.id} has no partner`);
    return OrganizationType.from(partner);
  }

  @FieldResolver(() => UserType)
  async owner(@Root() o: OpportunityType, @Ctx() ctx: Context): Promise<UserType> {
    const owner = await ctx.loaders.user.load(o.ownerId);
    if (!owner) throw new Error(`Opportunity ${o.id} has no owner`);
    return UserType.from(owner);
  }

  @FieldResolver(() => DealType, {
    nullable: true,
    description: "The registration it came from.",
  })
  deal(@Root() o: OpportunityType, @Ctx() ctx: Context): Promise<DealType | null> | null {
    return o.dealId ? ctx.loaders.deal.load(o.dealId) : null;
  }
}
