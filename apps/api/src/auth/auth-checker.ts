import { can, isPermission, type Permission } from "@prm/domain";
import { defaultFieldResolver, type GraphQLSchema } from "graphql";
import type { AuthChecker } from "type-graphql";
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
 * Deny by default: a root field without `@Authorized` still refuses anonymous callers, unless it
 * is listed as public above. Wraps the root fields' resolvers once, rather than running a global
 * middleware on every field of every result (which made each of them asynchronous).
 */
export function denyAnonymousByDefault(schema: GraphQLSchema): GraphQLSchema {
  for (const root of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (PUBLIC_OPERATIONS.has(field.name)) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context: Context, info) => {
        if (!context.viewer) throw unauthenticated();
        return resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
