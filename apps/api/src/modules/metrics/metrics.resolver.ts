import { Arg, Authorized, Ctx, Int, Query, Resolver } from "type-graphql";
import { requireViewer } from "../../auth/viewer";
import { badInput } from "../../common/errors";
import { PeriodInput, resolvePeriodArg } from "../../common/period";
import type { Context } from "../../context";
import { MetricsService } from "./metrics.service";
import { PartnerPipelineRow, PartnerWinLossRow, PartnerWonRow } from "./metrics.types";

export const MAX_LEADERBOARD_LIMIT = 100;

/** The channel manager's partner metrics: their assigned partners (the vendor admin: all). */
@Authorized("metrics:partner")
@Resolver()
export class MetricsResolver {
  @Query(() => [PartnerWonRow], {
    description:
      "Partners you oversee ranked by won amount in the period (closed won, by close date), then name; partners without wins follow with zero.",
  })
  partnerLeaderboard(
    @Arg("period", () => PeriodInput) period: PeriodInput,
    @Arg("limit", () => Int, { defaultValue: 10, description: "1 to 100." }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<PartnerWonRow[]> {
    const range = resolvePeriodArg(period, "period")!;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LEADERBOARD_LIMIT) {
      throw badInput("limit", `limit must be between 1 and ${MAX_LEADERBOARD_LIMIT}.`);
    }
    return new MetricsService(ctx).partnerLeaderboard(requireViewer(ctx), range, limit);
  }

  @Query(() => [PartnerPipelineRow], {
    description:
      "Open pipeline of each partner you oversee: open opportunities with expected close date in the period, by stage; ordered by open amount, then name.",
  })
  pipelineByPartner(
    @Arg("period", () => PeriodInput) period: PeriodInput,
    @Ctx() ctx: Context,
  ): Promise<PartnerPipelineRow[]> {
    const range = resolvePeriodArg(period, "period")!;
    return new MetricsService(ctx).pipelineByPartner(requireViewer(ctx), range);
  }

  @Query(() => [PartnerWinLossRow], {
    description:
      "Won and lost opportunities (by close date in the period) and win rates of each partner you oversee, by name.",
  })
  partnerWinLoss(
    @Arg("period", () => PeriodInput) period: PeriodInput,
    @Ctx() ctx: Context,
  ): Promise<PartnerWinLossRow[]> {
    const range = resolvePeriodArg(period, "period")!;
    return new MetricsService(ctx).partnerWinLoss(requireViewer(ctx), range);
  }
}
