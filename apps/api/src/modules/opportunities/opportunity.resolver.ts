import {
  OPEN_STAGES,
  OPPORTUNITY_OPERATION_PERMISSIONS,
  opportunityActions,
  weightedAmount,
  type OpportunityAction,
} from "@prm/domain";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { ComplexityEstimatorArgs } from "graphql-query-complexity";
import { Requires } from "../../auth/access";
import { requireViewer } from "../../auth/viewer";
import { AGGREGATE_COST } from "../../common/limits";
import type { Connection } from "../../common/pagination";
import type { Context } from "../../context";
import { dealLoaders } from "../deals/deal.loaders";
import { DealType } from "../deals/deal.types";
import { referencedOrganization } from "../organizations/organization.loaders";
import { OrganizationType } from "../organizations/organization.types";
import { referencedUser } from "../users/user.loaders";
import { UserType } from "../users/user.types";
import { OpportunityReadService } from "./opportunity-reads.service";
import { OpportunityWorkflowService } from "./opportunity-workflow.service";
import {
  MoveOpportunityStageInput,
  OpportunitiesArgs,
  OpportunityBoardArgs,
  ReassignOpportunityInput,
  ReopenOpportunityInput,
  UpdateOpportunityInput,
} from "./opportunity.inputs";
import { opportunityLoaders } from "./opportunity.loaders";
import {
  OpportunityActionEnum,
  OpportunityBoard,
  OpportunityConnection,
  OpportunityStageChangeType,
  OpportunityType,
} from "./opportunity.types";

/** The board costs its aggregates, plus up to perStage opportunities in each open stage. */
const boardComplexity = ({ args, childComplexity }: ComplexityEstimatorArgs) =>
  AGGREGATE_COST + OPEN_STAGES.length * Number(args.perStage ?? 50) * Math.max(1, childComplexity);

