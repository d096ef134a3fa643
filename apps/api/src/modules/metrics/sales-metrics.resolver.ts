import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Requires } from "../../auth/access";
import { requireViewer } from "../../auth/viewer";
import { notFound } from "../../common/errors";
import { AGGREGATE_COST } from "../../common/limits";
import { resolvePeriodArg } from "../../common/period";
import type { Context } from "../../context";
import { referencedUser } from "../users/user.loaders";
import { UserType } from "../users/user.types";
import { SalesMetricsService, type SalesScope } from "./sales-metrics.service";
import {
  PipelinePoint,
  SalesMetrics,
  SalesMetricsInput,
  SalesPipeline,
  SalesQuota,
  SalesWinLoss,
} from "./sales-metrics.types";

/** SalesMetrics as resolved: the scope its figure fields count. */
type SalesMetricsRoot = SalesMetrics & { salesScope: SalesScope };

/** The partner roles' dashboards: each figure one statement over the viewer's sales scope. */
@Resolver(() => SalesMetrics)
export class SalesMetricsResolver {
  @Requires("metrics:own")
  @Query(() => SalesMetrics, {
    description:
      "Your sales figures for a period: a seller's own, a sales manager's team (with their direct reports), sales operations' organization — or one person of your team (sellerId). Each figure field is one statement.",
  })
  async salesMetrics(
    @Arg("input", () => SalesMetricsInput) input: SalesMetricsInput,
    @Ctx() ctx: Context,
  ): Promise<SalesMetricsRoot> {
    const range = resolvePeriodArg(input.period, "input.period")!;
    const found = await new SalesMetricsService(ctx).scope(
      requireViewer(ctx),
      range,
      input.sellerId ?? null,
    );
    if (!found) throw notFound("That person");
    return Object.assign(new SalesMetrics(), {
      scope: found.scope.kind,
      seller: found.seller,
      from: range.from,
      to: range.to,
      salesScope: found.scope,
    });
  }

  @FieldResolver(() => UserType, { nullable: true })
  seller(@Root() root: SalesMetricsRoot, @Ctx() ctx: Context): Promise<UserType | null> {
    if (root.seller) return Promise.resolve(root.seller);
    return referencedUser(ctx, root.salesScope.sellerId);
  }

  @FieldResolver(() => SalesPipeline, { complexity: AGGREGATE_COST })
  pipeline(@Root() root: SalesMetricsRoot, @Ctx() ctx: Context): Promise<SalesPipeline> {
    return new SalesMetricsService(ctx).pipeline(root.salesScope);
  }

  @FieldResolver(() => SalesWinLoss, { complexity: AGGREGATE_COST })
  winLoss(@Root() root: SalesMetricsRoot, @Ctx() ctx: Context): Promise<SalesWinLoss> {
    return new SalesMetricsService(ctx).winLoss(root.salesScope);
  }

  @FieldResolver(() => SalesQuota, { complexity: AGGREGATE_COST })
  quota(@Root() root: SalesMetricsRoot, @Ctx() ctx: Context): Promise<SalesQuota> {
    return new SalesMetricsService(ctx).quota(root.salesScope);
  }

  @FieldResolver(() => [PipelinePoint], {
    complexity: AGGREGATE_COST,
    description:
      "PIPELINE_TREND: the open pipeline expected to close in the period at the end of each week of it up to now, and now.",
  })
  trend(@Root() root: SalesMetricsRoot, @Ctx() ctx: Context): Promise<PipelinePoint[]> {
    return new SalesMetricsService(ctx).trend(root.salesScope);
  }
}
