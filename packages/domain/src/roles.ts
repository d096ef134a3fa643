export const ROLES = [
  "VENDOR_ADMIN",
  "CHANNEL_MANAGER",
  "PARTNER_SELLER",
  "PARTNER_SALES_MANAGER",
  "PARTNER_SALES_OPS",
] as const;
export type Role = (typeof ROLES)[number];

export const VENDOR_ROLES = ["VENDOR_ADMIN", "CHANNEL_MANAGER"] as const satisfies readonly Role[];
export type VendorRole = (typeof VENDOR_ROLES)[number];

export const PARTNER_ROLES = [
  "PARTNER_SELLER",
  "PARTNER_SALES_MANAGER",
  "PARTNER_SALES_OPS",
] as const satisfies readonly Role[];
export type PartnerRole = (typeof PARTNER_ROLES)[number];

export const ORGANIZATION_KINDS = ["VENDOR", "PARTNER"] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const PARTNER_TIERS = ["PLATINUM", "GOLD", "SILVER", "REGISTERED"] as const;
export type PartnerTier = (typeof PARTNER_TIERS)[number];

/** One portal per role, named after it. */
export const PORTALS = ROLES;
export type Portal = (typeof PORTALS)[number];

export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  VENDOR_ADMIN: "Vendor admin",
  CHANNEL_MANAGER: "Channel manager",
  PARTNER_SELLER: "Partner seller",
  PARTNER_SALES_MANAGER: "Partner sales manager",
  PARTNER_SALES_OPS: "Partner sales operations",
};

export const PORTAL_LABELS: Readonly<Record<Portal, string>> = {
  VENDOR_ADMIN: "Administration",
  CHANNEL_MANAGER: "Channel manager",
  PARTNER_SELLER: "Partner seller",
  PARTNER_SALES_MANAGER: "Partner sales manager",
  PARTNER_SALES_OPS: "Partner sales operations",
};

export function isRole(value: unknown): value is Role {
  return (ROLES as readonly unknown[]).includes(value);
}

export function isVendorRole(role: Role): role is VendorRole {
  return (VENDOR_ROLES as readonly Role[]).includes(role);
}

export function isPartnerRole(role: Role): role is PartnerRole {
  return (PARTNER_ROLES as readonly Role[]).includes(role);
}

export function isPortal(value: unknown): value is Portal {
  return (PORTALS as readonly unknown[]).includes(value);
}

export function isOrganizationKind(value: unknown): value is OrganizationKind {
  return (ORGANIZATION_KINDS as readonly unknown[]).includes(value);
}

export function isPartnerTier(value: unknown): value is PartnerTier {
  return (PARTNER_TIERS as readonly unknown[]).includes(value);
}

export function portalForRole(role: Role): Portal {
  return role;
}

export function organizationKindOfRole(role: Role): OrganizationKind {
  return isVendorRole(role) ? "VENDOR" : "PARTNER";
}

export function rolesForOrganizationKind(kind: OrganizationKind): readonly Role[] {
  return kind === "VENDOR" ? VENDOR_ROLES : PARTNER_ROLES;
}

export function roleAllowedInOrganization(role: Role, kind: OrganizationKind): boolean {
  return organizationKindOfRole(role) === kind;
}
