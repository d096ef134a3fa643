import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Requires } from "../../auth/access";
import { requireViewer } from "../../auth/viewer";
import type { Connection } from "../../common/pagination";
import type { Context } from "../../context";
import { referencedOrganization } from "../organizations/organization.loaders";
import { OrganizationType } from "../organizations/organization.types";
import { territoryDetailsLoader } from "../territories/territory.service";
import { TerritoryType } from "../territories/territory.types";
import { UserAdminService } from "./user-admin.service";
import { UserReadService } from "./user-reads.service";
import { DeactivateUserInput, InviteUserInput, UpdateUserInput, UsersArgs } from "./user.inputs";
import {
  directReportsLoader,
  referencedUser,
  userDetailsLoader,
  userTerritoryIdsLoader,
  userWorkloadLoader,
} from "./user.loaders";
import {
  InviteUserPayload,
  PendingInvitationType,
  UserConnection,
  UserType,
  UserWorkloadType,
} from "./user.types";

/**
 * Users: the operators list and its administration (a partner's sales operations for their
 * organization, the vendor admin for the vendor's users), and the fields of a User. Fields beyond
 * name, email, role and organization are for those who may look the user up (visibleUsersSql):
 * null or empty for anyone else.
 */
@Resolver(() => UserType)
export class UserResolver {
  @Requires("user:read")
  @Query(() => UserConnection, {
    description:
      "Users you may look up, by name: your organization's (sales operations), your team (a sales manager: yourself and your direct reports), your partners' users (channel manager), everyone (vendor admin).",
  })
  users(
    @Args(() => UsersArgs) args: UsersArgs,
    @Ctx() ctx: Context,
  ): Promise<Connection<UserType>> {
    return new UserReadService(ctx).list(requireViewer(ctx), args);
  }

  @Requires("user:read")
  @Query(() => UserType, { nullable: true, description: "A user you may look up, or null." })
  user(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<UserType | null> {
    return new UserReadService(ctx).one(requireViewer(ctx), id);
  }

  @Requires("user:manage")
  @Mutation(() => InviteUserPayload, {
    description:
      "Invites someone to your organization with one of its roles: creates the user (no password yet) and a one-time invitation link, valid 7 days, shown only in this answer. CONFLICT when the email already has an account.",
  })
  inviteUser(
    @Arg("input", () => InviteUserInput) input: InviteUserInput,
    @Ctx() ctx: Context,
  ): Promise<InviteUserPayload> {
    return new UserAdminService(ctx).invite(requireViewer(ctx), input);
  }

  @Requires("user:manage")
  @Mutation(() => UserType, {
    description:
      "Changes a user of your organization: name, role, manager (no loops), territories. The last active sales operations user (vendor: admin) keeps that role; a channel manager with partners keeps theirs.",
  })
  updateUser(
    @Arg("input", () => UpdateUserInput) input: UpdateUserInput,
    @Ctx() ctx: Context,
  ): Promise<UserType> {
    return new UserAdminService(ctx).update(requireViewer(ctx), input);
  }

  @Requires("user:manage")
  @Mutation(() => UserType, {
    description:
      "Deactivates a user of your organization: their sessions, API tokens and links stop working at once, everywhere. What they own (User.workload) moves to reassignTo in the same transaction; without it, CONFLICT saying what is left. Never yourself, nor the last active sales operations user (vendor: admin).",
  })
  deactivateUser(
    @Arg("input", () => DeactivateUserInput) input: DeactivateUserInput,
    @Ctx() ctx: Context,
  ): Promise<UserType> {
    return new UserAdminService(ctx).deactivate(requireViewer(ctx), input);
  }

  @Requires("user:manage")
  @Mutation(() => UserType, {
    description: "Reactivates a user of your organization; they sign in again with their password.",
  })
  reactivateUser(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<UserType> {
    return new UserAdminService(ctx).reactivate(requireViewer(ctx), id);
  }

  @FieldResolver(() => OrganizationType)
  organization(@Root() user: UserType, @Ctx() ctx: Context): Promise<OrganizationType> {
    return referencedOrganization(ctx, user.organizationId);
  }

  @FieldResolver(() => UserType, { nullable: true, description: "The user's manager." })
  manager(@Root() user: UserType, @Ctx() ctx: Context): Promise<UserType | null> {
    return referencedUser(ctx, user.managerId);
  }

  @FieldResolver(() => [UserType], {
    description: "The users who report to this one (that you may look up), by name.",
  })
  directReports(@Root() user: UserType, @Ctx() ctx: Context): Promise<UserType[]> {
    return directReportsLoader(ctx).load(user.id);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: "When they last signed in (to the minute); null if never, or not yours to see.",
  })
  async lastSignInAt(@Root() user: UserType, @Ctx() ctx: Context): Promise<Date | null> {
    return (await userDetailsLoader(ctx).load(user.id))?.lastSignInAt ?? null;
  }

  @FieldResolver(() => PendingInvitationType, {
    nullable: true,
    description: "Their invitation while they have not accepted it; null once they have.",
  })
  async pendingInvitation(
    @Root() user: UserType,
    @Ctx() ctx: Context,
  ): Promise<PendingInvitationType | null> {
    return (await userDetailsLoader(ctx).load(user.id))?.pendingInvitation ?? null;
  }

  @FieldResolver(() => [TerritoryType], { description: "The territories they are assigned to." })
  async territories(@Root() user: UserType, @Ctx() ctx: Context): Promise<TerritoryType[]> {
    const ids = await userTerritoryIdsLoader(ctx).load(user.id);
    const territories = await territoryDetailsLoader(ctx).loadMany(ids);
    return territories
      .filter((t): t is TerritoryType => t instanceof TerritoryType)
      .sort((a, b) => a.path.localeCompare(b.path));
  }

  @FieldResolver(() => UserWorkloadType, {
    nullable: true,
    description:
      "What they still own that deactivation would hand over (deactivateUser's reassignTo); null if not yours to see.",
  })
  workload(@Root() user: UserType, @Ctx() ctx: Context): Promise<UserWorkloadType | null> {
    return userWorkloadLoader(ctx).load(user.id);
  }
}