@Resolver(() => OpportunityType)
export class OpportunityResolver {
  @Requires("opportunity:read")
  @Query(() => OpportunityConnection, {
    description:
      "Opportunities you can see (same scope as deals): your own (seller), your team's (sales manager), your organization's (sales operations), your assigned partners' (channel manager), or all (vendor admin). By close date, soonest first, unless ordered otherwise.",
  })
  opportunities(
    @Args(() => OpportunitiesArgs) args: OpportunitiesArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<OpportunityType>> {
    return new OpportunityReadService(ctx).opportunities(requireViewer(ctx), args);
  }

  @Requires("opportunity:read")
  @Query(() => OpportunityBoard, {
    complexity: boardComplexity,
    description:
      "The open opportunities you can see, by stage: each open stage's count and amounts, and its first perStage opportunities by expected close date.",
  })
  opportunityBoard(
    @Args(() => OpportunityBoardArgs) args: OpportunityBoardArgs,
    @Ctx() ctx: Context,
  ): Promise<OpportunityBoard> {
    return new OpportunityReadService(ctx).board(requireViewer(ctx), args);
  }

  @Requires("opportunity:read")
  @Query(() => OpportunityType, {
    nullable: true,
    description: "An opportunity you can see (same scope as deals), or null.",
  })
  opportunity(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: Context,
  ): Promise<OpportunityType | null> {
    return new OpportunityReadService(ctx).opportunity(requireViewer(ctx), id);
  }

  @Requires(OPPORTUNITY_OPERATION_PERMISSIONS.EDIT)
  @Mutation(() => OpportunityType, {
    description:
      "Edits an open opportunity you work on (yours, your team's, your organization's) at the version you saw: CONFLICT, and nothing changed, if someone changed it since.",
  })
  updateOpportunity(
    @Arg("input", () => UpdateOpportunityInput) input: UpdateOpportunityInput,
    @Ctx() ctx: Context,
  ): Promise<OpportunityType> {
    return new OpportunityWorkflowService(ctx).update(requireViewer(ctx), input);
  }

  @Requires(OPPORTUNITY_OPERATION_PERMISSIONS.MOVE_STAGE)
  @Mutation(() => OpportunityType, {
    description:
      "Moves an open opportunity to another stage (with the stage's probability) and records the move in its stage history. Closing sets closedAt; closing as lost needs a lossReason.",
  })
  moveOpportunityStage(
    @Arg("input", () => MoveOpportunityStageInput) input: MoveOpportunityStageInput,
    @Ctx() ctx: Context,
  ): Promise<OpportunityType> {
    return new OpportunityWorkflowService(ctx).moveStage(requireViewer(ctx), input);
  }

  @Requires(OPPORTUNITY_OPERATION_PERMISSIONS.REOPEN)
  @Mutation(() => OpportunityType, {
    description:
      "Reopens a won or lost opportunity in an open stage, with the reason: sales managers (their team's) and sales operations.",
  })
  reopenOpportunity(
    @Arg("input", () => ReopenOpportunityInput) input: ReopenOpportunityInput,
    @Ctx() ctx: Context,
  ): Promise<OpportunityType> {
    return new OpportunityWorkflowService(ctx).reopen(requireViewer(ctx), input);
  }

  @Requires(OPPORTUNITY_OPERATION_PERMISSIONS.REASSIGN)
  @Mutation(() => OpportunityType, {
    description:
      "Gives an open opportunity to another owner within your team (sales manager) or organization (sales operations); the new owner is notified.",
  })
  reassignOpportunity(
    @Arg("input", () => ReassignOpportunityInput) input: ReassignOpportunityInput,
    @Ctx() ctx: Context,
  ): Promise<OpportunityType> {
    return new OpportunityWorkflowService(ctx).reassign(requireViewer(ctx), input);
  }

  @FieldResolver(() => OrganizationType)
  partner(@Root() o: OpportunityType, @Ctx() ctx: Context): Promise<OrganizationType> {
    return referencedOrganization(ctx, o.partnerId);
  }

  @FieldResolver(() => UserType)
  async owner(@Root() o: OpportunityType, @Ctx() ctx: Context): Promise<UserType> {
    const owner = await referencedUser(ctx, o.ownerId);
    if (!owner) throw new Error(`Opportunity ${o.id} has no owner`);
    return owner;
  }

  @FieldResolver(() => DealType, {
    nullable: true,
    description: "The registration it came from.",
  })
  deal(@Root() o: OpportunityType, @Ctx() ctx: Context): Promise<DealType | null> | null {
    return o.dealId ? dealLoaders(ctx).byId.load(o.dealId) : null;
  }

  @FieldResolver(() => String, {
    description:
      'amount × probability / 100, rounded to the cent: what it weighs in the pipeline; a decimal string, e.g. "617.25".',
  })
  weightedAmount(@Root() o: OpportunityType): string {
    return weightedAmount(o.amount, o.probability);
  }

  @FieldResolver(() => [OpportunityStageChangeType], {
    description: "Its stage moves, oldest first: the first stage (from null), then each move.",
  })
  stageHistory(
    @Root() o: OpportunityType,
    @Ctx() ctx: Context,
  ): Promise<OpportunityStageChangeType[]> {
    return opportunityLoaders(ctx).stageHistory.load(o.id);
  }

  @FieldResolver(() => [OpportunityActionEnum], {
    description:
      "What you may do to it now (the mutations that would not answer FORBIDDEN or CONFLICT for its stage).",
  })
  allowedActions(@Root() o: OpportunityType, @Ctx() ctx: Context): OpportunityAction[] {
    return opportunityActions(o.stage, requireViewer(ctx).role);
  }
}

@Resolver(() => OpportunityStageChangeType)
export class OpportunityStageChangeResolver {
  @FieldResolver(() => UserType, {
    nullable: true,
    description: "Who moved it; null when unknown (a removed user).",
  })
  changedBy(
    @Root() change: OpportunityStageChangeType,
    @Ctx() ctx: Context,
  ): Promise<UserType | null> {
    return referencedUser(ctx, change.changedById);
  }
}
