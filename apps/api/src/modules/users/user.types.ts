import { ROLES, type Role } from "@prm/domain";
import { Field, ID, Int, ObjectType } from "type-graphql";
import type { User } from "./user.entity";
import { graphqlEnum } from "../../common/graphql-enum";
import { ConnectionType } from "../../common/pagination";

export const RoleEnum = graphqlEnum(ROLES, "Role");

@ObjectType("User")
export class UserType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  name: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => Boolean, {
    description:
      "False once deactivated: they can no longer sign in or use their sessions and tokens.",
  })
  active: boolean;

  /** Resolved by UserResolver. */
  organizationId: string;
  managerId: string | null;

  static from(user: User): UserType {
    return Object.assign(new UserType(), {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      active: user.active,
      organizationId: user.organizationId,
      managerId: user.managerId,
    });
  }
}

export const UserConnection = ConnectionType(UserType, "User");

@ObjectType("PendingInvitation", {
  description: "An invitation the user has not accepted yet (they have no password).",
})
export class PendingInvitationType {
  @Field(() => Date, { description: "When the latest invitation link was made." })
  sentAt: Date;

  @Field(() => Date, { description: "When that link stops working." })
  expiresAt: Date;

  @Field(() => Boolean, {
    description:
      "The link no longer works (expired or replaced): make a new one with renewInvitation.",
  })
  expired: boolean;
}

@ObjectType("UserWorkload", {
  description:
    "What a user still owns that someone must take over before they can be deactivated (deactivateUser's reassignTo).",
})
export class UserWorkloadType {
  @Field(() => Int)
  openOpportunities: number;

  @Field(() => Int, { description: "Deal registrations in DRAFT, SUBMITTED or RETURNED." })
  pendingDeals: number;

  @Field(() => Int, { description: "Partners whose channel manager they are." })
  assignedPartners: number;
}

@ObjectType("InviteUserPayload")
export class InviteUserPayload {
  @Field(() => UserType, {
    description: "The invited user: active, without a password until they accept.",
  })
  user: UserType;

  @Field(() => String, {
    description:
      "The one-time invitation link, shown this once (only its hash is stored): hand it to the person. Opening it lets them choose a password and signs them in.",
  })
  invitationUrl: string;

  @Field(() => Date)
  expiresAt: Date;
}

@ObjectType("PasswordResetLinkPayload")
export class PasswordResetLinkPayload {
  @Field(() => UserType)
  user: UserType;

  @Field(() => String, {
    description:
      "The one-time link to choose a new password, shown this once (only its hash is stored). Using it signs the user out everywhere else.",
  })
  resetUrl: string;

  @Field(() => Date)
  expiresAt: Date;
}
