import { Requires } from "../../auth/access";
import { Max, Min } from "class-validator";
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Int,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { requireViewer } from "../../auth/viewer";
import { notFound } from "../../common/errors";
import { PageArgs } from "../../common/pagination";
import { AGGREGATE_COST } from "../../common/limits";
import { PeriodInput, resolvePeriodArg } from "../../common/period";
import { selects } from "../../common/selection";
import type { Context } from "../../context";
import { TeamArgs } from "../users/team-args";
import { DealType } from "../deals/deal.types";
import { DealReadService } from "../deals/deal-reads.service";
import { MetricsService } from "./metrics.service";
import {
  PartnerDetail,
  PartnerPerformanceConnection,
  PartnerPerformanceOrder,
  PartnerPipelineRow,
  PartnerWinLossRow,
  PartnerWonRow,
  SellerPerformance,
} from "./metrics.types";

@ArgsType()
class PartnerPerformanceArgs extends PageArgs {
  @Field(() => PeriodInput)
  period: PeriodInput;

  @Field(() => PartnerPerformanceOrder, {
    defaultValue: { field: "WON_AMOUNT", direction: "DESC" },
  })
  orderBy: PartnerPerformanceOrder;
}

export const MAX_LEADERBOARD_LIMIT = 100;
export const MAX_RECENT_DEALS = 20;
const LEADERBOARD_LIMIT_MESSAGE = `limit must be between 1 and ${MAX_LEADERBOARD_LIMIT}.`;
const RECENT_DEALS_LIMIT_MESSAGE = `limit must be between 1 and ${MAX_RECENT_DEALS}.`;

@ArgsType()
class PartnerLeaderboardArgs {
  @Field(() => PeriodInput)
  period: PeriodInput;

  @Field(() => Int, { defaultValue: 10, description: `1 to ${MAX_LEADERBOARD_LIMIT}.` })
  @Min(1, { message: LEADERBOARD_LIMIT_MESSAGE })
  @Max(MAX_LEADERBOARD_LIMIT, { message: LEADERBOARD_LIMIT_MESSAGE })
  limit: number;
}

@ArgsType()
class PipelineByPartnerArgs {
  @Field(() => PeriodInput)
  period: PeriodInput;

  @Field(() => Int, {
    defaultValue: 10,
    description: `How many partners get a row of their own: 1 to ${MAX_LEADERBOARD_LIMIT}.`,
  })
  @Min(1, { message: LEADERBOARD_LIMIT_MESSAGE })
  @Max(MAX_LEADERBOARD_LIMIT, { message: LEADERBOARD_LIMIT_MESSAGE })
  limit: number;
}

@ArgsType()
class PartnerWinLossArgs {
  @Field(() => PeriodInput)
  period: PeriodInput;

  @Field(() => Int, {
    nullable: true,
    description: `How many partners get a row of their own: 1 to ${MAX_LEADERBOARD_LIMIT}. Without it, every partner has one.`,
  })
  @Min(1, { message: LEADERBOARD_LIMIT_MESSAGE })
  @Max(MAX_LEADERBOARD_LIMIT, { message: LEADERBOARD_LIMIT_MESSAGE })
  limit?: number | null;
}

@ArgsType()
class RecentDealsArgs {
  @Field(() => Int, { defaultValue: 5, description: `1 to ${MAX_RECENT_DEALS}.` })
  @Min(1, { message: RECENT_DEALS_LIMIT_MESSAGE })
  @Max(MAX_RECENT_DEALS, { message: RECENT_DEALS_LIMIT_MESSAGE })
  limit: number;
}

/** The channel manager's partner metrics: their assigned partners (the vendor admin: all). */
@Resolver()
export class MetricsResolver {
  @Requires("metrics:partner")
  @Query(() => [PartnerWonRow], {
    complexity: AGGREGATE_COST,
    description:
      "Partners you oversee ranked by won amount in the period (closed won, by close date), then name; partners without wins follow with zero.",
  })
  partnerLeaderboard(
    @Args(() => PartnerLeaderboardArgs) { period, limit }: PartnerLeaderboardArgs,
    @Ctx() ctx: Context,
  ): Promise<PartnerWonRow[]> {
    const range = resolvePeriodArg(period, "period")!;
    return new MetricsService(ctx).partnerLeaderboard(requireViewer(ctx), range, limit);
  }

