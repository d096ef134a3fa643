import type { Role } from "@prm/domain";
import { Field, Int, ObjectType } from "type-graphql";
import { RoleEnum } from "./user.types";

@ObjectType("OperatorRoleCount")
export class OperatorRoleCount {
  @Field(() => RoleEnum)
  role: Role;

  @Field(() => Int, {
    description: "Active users with this role who have accepted their invitation.",
  })
  count: number;
}

@ObjectType("OperatorsSummary", {
  description:
    "Your organization's users at a glance: who is active by role, who is deactivated, and the invitations not accepted yet.",
})
export class OperatorsSummary {
  @Field(() => [OperatorRoleCount], {
    description:
      "Every role of your organization's kind, in the domain's order, zero included: active users who have set their password (the operators list's Active status).",
  })
  activeByRole: OperatorRoleCount[];

  @Field(() => Int, { description: "Deactivated users." })
  deactivated: number;

  @Field(() => Int, {
    description:
      "Active users invited whose latest invitation link still works (not accepted, not expired).",
  })
  invitationsPending: number;

  @Field(() => Int, {
    description:
      "Active users invited whose latest invitation link no longer works and who never accepted: they need a new link (renewInvitation).",
  })
  invitationsExpired: number;
}
