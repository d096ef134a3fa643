import { TERRITORY_PIPELINE_DEFINITION } from "@prm/domain";
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Requires } from "../../auth/access";
import { requireViewer } from "../../auth/viewer";
import type { Context } from "../../context";
import { userLoader } from "../users/user.loaders";
import { UserType } from "../users/user.types";
import { TerritoryAdminService } from "./territory-admin.service";
import {
  CreateTerritoryInput,
  SetTerritoryUsersInput,
  UpdateTerritoryInput,
} from "./territory.inputs";
import { TerritoryService, territoryFiguresLoader } from "./territory.service";
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

  @Requires("territory:manage")
  @Mutation(() => TerritoryType, {
    description:
      "Adds a territory to your organization, at the top level or under one of its territories. Sibling territories have different names (CONFLICT).",
  })
  createTerritory(
    @Arg("input", () => CreateTerritoryInput) input: CreateTerritoryInput,
    @Ctx() ctx: Context,
  ): Promise<TerritoryType> {
    return new TerritoryAdminService(ctx).create(requireViewer(ctx), input);
  }

  @Requires("territory:manage")
  @Mutation(() => TerritoryType, {
    description:
      "Renames a territory of your organization, or moves it (with everything under it) under another of its territories or to the top level. A move under itself or one of its own territories is refused (BAD_USER_INPUT on parentId) and changes nothing.",
  })
  updateTerritory(
    @Arg("input", () => UpdateTerritoryInput) input: UpdateTerritoryInput,
    @Ctx() ctx: Context,
  ): Promise<TerritoryType> {
    return new TerritoryAdminService(ctx).update(requireViewer(ctx), input);
  }

  @Requires("territory:manage")
  @Mutation(() => ID, {
    description:
      "Deletes a territory of your organization that has no child territories, assigned users or deals; otherwise CONFLICT saying what is left, and nothing changes. Returns its id.",
  })
  deleteTerritory(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<string> {
    return new TerritoryAdminService(ctx).delete(requireViewer(ctx), id);
  }

  @Requires("territory:manage")
  @Mutation(() => TerritoryType, {
    description:
      "Makes exactly these people of your organization the ones assigned to the territory (updateUser's territoryIds is the same assignment seen from a person).",
  })
  setTerritoryUsers(
    @Arg("input", () => SetTerritoryUsersInput) input: SetTerritoryUsersInput,
    @Ctx() ctx: Context,
  ): Promise<TerritoryType> {
    return new TerritoryAdminService(ctx).setUsers(requireViewer(ctx), input);
  }

  @FieldResolver(() => String, {
    description: `Open pipeline, a decimal string: ${TERRITORY_PIPELINE_DEFINITION} Only opportunities you can see count.`,
  })
  async openPipeline(@Root() territory: TerritoryType, @Ctx() ctx: Context): Promise<string> {
    return (await territoryFiguresLoader(ctx).load(territory.id)).openPipeline;
  }

  @FieldResolver(() => Int, { description: "How many opportunities openPipeline adds up." })
  async openOpportunityCount(
    @Root() territory: TerritoryType,
    @Ctx() ctx: Context,
  ): Promise<number> {
    return (await territoryFiguresLoader(ctx).load(territory.id)).openOpportunityCount;
  }

  @FieldResolver(() => Int, {
    description:
      "Deal registrations naming this territory itself (not those under it) that you can see.",
  })
  async dealCount(@Root() territory: TerritoryType, @Ctx() ctx: Context): Promise<number> {
    return (await territoryFiguresLoader(ctx).load(territory.id)).dealCount;
  }

  @FieldResolver(() => [UserType], {
    description: "The people assigned to this territory whom you can see, by name.",
  })
  async users(@Root() territory: TerritoryType, @Ctx() ctx: Context): Promise<UserType[]> {
    const { userIds } = await territoryFiguresLoader(ctx).load(territory.id);
    const users = await userLoader(ctx).loadMany(userIds);
    return users.flatMap((user) => (user && !(user instanceof Error) ? [UserType.from(user)] : []));
  }
}
