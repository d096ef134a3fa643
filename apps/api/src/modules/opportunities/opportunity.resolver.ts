import { Requires } from "../../auth/access";
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { requireViewer } from "../../auth/viewer";
import type { Context } from "../../context";
import { dealLoaders } from "../deals/deal.loaders";
import { DealType } from "../deals/deal.types";
import { referencedOrganization } from "../organizations/organization.loaders";
import { OrganizationType } from "../organizations/organization.types";
import { referencedUser } from "../users/user.loaders";
import { UserType } from "../users/user.types";
import { OpportunityService } from "./opportunity.service";
import { OpportunityType } from "./opportunity.types";

@Resolver(() => OpportunityType)
export class OpportunityResolver {
  @Requires("opportunity:read")
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
  partner(@Root() o: OpportunityType, @Ctx() ctx: Context): Promise<OrganizationType> {
    return referencedOrganization(ctx, o.partnerId);
  }

  @FieldResolver(() => UserType)
  async owner(@Root() o: OpportunityType, @Ctx() ctx: Context): Promise<UserType> {
    const owner = await referencedUser(ctx, o.ownerId);
    if (!owner) throw new Error(`Opportunity ${o.id} has no owner`);
    return owner;
  }

  @FieldResolver(() => DealType, {
    nullable: true,
    description: "The registration it came from.",
  })
  deal(@Root() o: OpportunityType, @Ctx() ctx: Context): Promise<DealType | null> | null {
    return o.dealId ? dealLoaders(ctx).byId.load(o.dealId) : null;
  }
}
