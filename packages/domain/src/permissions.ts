import { ROLES, type Role } from "./roles";

export const PERMISSIONS = [
  "session:read",
  "apiToken:manage",
  "dashboard:edit",
  "notification:read",
  "deal:read",
  "deal:register",
  "deal:decide",
  "deal:conflicts:read",
  "opportunity:read",
  "opportunity:write",
  "opportunity:manage",
  "activity:read",
  "activity:write",
  "account:read",
  "contact:write",
  "metrics:partner",
  "metrics:team",
  "metrics:own",
  "partner:read",
  "partner:manage",
  "quota:set",
  "quota:read",
  "user:read",
  "user:manage",
  "territory:read",
  "territory:manage",
  "audit:read",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const EVERY_ROLE = [
  "session:read",
  "apiToken:manage",
  "dashboard:edit",
  "notification:read",
  "deal:read",
  "opportunity:read",
  "activity:read",
  "account:read",
  "territory:read",
  "quota:read",
] as const satisfies readonly Permission[];

const PARTNER_WORK = [
  "deal:register",
  "opportunity:write",
  "activity:write",
  "contact:write",
  "metrics:own",
] as const satisfies readonly Permission[];

const CHANNEL_OVERSIGHT = [
  "deal:decide",
  "deal:conflicts:read",
  "metrics:partner",
  "metrics:team",
  "partner:read",
  "quota:set",
  "user:read",
  "audit:read",
] as const satisfies readonly Permission[];

/**
 * The single definition of who may do what. Permissions say what kind of action a role may take;
 * which records it may take it on (assigned partners, own org, own team) is decided by scoping.
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  VENDOR_ADMIN: [...EVERY_ROLE, ...CHANNEL_OVERSIGHT, "partner:manage", "user:manage"],
  CHANNEL_MANAGER: [...EVERY_ROLE, ...CHANNEL_OVERSIGHT],
  PARTNER_SELLER: [...EVERY_ROLE, ...PARTNER_WORK],
  PARTNER_SALES_MANAGER: [
    ...EVERY_ROLE,
    ...PARTNER_WORK,
    "opportunity:manage",
    "metrics:team",
    "quota:set",
    "user:read",
  ],
  PARTNER_SALES_OPS: [
    ...EVERY_ROLE,
    ...PARTNER_WORK,
    "opportunity:manage",
    "metrics:team",
    "quota:set",
    "user:read",
    "user:manage",
    "territory:manage",
  ],
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function permissionsOf(role: Role): readonly Permission[] {
  return ROLE_PERMISSIONS[role];
}

export function rolesWith(permission: Permission): Role[] {
  return ROLES.filter((role) => can(role, permission));
}

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

/**
 * The vendor side: roles that oversee partner organizations, and so name the partner they mean
 * where a partner user's own organization is implied (a team's figures, a partner's territories).
 */
export function overseesPartners(role: Role): boolean {
  return can(role, "partner:read");
}
