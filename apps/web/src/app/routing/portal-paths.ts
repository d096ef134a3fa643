import { PORTALS, portalForRole, type Portal, type Role } from "@prm/domain";

/** The one definition of where each portal lives. */
export const PORTAL_PATHS: Readonly<Record<Portal, string>> = {
  CHANNEL_MANAGER: "/cm",
  PARTNER_SELLER: "/seller",
  PARTNER_SALES_MANAGER: "/manager",
  PARTNER_SALES_OPS: "/ops",
  VENDOR_ADMIN: "/admin",
};

export const GRAPHIQL_PATH = "/graphiql";

/** Inside every portal: the signed-in person's API tokens (from the user menu). */
export const API_ACCESS_SEGMENT = "api-access";

export function apiAccessPathForRole(role: Role): string {
  return `${homePathForRole(role)}/${API_ACCESS_SEGMENT}`;
}
export const LOGIN_PATH = "/login";

export function homePathForRole(role: Role): string {
  return PORTAL_PATHS[portalForRole(role)];
}

/** The portal whose routes contain `pathname`, if any. */
export function portalAtPath(pathname: string): Portal | undefined {
  return PORTALS.find((portal) => {
    const base = PORTAL_PATHS[portal];
    return pathname === base || pathname.startsWith(`${base}/`);
  });
}

/** Where to go after signing in: back where the user was headed, if it is theirs to see. */
export function landingPathAfterLogin(role: Role, requested: string | undefined): string {
  if (requested) {
    const portal = portalAtPath(requested);
    if (portal === portalForRole(role) || requested.startsWith(GRAPHIQL_PATH)) return requested;
  }
  return homePathForRole(role);
}
