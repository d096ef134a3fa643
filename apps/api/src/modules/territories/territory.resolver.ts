import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { requireViewer } from "../../auth/viewer";
import type { Context } from "../../context";
import { TerritoryService } from "./territory.service";
import { TerritoryType } from "./territory.types";

@Resolver(() => TerritoryType)
export class TerritoryResolver {
  @Authorized("territory:read")
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

  @FieldResolver(() => ID, { nullable: true })
  async parentId(@Root() t: TerritoryType, @Ctx() ctx: Context): Promise<string | null> {
    if (t.parentId !== undefined) return t.parentId;
    return (await new TerritoryService(ctx).byId(ctx.viewer, t.id))?.parentId ?? null;
  }

  @FieldResolver(() => String, { description: 'From the root down, e.g. "EMEA › Germany".' })
  async path(@Root() t: TerritoryType, @Ctx() ctx: Context): Promise<string> {
    if (t.path !== undefined) return t.path;
    return (await new TerritoryService(ctx).byId(ctx.viewer, t.id))?.path ?? t.name;
  }

  @FieldResolver(() => Boolean, { description: "Whether the viewer is assigned to it." })
  async mine(@Root() t: TerritoryType, @Ctx() ctx: Context): Promise<boolean> {
    if (t.mine !== undefined) return t.mine;
    return (await new TerritoryService(ctx).byId(ctx.viewer, t.id))?.mine ?? false;
  }
}
