import { NullUnless, Requires } from "../../auth/access";
import {
  allowedActions,
  DEAL_OPERATION_PERMISSIONS,
  businessMillisBetween,
  canEditDeal,
  canExtendProtection,
  isOverSla,
  type DealAction,
} from "@prm/domain";
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  Float,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { requireViewer } from "../../auth/viewer";
import { AGGREGATE_COST } from "../../common/limits";
import { PeriodInput, resolvePeriodArg } from "../../common/period";
import type { Connection } from "../../common/pagination";
import type { Context } from "../../context";
import { opportunityByDealLoader } from "../opportunities/opportunity.loaders";
import { OpportunityType } from "../opportunities/opportunity.types";
import { referencedOrganization } from "../organizations/organization.loaders";
import { OrganizationType } from "../organizations/organization.types";
import { referencedUser } from "../users/user.loaders";
import { UserType } from "../users/user.types";
import {
  ApproveDealInput,
  CheckDealConflictsInput,
  DealsArgs,
  DecideDealInput,
  ExtendDealProtectionInput,
  RegisterDealInput,
  UpdateDealInput,
} from "./deal.inputs";
import { approvalTimeStats } from "./deal-metrics";
import { dealLoaders } from "./deal.loaders";
import { DealReadService } from "./deal-reads.service";
import { DealWorkflowService } from "./deal-workflow.service";
import {
  ApprovalTimeStats,
  DealActionEnum,
  DealConflict,
  DealConflictCheck,
  DealConnection,
  DealEvent,
  DealStatusCount,
  DealType,
} from "./deal.types";
import { territoryDetailsLoader } from "../territories/territory.service";
import { TerritoryType } from "../territories/territory.types";

