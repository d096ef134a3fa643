import { Requires } from "../../auth/access";
import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { requireViewer } from "../../auth/viewer";
import type { Context } from "../../context";
import { TerritoryService } from "./territory.service";
import { TerritoryType } from "./territory.types";

@Resolver(() => TerritoryType)
export class TerritoryResolver {
  @Requires("territory:read")
  @Query(() => [TerritoryType], {
    description:
      "A partner organization's territories as a tree (parent before child, then by name): a partner user's own organization, or for the vendor side the given partner if they see it. Anything else: an empty list.",
  })
  territories(
    @Arg("organizationId", () => ID, {
      nullable: true,
      description: "The partner organization (vendor side); partner users may omit it.",
    })
    organizationId: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<TerritoryType[]> {
    return new TerritoryService(ctx).list(requireViewer(ctx), organizationId);
  }
}
