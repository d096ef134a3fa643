import { mayOwnOpportunity } from "./opportunity-rules";
import { can } from "./permissions";
import {
  ROLE_LABELS,
  organizationKindOfRole,
  rolesForOrganizationKind,
  type OrganizationKind,
  type Role,
} from "./roles";

/**
 * Passwords people choose (the first admin, an accepted invitation, a reset): length is what
 * makes them strong, so there is a minimum and no composition rules (NIST SP 800-63B).
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

/** Why `password` cannot be chosen, or null. Counted in characters as a person sees them. */
export function passwordProblem(password: string): string | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) {
    return `The password must be at least ${MIN_PASSWORD_LENGTH} characters.`;
  }
  if (password.length > MAX_PASSWORD_LENGTH) {
    return `The password must be at most ${MAX_PASSWORD_LENGTH.toLocaleString("en-US")} characters.`;
  }
  return null;
}

/** Invitation and password-reset links work once, for this many days. */
export const ONE_TIME_LINK_DAYS = 7;

export const USER_NAME_MAX = 200;
export const EMAIL_MAX = 254;

/** Emails are stored and compared trimmed and in lower case (one account per address). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * The roles a user administrator may give: those of their own kind of organization (a partner's
 * sales operations give partner roles; the vendor admin gives vendor roles). Administrators only
 * ever manage users of their own organization.
 */
export function assignableRoles(administratorRole: Role): readonly Role[] {
  return rolesForOrganizationKind(organizationKindOfRole(administratorRole));
}

export function mayAssignRole(administratorRole: Role, role: Role): boolean {
  return assignableRoles(administratorRole).includes(role);
}

/**
 * The roles that administer an organization's users (`user:manage`): sales operations in a
 * partner, vendor admins at the vendor. An organization always keeps at least one active user
 * with one of them, or nobody could manage it any more.
 */
export function administratorRoles(kind: OrganizationKind): readonly Role[] {
  return rolesForOrganizationKind(kind).filter((role) => can(role, "user:manage"));
}

export function isAdministratorRole(role: Role): boolean {
  return can(role, "user:manage");
}

/** The refusal when a change would leave an organization without an active administrator. */
export function lastAdministratorMessage(
  kind: OrganizationKind,
  change: "deactivate" | "demote",
): string {
  const roles = administratorRoles(kind).map((role) => ROLE_LABELS[role].toLowerCase());
  const what = change === "deactivate" ? "deactivated" : "given another role";
  return `This is the organization's last active ${roles.join(" or ")} user, so they cannot be ${what}: give someone else that role first.`;
}

/**
 * Who may take over a departing partner user's open opportunities and pending deal
 * registrations: those who may own opportunities (sellers and sales managers).
 */
export function mayTakeOverPartnerRecords(role: Role): boolean {
  return mayOwnOpportunity(role) && can(role, "deal:register");
}

/** The role a partner's channel manager has. */
export const CHANNEL_MANAGER_ROLES = ["CHANNEL_MANAGER"] as const satisfies readonly Role[];

export function mayBeChannelManager(role: Role): boolean {
  return (CHANNEL_MANAGER_ROLES as readonly Role[]).includes(role);
}

/**
 * Managers form a tree inside one organization. Why `managerId` cannot become `userId`'s
 * manager, or null: `chainAboveManager` is the candidate's own manager, then theirs, and so on
 * up to the top.
 */
export function managerCycleProblem(
  userId: string,
  managerId: string,
  chainAboveManager: readonly string[],
): string | null {
  if (managerId === userId) return "A user cannot be their own manager.";
  if (chainAboveManager.includes(userId)) {
    return "That manager reports to this user (directly or through others); a reporting line cannot loop.";
  }
  return null;
}

/** What a user still owns that someone must take over before they can be deactivated. */
export interface UserWorkload {
  openOpportunities: number;
  pendingDeals: number;
  assignedPartners: number;
}

export function hasWorkload(workload: UserWorkload): boolean {
  return workload.openOpportunities + workload.pendingDeals + workload.assignedPartners > 0;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The refusal to deactivate a user who still owns work, saying what and how to proceed. */
export function workloadMessage(workload: UserWorkload): string {
  const parts = [
    workload.openOpportunities > 0 &&
      plural(workload.openOpportunities, "open opportunity", "open opportunities"),
    workload.pendingDeals > 0 &&
      plural(workload.pendingDeals, "pending deal registration", "pending deal registrations"),
    workload.assignedPartners > 0 &&
      plural(workload.assignedPartners, "assigned partner", "assigned partners"),
  ].filter((part): part is string => Boolean(part));
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts.at(-1)}` : parts[0];
  return `This user still has ${list}; choose someone to take them over (reassignTo).`;
}
