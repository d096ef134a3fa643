import type { Role } from "@prm/domain";
import { UserType } from "./user.types";

/** A user as the raw-SQL services read it (never the password hash). */
export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  organization_id: string;
  manager_id: string | null;
}

/** The columns of a UserRow from `users` aliased `u` (or `alias`). */
export const userColumns = (alias = "u") =>
  ["id", "email", "name", "role", "active", "organization_id", "manager_id"]
    .map((column) => `${alias}.${column}`)
    .join(", ");

export const USER_COLUMNS = userColumns();

export function toUserType(row: UserRow): UserType {
  return Object.assign(new UserType(), {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    active: row.active,
    organizationId: row.organization_id,
    managerId: row.manager_id,
  });
}
