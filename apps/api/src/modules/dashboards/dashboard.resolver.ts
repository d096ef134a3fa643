import { Requires } from "../../auth/access";
import type { Portal } from "@prm/domain";
import { Arg, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { requireViewer } from "../../auth/viewer";
import type { Context } from "../../context";
import { SaveDashboardInput } from "./dashboard.inputs";
import { DashboardService } from "./dashboard.service";
import { Dashboard, PortalEnum, WidgetDefinition } from "./dashboard.types";

@Resolver()
export class DashboardResolver {
  @Requires("dashboard:edit")
  @Query(() => [WidgetDefinition], { description: "The widgets your role may place." })
  widgetCatalog(@Ctx() ctx: Context): WidgetDefinition[] {
    return new DashboardService(ctx).catalog(requireViewer(ctx));
  }

  @Requires("dashboard:edit")
  @Query(() => Dashboard, {
    description: "Your saved dashboard for your own portal, or your role's default.",
  })
  dashboard(
    @Arg("portal", () => PortalEnum) portal: Portal,
    @Ctx() ctx: Context,
  ): Promise<Dashboard> {
    return new DashboardService(ctx).dashboard(requireViewer(ctx), portal);
  }

  @Requires("dashboard:edit")
  @Mutation(() => Dashboard, { description: "Saves your layout for your own portal." })
  saveDashboard(
    @Arg("input", () => SaveDashboardInput) input: SaveDashboardInput,
    @Ctx() ctx: Context,
  ): Promise<Dashboard> {
    return new DashboardService(ctx).save(requireViewer(ctx), input);
  }

  @Requires("dashboard:edit")
  @Mutation(() => Dashboard, {
    description: "Forgets your saved layout for your own portal and returns the default.",
  })
  resetDashboard(
    @Arg("portal", () => PortalEnum) portal: Portal,
    @Ctx() ctx: Context,
  ): Promise<Dashboard> {
    return new DashboardService(ctx).reset(requireViewer(ctx), portal);
  }
}
