import { Args, Ctx, Query, Resolver } from "type-graphql";
import { Requires } from "../../auth/access";
import { requireViewer } from "../../auth/viewer";
import { AGGREGATE_COST } from "../../common/limits";
import { resolvePeriodArg } from "../../common/period";
import type { Context } from "../../context";
import { TeamArgs } from "../users/team-args";
import { ActivityStatsService } from "./activity-stats.service";
import { SellerActivity } from "./activity-stats.types";

@Resolver()
export class ActivityStatsResolver {
  @Requires("metrics:team")
  @Query(() => [SellerActivity], {
    complexity: AGGREGATE_COST,
    description:
      "Activity figures per person of your team (a sales manager: yourself and your direct reports; sales operations: your organization; the vendor side: the given partner's people), by name; people without activities with zeros.",
  })
  teamActivity(
    @Args(() => TeamArgs) { period, partnerId }: TeamArgs,
    @Ctx() ctx: Context,
  ): Promise<SellerActivity[]> {
    const range = resolvePeriodArg(period, "period")!;
    return new ActivityStatsService(ctx).teamActivity(requireViewer(ctx), range, partnerId ?? null);
  }
}