  @Requires("metrics:partner")
  @Query(() => [PartnerPipelineRow], {
    complexity: AGGREGATE_COST,
    description:
      "Open pipeline of the partners you oversee: open opportunities with expected close date in the period, by stage. The `limit` partners with the most open pipeline (then by name), largest first; then, if you oversee more, one row (partner null) summing all the others, with otherPartnerCount saying how many.",
  })
  pipelineByPartner(
    @Args(() => PipelineByPartnerArgs) { period, limit }: PipelineByPartnerArgs,
    @Ctx() ctx: Context,
  ): Promise<PartnerPipelineRow[]> {
    const range = resolvePeriodArg(period, "period")!;
    return new MetricsService(ctx).pipelineByPartner(requireViewer(ctx), range, limit);
  }

  @Requires("metrics:partner")
  @Query(() => [PartnerWinLossRow], {
    complexity: AGGREGATE_COST,
    description:
      "Won and lost opportunities (by close date in the period) and win rates of the partners you oversee. Without `limit`, every partner, by name. With it, the `limit` partners that closed the most (won + lost; then by name), most first; then, if you oversee more, one row (partner null) summing all the others, with otherPartnerCount saying how many.",
  })
  partnerWinLoss(
    @Args(() => PartnerWinLossArgs) { period, limit }: PartnerWinLossArgs,
    @Ctx() ctx: Context,
  ): Promise<PartnerWinLossRow[]> {
    const range = resolvePeriodArg(period, "period")!;
    return new MetricsService(ctx).partnerWinLoss(requireViewer(ctx), range, limit ?? null);
  }

  @Requires("metrics:partner")
  @Query(() => PartnerPerformanceConnection, {
    complexity: AGGREGATE_COST,
    description:
      "The partners list: every partner you oversee with its won, lost, open and quota figures in the period.",
  })
  partnerPerformance(
    @Args(() => PartnerPerformanceArgs) args: PartnerPerformanceArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const range = resolvePeriodArg(args.period, "period")!;
    return new MetricsService(ctx).partnerPerformance(requireViewer(ctx), range, args, {
      stages: selects(info, ["edges", "node", "byStage"]),
    });
  }

  @Requires("metrics:partner")
  @Query(() => PartnerDetail, {
    complexity: AGGREGATE_COST,
    description:
      "One partner you oversee, for its dashboard page: figures, pipeline by stage, top sellers and recent deals. NOT_FOUND for a partner you do not oversee.",
  })
  async partner(
    @Arg("id", () => ID) id: string,
    @Arg("period", () => PeriodInput) period: PeriodInput,
    @Ctx() ctx: Context,
  ): Promise<PartnerDetail> {
    const range = resolvePeriodArg(period, "period")!;
    const detail = await new MetricsService(ctx).partnerDetail(requireViewer(ctx), range, id);
    if (!detail) throw notFound("Partner");
    return detail;
  }
}

@Resolver(() => PartnerDetail)
export class PartnerDetailResolver {
  @FieldResolver(() => [DealType], {
    description: "Its most recently created deal registrations you can see.",
  })
  async recentDeals(
    @Root() detail: PartnerDetail,
    @Args(() => RecentDealsArgs) { limit }: RecentDealsArgs,
    @Ctx() ctx: Context,
  ): Promise<DealType[]> {
    return new DealReadService(ctx).recentDeals(requireViewer(ctx), detail.partner.id, limit);
  }
}

/** Team figures: a sales manager's team, a partner's sales operations' organization. */
@Resolver()
export class TeamMetricsResolver {
  @Requires("metrics:team")
  @Query(() => [SellerPerformance], {
    complexity: AGGREGATE_COST,
    description:
      "Per person of your team (a sales manager: yourself and your direct reports; sales operations: your organization; the vendor side: the given partner's people), highest won amount first.",
  })
  teamPerformance(
    @Args(() => TeamArgs) { period, partnerId }: TeamArgs,
    @Ctx() ctx: Context,
  ): Promise<SellerPerformance[]> {
    const range = resolvePeriodArg(period, "period")!;
    return new MetricsService(ctx).teamPerformance(requireViewer(ctx), range, partnerId ?? null);
  }
}
