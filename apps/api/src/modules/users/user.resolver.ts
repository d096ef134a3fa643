import { FieldResolver, Resolver, Root, Ctx } from "type-graphql";
import type { Context } from "../../context";
import { referencedOrganization } from "../organizations/organization.loaders";
import { OrganizationType } from "../organizations/organization.types";
import { referencedUser } from "./user.loaders";
import { UserType } from "./user.types";

/** Fields of a User the caller can already see; references stay inside the user's organization. */
@Resolver(() => UserType)
export class UserResolver {
  @FieldResolver(() => OrganizationType)
  organization(@Root() user: UserType, @Ctx() ctx: Context): Promise<OrganizationType> {
    return referencedOrganization(ctx, user.organizationId);
  }

  @FieldResolver(() => UserType, { nullable: true, description: "The user's sales manager." })
  manager(@Root() user: UserType, @Ctx() ctx: Context): Promise<UserType | null> {
    return referencedUser(ctx, user.managerId);
  }
}
