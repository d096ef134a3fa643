import {
  isOrganizationKind,
  isPartnerRole,
  isPartnerTier,
  isPortal,
  isRole,
  isVendorRole,
  organizationKindOfRole,
  PARTNER_ROLES,
  PORTAL_LABELS,
  PORTALS,
  portalForRole,
  ROLE_LABELS,
  roleAllowedInOrganization,
  ROLES,
  rolesForOrganizationKind,
  VENDOR_ROLES,
} from "../roles";

describe("roles", () => {
  it("splits the five roles into vendor and partner roles", () => {
    expect([...VENDOR_ROLES, ...PARTNER_ROLES].sort()).toEqual([...ROLES].sort());
    expect(VENDOR_ROLES).toEqual(["VENDOR_ADMIN", "CHANNEL_MANAGER"]);
    expect(PARTNER_ROLES).toEqual(["PARTNER_SELLER", "PARTNER_SALES_MANAGER", "PARTNER_SALES_OPS"]);
  });

  it.each(ROLES)("%s is either a vendor or a partner role", (role) => {
    expect(isVendorRole(role)).toBe(!isPartnerRole(role));
    expect(isVendorRole(role)).toBe((VENDOR_ROLES as readonly string[]).includes(role));
  });

  it("recognizes roles among unknown values", () => {
    expect(isRole("PARTNER_SELLER")).toBe(true);
    expect(isRole("partner_seller")).toBe(false);
    expect(isRole("ADMIN")).toBe(false);
    expect(isRole(undefined)).toBe(false);
    expect(isRole(3)).toBe(false);
  });

  it("has one portal per role, named after it", () => {
    expect(PORTALS).toEqual(ROLES);
    for (const role of ROLES) expect(portalForRole(role)).toBe(role);
    expect(isPortal("CHANNEL_MANAGER")).toBe(true);
    expect(isPortal("ADMIN")).toBe(false);
  });

  it("labels roles and portals", () => {
    expect(ROLE_LABELS).toEqual({
      VENDOR_ADMIN: "Vendor admin",
      CHANNEL_MANAGER: "Channel manager",
      PARTNER_SELLER: "Partner seller",
      PARTNER_SALES_MANAGER: "Partner sales manager",
      PARTNER_SALES_OPS: "Partner sales operations",
    });
    expect(PORTAL_LABELS.VENDOR_ADMIN).toBe("Administration");
    expect(Object.keys(PORTAL_LABELS).sort()).toEqual([...PORTALS].sort());
  });

  it.each([
    ["VENDOR_ADMIN", "VENDOR", true],
    ["VENDOR_ADMIN", "PARTNER", false],
    ["CHANNEL_MANAGER", "VENDOR", true],
    ["CHANNEL_MANAGER", "PARTNER", false],
    ["PARTNER_SELLER", "VENDOR", false],
    ["PARTNER_SELLER", "PARTNER", true],
    ["PARTNER_SALES_MANAGER", "VENDOR", false],
    ["PARTNER_SALES_MANAGER", "PARTNER", true],
    ["PARTNER_SALES_OPS", "VENDOR", false],
    ["PARTNER_SALES_OPS", "PARTNER", true],
  ] as const)("%s in a %s organization: %s", (role, kind, allowed) => {
    expect(roleAllowedInOrganization(role, kind)).toBe(allowed);
    expect(organizationKindOfRole(role) === kind).toBe(allowed);
    expect(rolesForOrganizationKind(kind).includes(role)).toBe(allowed);
  });

  it("recognizes organization kinds and partner tiers", () => {
    expect(isOrganizationKind("VENDOR")).toBe(true);
    expect(isOrganizationKind("CUSTOMER")).toBe(false);
    expect(isPartnerTier("GOLD")).toBe(true);
    expect(isPartnerTier("BRONZE")).toBe(false);
  });
});