@Resolver(() => DealType)
export class DealResolver {
  @Requires("deal:read")
  @Query(() => DealConnection, {
    description:
      "Deal registrations you can see: your own (seller), your team's (sales manager), your organization's (sales operations), your assigned partners' (channel manager), or all (vendor admin).",
  })
  deals(
    @Args(() => DealsArgs) args: DealsArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<DealType>> {
    return new DealReadService(ctx).deals(requireViewer(ctx), args);
  }

  @Requires("deal:read")
  @Query(() => DealType, { nullable: true, description: "A deal you can see, or null." })
  deal(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<DealType | null> {
    return new DealReadService(ctx).deal(requireViewer(ctx), id);
  }

  @Requires("deal:read")
  @Query(() => [DealStatusCount], {
    complexity: AGGREGATE_COST,
    description:
      "For every status, the number and estimated amount of the deals you can see that were created in the period (all time without one).",
  })
  dealStatusCounts(
    @Arg("period", () => PeriodInput, { nullable: true }) period: PeriodInput | null,
    @Ctx() ctx: Context,
  ): Promise<DealStatusCount[]> {
    return new DealReadService(ctx).statusCounts(
      requireViewer(ctx),
      resolvePeriodArg(period, "period"),
    );
  }

  @Requires("deal:decide")
  @Query(() => ApprovalTimeStats, {
    complexity: AGGREGATE_COST,
    description:
      "Median and p90 calendar time from submission to decision of the deals you can see that were decided (approved, returned or rejected) in the period (all time without one). Channel managers and admins.",
  })
  approvalTime(
    @Arg("period", () => PeriodInput, { nullable: true }) period: PeriodInput | null,
    @Ctx() ctx: Context,
  ): Promise<ApprovalTimeStats> {
    return approvalTimeStats(ctx, requireViewer(ctx), resolvePeriodArg(period, "period"));
  }

  @Requires("deal:read")
  @Query(() => DealConflictCheck, {
    complexity: AGGREGATE_COST,
    description:
      "Whether another partner already claims this customer (same domain or a similar name). Partner users learn only whether and until when.",
  })
  checkDealConflicts(
    @Arg("input", () => CheckDealConflictsInput) input: CheckDealConflictsInput,
    @Ctx() ctx: Context,
  ): Promise<DealConflictCheck> {
    return new DealReadService(ctx).checkConflicts(requireViewer(ctx), input);
  }

  @Requires(DEAL_OPERATION_PERMISSIONS.REGISTER)
  @Mutation(() => DealType, {
    description: "Registers a deal as a draft, or submitted at once with submit: true.",
  })
  registerDeal(
    @Arg("input", () => RegisterDealInput) input: RegisterDealInput,
    @Ctx() ctx: Context,
  ): Promise<DealType> {
    return new DealWorkflowService(ctx).register(requireViewer(ctx), input);
  }

  @Requires(DEAL_OPERATION_PERMISSIONS.EDIT)
  @Mutation(() => DealType, { description: "Edits a DRAFT or RETURNED deal." })
  updateDeal(
    @Arg("input", () => UpdateDealInput) input: UpdateDealInput,
    @Ctx() ctx: Context,
  ): Promise<DealType> {
    return new DealWorkflowService(ctx).update(requireViewer(ctx), input);
  }

  @Requires(DEAL_OPERATION_PERMISSIONS.SUBMIT)
  @Mutation(() => DealType, { description: "Submits a DRAFT or RETURNED deal for approval." })
  submitDeal(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<DealType> {
    return new DealWorkflowService(ctx).submit(requireViewer(ctx), id);
  }

  @Requires(DEAL_OPERATION_PERMISSIONS.WITHDRAW)
  @Mutation(() => DealType, { description: "Withdraws a DRAFT, SUBMITTED or RETURNED deal." })
  withdrawDeal(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<DealType> {
    return new DealWorkflowService(ctx).withdraw(requireViewer(ctx), id);
  }

  @Requires(DEAL_OPERATION_PERMISSIONS.APPROVE)
  @Mutation(() => DealType, {
    description:
      "Approves a SUBMITTED deal: creates the partner's opportunity and starts the protection period.",
  })
  approveDeal(
    @Arg("input", () => ApproveDealInput) input: ApproveDealInput,
    @Ctx() ctx: Context,
  ): Promise<DealType> {
    return new DealWorkflowService(ctx).approve(requireViewer(ctx), input);
  }

  @Requires(DEAL_OPERATION_PERMISSIONS.RETURN)
  @Mutation(() => DealType, { description: "Returns a SUBMITTED deal to the partner for changes." })
  returnDeal(
    @Arg("input", () => DecideDealInput) input: DecideDealInput,
    @Ctx() ctx: Context,
  ): Promise<DealType> {
    return new DealWorkflowService(ctx).returnDeal(requireViewer(ctx), input);
  }

  @Requires(DEAL_OPERATION_PERMISSIONS.REJECT)
  @Mutation(() => DealType, { description: "Rejects a SUBMITTED deal." })
  rejectDeal(
    @Arg("input", () => DecideDealInput) input: DecideDealInput,
    @Ctx() ctx: Context,
  ): Promise<DealType> {
    return new DealWorkflowService(ctx).reject(requireViewer(ctx), input);
  }

  @Requires(DEAL_OPERATION_PERMISSIONS.EXTEND_PROTECTION)
  @Mutation(() => DealType, { description: "Extends an APPROVED deal's protection period." })
  extendDealProtection(
    @Arg("input", () => ExtendDealProtectionInput) input: ExtendDealProtectionInput,
    @Ctx() ctx: Context,
  ): Promise<DealType> {
    return new DealWorkflowService(ctx).extendProtection(requireViewer(ctx), input);
  }

  @FieldResolver(() => OrganizationType, { description: "The partner that registered the deal." })
  partner(@Root() deal: DealType, @Ctx() ctx: Context): Promise<OrganizationType> {
    return referencedOrganization(ctx, deal.partnerId);
  }

  @FieldResolver(() => UserType, { description: "The partner user who owns the deal." })
  async owner(@Root() deal: DealType, @Ctx() ctx: Context): Promise<UserType> {
    const owner = await referencedUser(ctx, deal.ownerId);
    if (!owner) throw new Error(`Deal ${deal.id} has no owner`);
    return owner;
  }

  @FieldResolver(() => UserType, { nullable: true, description: "Who last decided it." })
  decidedBy(@Root() deal: DealType, @Ctx() ctx: Context): Promise<UserType | null> {
    return referencedUser(ctx, deal.decidedById);
  }

  @FieldResolver(() => TerritoryType, { nullable: true })
  territory(@Root() deal: DealType, @Ctx() ctx: Context): Promise<TerritoryType | null> | null {
    return deal.territoryId ? territoryDetailsLoader(ctx).load(deal.territoryId) : null;
  }

  @FieldResolver(() => OpportunityType, {
    nullable: true,
    description: "The opportunity its approval created.",
  })
  opportunity(@Root() deal: DealType, @Ctx() ctx: Context): Promise<OpportunityType | null> {
    return opportunityByDealLoader(ctx).load(deal.id);
  }

  @FieldResolver(() => [DealEvent], { description: "The audit trail, oldest first." })
  history(@Root() deal: DealType, @Ctx() ctx: Context): Promise<DealEvent[]> {
    return dealLoaders(ctx).history.load(deal.id);
  }

  @NullUnless("deal:conflicts:read")
  @FieldResolver(() => [DealConflict], {
    nullable: true,
    description:
      "Other partners' active registrations and opportunities for the same customer: channel managers and admins only, null for partner users.",
  })
  conflicts(@Root() deal: DealType, @Ctx() ctx: Context): Promise<DealConflict[]> {
    return dealLoaders(ctx).conflicts.load(deal.id);
  }

  @NullUnless("deal:conflicts:read")
  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Why it was approved over another protected claim on the customer: channel managers and admins only.",
  })
  overrideReason(@Root() deal: DealType): string | null {
    return deal.storedOverrideReason;
  }

  @FieldResolver(() => [DealActionEnum], {
    description: "The transitions you may take on this deal now.",
  })
  allowedActions(@Root() deal: DealType, @Ctx() ctx: Context): DealAction[] {
    return allowedActions(deal.status, requireViewer(ctx).role);
  }

  @FieldResolver(() => Boolean, { description: "Whether you may edit it now (updateDeal)." })
  canEdit(@Root() deal: DealType, @Ctx() ctx: Context): boolean {
    return canEditDeal(deal.status, requireViewer(ctx).role);
  }

  @FieldResolver(() => Boolean, {
    description: "Whether you may extend its protection now (extendDealProtection).",
  })
  canExtendProtection(@Root() deal: DealType, @Ctx() ctx: Context): boolean {
    return canExtendProtection(deal.status, requireViewer(ctx).role);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "While SUBMITTED: business hours (Mon–Fri, UTC) since submission, counted like the approval SLA.",
  })
  timeInQueueHours(@Root() deal: DealType): number | null {
    const since = deal.status === "SUBMITTED" ? deal.submittedAt : null;
    return since ? businessMillisBetween(since, new Date()) / 3_600_000 : null;
  }

  @FieldResolver(() => Boolean, {
    description: "SUBMITTED and waiting longer than the approval SLA (in business days).",
  })
  overSla(@Root() deal: DealType, @Ctx() ctx: Context): boolean {
    const since = deal.status === "SUBMITTED" ? deal.submittedAt : null;
    return since ? isOverSla(since, new Date(), ctx.config.approvalSlaBusinessDays) : false;
  }
}

@Resolver(() => DealEvent)
export class DealEventResolver {
  @FieldResolver(() => UserType, {
    nullable: true,
    description: "Who did it; null for the system.",
  })
  actor(@Root() event: DealEvent, @Ctx() ctx: Context): Promise<UserType | null> {
    return referencedUser(ctx, event.actorId);
  }
}

@Resolver(() => DealConflict)
export class DealConflictResolver {
  @FieldResolver(() => OrganizationType)
  partner(@Root() c: DealConflict): OrganizationType {
    return c.partner;
  }

  @FieldResolver(() => UserType, { nullable: true })
  owner(@Root() c: DealConflict, @Ctx() ctx: Context): Promise<UserType | null> {
    return referencedUser(ctx, c.ownerId);
  }
}
