import {
  can,
  isPermission,
  overseesPartners,
  type Permission,
  PERMISSIONS,
  permissionsOf,
  ROLE_PERMISSIONS,
  rolesWith,
} from "../permissions";
import { type Role, ROLES } from "../roles";

const VA = "VENDOR_ADMIN";
const CM = "CHANNEL_MANAGER";
const PS = "PARTNER_SELLER";
const PSM = "PARTNER_SALES_MANAGER";
const PSO = "PARTNER_SALES_OPS";

// Written out on purpose: any change to ROLE_PERMISSIONS must be mirrored here.
const EXPECTED: Record<Permission, readonly Role[]> = {
  "session:read": [VA, CM, PS, PSM, PSO],
  "apiToken:manage": [VA, CM, PS, PSM, PSO],
  "dashboard:edit": [VA, CM, PS, PSM, PSO],
  "notification:read": [VA, CM, PS, PSM, PSO],
  "deal:read": [VA, CM, PS, PSM, PSO],
  "deal:register": [PS, PSM, PSO],
  "deal:decide": [VA, CM],
  "deal:conflicts:read": [VA, CM],
  "opportunity:read": [VA, CM, PS, PSM, PSO],
  "opportunity:write": [PS, PSM, PSO],
  "opportunity:manage": [PSM, PSO],
  "activity:read": [VA, CM, PS, PSM, PSO],
  "activity:write": [PS, PSM, PSO],
  "account:read": [VA, CM, PS, PSM, PSO],
  "contact:write": [PS, PSM, PSO],
  "metrics:partner": [VA, CM],
  "metrics:team": [VA, CM, PSM, PSO],
  "metrics:own": [PS, PSM, PSO],
  "partner:read": [VA, CM],
  "partner:manage": [VA],
  "quota:set": [VA, CM, PSM, PSO],
  "quota:read": [VA, CM, PS, PSM, PSO],
  "user:read": [VA, CM, PSM, PSO],
  "user:manage": [VA, PSO],
  "territory:read": [VA, CM, PS, PSM, PSO],
  "territory:manage": [PSO],
  "audit:read": [VA, CM],
};

describe("permissions", () => {
  it("lists exactly the permissions of the expected table", () => {
    expect([...PERMISSIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  const pairs = ROLES.flatMap((role) =>
    PERMISSIONS.map(
      (permission) => [role, permission, EXPECTED[permission].includes(role)] as const,
    ),
  );

  it.each(pairs)("%s can %s: %s", (role, permission, expected) => {
    expect(can(role, permission)).toBe(expected);
  });

  it.each(ROLES)("permissionsOf(%s) is its row of the table, without duplicates", (role) => {
    const expected = PERMISSIONS.filter((permission) => EXPECTED[permission].includes(role));
    expect([...permissionsOf(role)].sort()).toEqual([...expected].sort());
    expect(new Set(ROLE_PERMISSIONS[role]).size).toBe(ROLE_PERMISSIONS[role].length);
  });

  it.each(PERMISSIONS)("rolesWith(%s) is its column of the table", (permission) => {
    expect([...rolesWith(permission)].sort()).toEqual([...EXPECTED[permission]].sort());
  });

  it("recognizes permission names", () => {
    expect(isPermission("deal:decide")).toBe(true);
    expect(isPermission("deal:delete")).toBe(false);
    expect(isPermission("")).toBe(false);
  });

  it("calls the vendor roles, and only them, overseers of partners", () => {
    expect(ROLES.filter(overseesPartners)).toEqual([VA, CM]);
  });
});
