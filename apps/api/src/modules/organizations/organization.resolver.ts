import { Requires } from "../../auth/access";
import { Args, ArgsType, Ctx, Field, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { MaxLength } from "class-validator";
import { requireViewer } from "../../auth/viewer";
import { PageArgs } from "../../common/pagination";
import type { Context } from "../../context";
import { UserType } from "../users/user.types";
import { OrganizationService } from "./organization.service";
import { OrganizationConnection, OrganizationType } from "./organization.types";

@ArgsType()
class PartnersArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "Part of the partner's name." })
  @MaxLength(200)
  search?: string | null;
}

@Resolver(() => OrganizationType)
export class OrganizationResolver {
  @Requires("partner:read")
  @Query(() => OrganizationConnection, {
    description:
      "Partner organizations: a channel manager's assigned partners, or all for a vendor admin.",
  })
  partners(@Args(() => PartnersArgs) args: PartnersArgs, @Ctx() ctx: Context) {
    return new OrganizationService(ctx).partners(requireViewer(ctx), args);
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
}
