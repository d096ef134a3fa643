import { FieldResolver, Resolver, Root, Ctx } from "type-graphql";
import type { Context } from "../../context";
import { OrganizationType } from "../organizations/organization.types";
import { UserType } from "./user.types";

/** Fields of a User the caller can already see; references stay inside the user's organization. */
@Resolver(() => UserType)
export class UserResolver {
  @FieldResolver(() => OrganizationType)
  async organization(@Root() user: UserType, @Ctx() ctx: Context): Promise<OrganizationType> {
    const org = await ctx.loaders.organization.load(user.organizationId);
    if (!org) throw new Error(`User ${user.id} has no organization`);
    return OrganizationType.from(org);
  }

  @FieldResolver(() => UserType, { nullable: true, description: "The user's sales manager." })
  async manager(@Root() user: UserType, @Ctx() ctx: Context): Promise<UserType | null> {
    if (!user.managerId) return null;
    const manager = await ctx.loaders.user.load(user.managerId);
    return manager ? UserType.from(manager) : null;
  }
}
