import { can, isPermission, type Permission } from "@prm/domain";
import type { AuthChecker, MiddlewareFn } from "type-graphql";
import { forbidden, unauthenticated } from "../common/errors";
import type { Context } from "../context";

/**
 * `@Authorized("deal:read", …)`: signed in, and the role has every named permission
 * (the domain's `can` is the only definition). `@Authorized()` alone: signed in.
 */
export const authChecker: AuthChecker<Context, string> = ({ context }, permissions) => {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  for (const permission of permissions) {
    if (!isPermission(permission))
      throw new Error(`Unknown permission "${permission}" in @Authorized`);
    if (!can(viewer.role, permission as Permission)) throw forbidden();
  }
  return true;
};

/** Root operations that anonymous callers may use. Everything else needs a session. */
export const PUBLIC_OPERATIONS = new Set(["me", "login", "logout"]);

/**
 * Deny by default: a root field without `@Authorized` still refuses anonymous callers,
 * unless it is listed as public above.
 */
export const denyAnonymousByDefault: MiddlewareFn<Context> = ({ context, info }, next) => {
  const isRoot = info.parentType.name === "Query" || info.parentType.name === "Mutation";
  if (isRoot && !context.viewer && !PUBLIC_OPERATIONS.has(info.fieldName)) throw unauthenticated();
  return next();
};
