import { ROLES, type Role } from "@prm/domain";
import { Field, ID, ObjectType } from "type-graphql";
import type { User } from "./user.entity";
import { graphqlEnum } from "../../common/graphql-enum";

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

  @Field(() => Boolean)
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
