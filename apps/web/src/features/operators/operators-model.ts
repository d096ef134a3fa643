import {
  assignableRoles,
  organizationKindOfRole,
  type OrganizationKind,
  type Role,
} from "@prm/domain";
import type { UsersFilter } from "../../gql/graphql";

export { ROLE_NAMES } from "../../app/format/role-names";

/** Most often given first: the first is what an invitation offers by default. */
const ROLE_ORDER: readonly Role[] = [
  "PARTNER_SELLER",
  "PARTNER_SALES_MANAGER",
  "PARTNER_SALES_OPS",
  "CHANNEL_MANAGER",
  "VENDOR_ADMIN",
];

/** What each role does, under its name where one is chosen. */
export const ROLE_HINTS: Readonly<Record<Role, string>> = {
  PARTNER_SELLER: "Registers deals and works their own opportunities.",
  PARTNER_SALES_MANAGER: "Sees and coaches their team; may own opportunities too.",
  PARTNER_SALES_OPS: "Runs the organization: its people, territories and quotas.",
  CHANNEL_MANAGER: "Approves registrations and looks after their assigned partners.",
  VENDOR_ADMIN: "Onboards partners and administers the vendor's users.",
};

export type StatusFilter = "ALL" | "ACTIVE" | "INVITED" | "DEACTIVATED";

export const STATUS_FILTERS: readonly { id: StatusFilter; label: string }[] = [
  { id: "ALL", label: "All" },
  { id: "ACTIVE", label: "Active" },
  { id: "INVITED", label: "Invitation pending" },
  { id: "DEACTIVATED", label: "Deactivated" },
];

export function statusFilter(
  status: StatusFilter,
): Pick<UsersFilter, "active" | "pendingInvitation"> {
  switch (status) {
    case "ACTIVE":
      return { active: true, pendingInvitation: false };
    case "INVITED":
      return { active: true, pendingInvitation: true };
    case "DEACTIVATED":
      return { active: false };
    default:
      return {};
  }
}

/**
 * How the users page works for an administrator: a partner's sales operations manage their
 * organization's people (with managers and territories), the vendor admin the vendor's channel
 * managers and admins (with the partners each manages).
 */
export interface AdministeredOrganization {
  kind: OrganizationKind;
  id: string;
  name: string;
  /** The roles the administrator gives, most common first. */
  roles: readonly Role[];
}

export function administeredOrganization(viewer: {
  role: Role;
  organization: { id: string; name: string };
}): AdministeredOrganization {
  return {
    kind: organizationKindOfRole(viewer.role),
    id: viewer.organization.id,
    name: viewer.organization.name,
    roles: [...assignableRoles(viewer.role)].sort(
      (a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b),
    ),
  };
}

/** Someone a person is handed over to, or chosen as a manager. */
export interface Person {
  id: string;
  name: string;
  email?: string;
  role?: Role;
}
