import { isVendorRole } from "@prm/domain";
import {
  Arg,
  Args,
  ArgsType,
  Authorized,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { requireViewer } from "../../auth/viewer";
import { badInput, notFound } from "../../common/errors";
import { PageArgs } from "../../common/pagination";
import { isUuid } from "../../common/uuid";
import { PeriodInput, resolvePeriodArg } from "../../common/period";
import type { Context } from "../../context";
import { DealType } from "../deals/deal.types";
import { DealService } from "../deals/deal.service";
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

  @Query(() => PartnerPerformanceConnection, {
    description:
      "The partners list: every partner you oversee with its won, lost, open and quota figures in the period.",
  })
  partnerPerformance(
    @Args(() => PartnerPerformanceArgs) args: PartnerPerformanceArgs,
    @Ctx() ctx: Context,
  ) {
    const range = resolvePeriodArg(args.period, "period")!;
    return new MetricsService(ctx).partnerPerformance(requireViewer(ctx), range, args);
  }

  @Query(() => PartnerDetail, {
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
    @Arg("limit", () => Int, { defaultValue: 5, description: "1 to 20." }) limit: number,
    @Ctx() ctx: Context,
  ): Promise<DealType[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RECENT_DEALS) {
      throw badInput("limit", `limit must be between 1 and ${MAX_RECENT_DEALS}.`);
    }
    return new DealService(ctx).recentDeals(requireViewer(ctx), detail.partner.id, limit);
  }
}

/** Team figures: a sales manager's team, a partner's sales operations' organization. */
@Authorized("metrics:team")
@Resolver()
export class TeamMetricsResolver {
  @Query(() => [SellerPerformance], {
    description:
      "Per person of your team (a sales manager: yourself and your direct reports; sales operations: your organization; the vendor side: the given partner's people), highest won amount first.",
  })
  teamPerformance(
    @Arg("period", () => PeriodInput) period: PeriodInput,
    @Arg("partnerId", () => ID, {
      nullable: true,
      description:
        "Vendor side: required, a partner you oversee (another gives an empty list). Partner roles: omit it.",
    })
    partnerId: string | null,
    @Ctx() ctx: Context,
  ): Promise<SellerPerformance[]> {
    const range = resolvePeriodArg(period, "period")!;
    const viewer = requireViewer(ctx);
    if (isVendorRole(viewer.role) && !partnerId) {
      throw badInput("partnerId", "Choose the partner whose team to show.");
    }
    if (partnerId && !isUuid(partnerId)) {
      throw badInput("partnerId", "That is not a partner id; pick the partner from your list.");
    }
    return new MetricsService(ctx).teamPerformance(viewer, range, partnerId ?? null);
  }
}
