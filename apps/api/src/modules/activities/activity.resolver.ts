import { can, isOverdue, isTask } from "@prm/domain";
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Requires } from "../../auth/access";
import { requireViewer } from "../../auth/viewer";
import type { Connection } from "../../common/pagination";
import type { Context } from "../../context";
import { NestedListArgs } from "../accounts/account.inputs";
import { accountLoaders } from "../accounts/account.loaders";
import { AccountType, ContactType } from "../accounts/account.types";
import { OpportunityType } from "../opportunities/opportunity.types";
import { referencedUser } from "../users/user.loaders";
import { UserType } from "../users/user.types";
import { ActivityReadService } from "./activity-reads.service";
import { ActivityWriteService } from "./activity-writes.service";
import { ActivitiesArgs, LogActivityInput, UpdateActivityInput } from "./activity.inputs";
import { activityLoaders } from "./activity.loaders";
import { ActivityConnection, ActivityNode } from "./activity.types";

@Resolver(() => ActivityNode)
export class ActivityResolver {
  @Requires("activity:read")
  @Query(() => ActivityConnection, {
    description:
      "Activities you can see, by author: your own (seller), your team's (sales manager), your organization's (sales operations), your assigned partners' (channel manager), or all (vendor admin).",
  })
  activities(
    @Args(() => ActivitiesArgs) args: ActivitiesArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<ActivityNode>> {
    return new ActivityReadService(ctx).activities(requireViewer(ctx), args);
  }

  @Requires("activity:write")
  @Mutation(() => ActivityNode, {
    description:
      "Logs a call, email, meeting or note (when it happened: now by default) or a task (when it is due) on an opportunity or account you can see.",
  })
  logActivity(
    @Arg("input", () => LogActivityInput) input: LogActivityInput,
    @Ctx() ctx: Context,
  ): Promise<ActivityNode> {
    return new ActivityWriteService(ctx).log(requireViewer(ctx), input);
  }

  @Requires("activity:write")
  @Mutation(() => ActivityNode, { description: "Edits an activity you logged." })
  updateActivity(
    @Arg("input", () => UpdateActivityInput) input: UpdateActivityInput,
    @Ctx() ctx: Context,
  ): Promise<ActivityNode> {
    return new ActivityWriteService(ctx).update(requireViewer(ctx), input);
  }

  @Requires("activity:write")
  @Mutation(() => ActivityNode, {
    description: "Deletes an activity you logged; returns it as it was.",
  })
  deleteActivity(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ActivityNode> {
    return new ActivityWriteService(ctx).delete(requireViewer(ctx), id);
  }

  @Requires("activity:write")
  @Mutation(() => ActivityNode, {
    description:
      "Completes a task: your own, your reports' (sales manager) or your organization's (sales operations). Completing a done task returns it unchanged.",
  })
  completeActivity(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<ActivityNode> {
    return new ActivityWriteService(ctx).complete(requireViewer(ctx), id);
  }

  @FieldResolver(() => UserType, { description: "Its author." })
  async owner(@Root() activity: ActivityNode, @Ctx() ctx: Context): Promise<UserType> {
    const owner = await referencedUser(ctx, activity.ownerId);
    if (!owner) throw new Error(`Activity ${activity.id} has no owner`);
    return owner;
  }

  @FieldResolver(() => OpportunityType, {
    nullable: true,
    description: "The opportunity it is on, when you can see it.",
  })
  opportunity(
    @Root() activity: ActivityNode,
    @Ctx() ctx: Context,
  ): Promise<OpportunityType | null> | null {
    return activity.opportunityId
      ? activityLoaders(ctx).visibleOpportunity.load(activity.opportunityId)
      : null;
  }

  @FieldResolver(() => AccountType, {
    nullable: true,
    description: "The account it is on, when you can see it.",
  })
  account(@Root() activity: ActivityNode, @Ctx() ctx: Context): Promise<AccountType | null> | null {
    return activity.accountId ? accountLoaders(ctx).visibleById.load(activity.accountId) : null;
  }

  @FieldResolver(() => ContactType, { nullable: true, description: "Who it was with." })
  contact(@Root() activity: ActivityNode, @Ctx() ctx: Context): Promise<ContactType | null> | null {
    return activity.contactId
      ? accountLoaders(ctx).visibleContactById.load(activity.contactId)
      : null;
  }

  @FieldResolver(() => Boolean, { description: "An open task past its due time." })
  overdue(@Root() activity: ActivityNode): boolean {
    return isOverdue(activity, new Date());
  }

  @FieldResolver(() => Boolean, {
    description: "Whether you may edit and delete it (you wrote it).",
  })
  canEdit(@Root() activity: ActivityNode, @Ctx() ctx: Context): boolean {
    const viewer = requireViewer(ctx);
    return activity.ownerId === viewer.userId && can(viewer.role, "activity:write");
  }

  @FieldResolver(() => Boolean, { description: "Whether you may complete it now." })
  canComplete(@Root() activity: ActivityNode, @Ctx() ctx: Context): boolean {
    return (
      isTask(activity.type) &&
      activity.completedAt === null &&
      can(requireViewer(ctx).role, "activity:write")
    );
  }
}

/** An opportunity's activity timeline. */
@Resolver(() => OpportunityType)
export class OpportunityActivitiesResolver {
  @FieldResolver(() => [ActivityNode], {
    description:
      "Its newest activities you can see; page through all with activities(filter: { opportunityId }).",
  })
  activities(
    @Root() opportunity: OpportunityType,
    @Args(() => NestedListArgs) { first }: NestedListArgs,
    @Ctx() ctx: Context,
  ): Promise<ActivityNode[]> {
    return activityLoaders(ctx).ofOpportunity(first).load(opportunity.id);
  }
}

/** An account's activity timeline. */
@Resolver(() => AccountType)
export class AccountActivitiesResolver {
  @FieldResolver(() => [ActivityNode], {
    description:
      "Its newest activities you can see, its opportunities' included; page through all with activities(filter: { accountId }).",
  })
  activities(
    @Root() account: AccountType,
    @Args(() => NestedListArgs) { first }: NestedListArgs,
    @Ctx() ctx: Context,
  ): Promise<ActivityNode[]> {
    return activityLoaders(ctx).ofAccount(first).load(account.id);
  }
}
