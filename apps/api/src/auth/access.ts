import { can, isPermission, type Permission } from "@prm/domain";
import type { GraphQLFieldConfig, GraphQLSchema } from "graphql";
import { Authorized, Extensions, UseMiddleware, type AuthChecker } from "type-graphql";
import { forbidden, unauthenticated } from "../common/errors";
import { requireViewer, type Viewer } from "./viewer";

/**
 * The auth checker behind @Requires: signed in, and the role has the permission (the domain's
 * `can` is the only definition).
 */
export const authChecker: AuthChecker<{ viewer: Viewer | null }, string> = (
  { context },
  permissions,
) => {
  const viewer = context.viewer;
  if (!viewer) throw unauthenticated();
  for (const permission of permissions) {
    if (!isPermission(permission)) throw new Error(`Unknown permission "${permission}"`);
    if (!can(viewer.role, permission)) throw forbidden();
  }
  return true;
};

/** What a root field declares: the permission it needs, or that anyone may call it. */
export type RootFieldAccess = Permission | typeof PUBLIC;
export const PUBLIC = "public";

type Decorator = (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => void;

/**
 * A root query or mutation that needs `permission` (deny by default for every role): the auth
 * checker asks the domain's `can`. The declaration is kept on the field for the permission
 * snapshot and the build-time check below.
 */
export function Requires(permission: Permission): Decorator {
  return (target, key, descriptor) => {
    Authorized(permission)(target, key, descriptor!);
    Extensions({ access: permission })(target, key, descriptor!);
  };
}

/** A root field anonymous callers may use: signing in and out, and asking who is signed in. */
export function Public(): Decorator {
  return (target, key, descriptor) => Extensions({ access: PUBLIC })(target, key, descriptor!);
}

/**
 * A field of an object the viewer may read that resolves to null unless their role has
 * `permission` (e.g. other partners' claims on a deal, for the vendor side only).
 */
export function NullUnless(permission: Permission): Decorator {
  return (target, key, descriptor) => {
    UseMiddleware(async ({ context }: { context: { viewer: Viewer | null } }, next) =>
      can(requireViewer(context).role, permission) ? next() : null,
    )(target, key, descriptor!);
    Extensions({ nullUnless: permission })(target, key, descriptor!);
  };
}

/** The access a root field declares, or undefined. */
export function declaredAccess(field: Pick<GraphQLFieldConfig<unknown, unknown>, "extensions">) {
  const access = field.extensions?.access;
  return typeof access === "string" && (access === PUBLIC || isPermission(access))
    ? (access as RootFieldAccess)
    : undefined;
}

/**
 * Refuses to build a schema with a root query or mutation that declares no access (neither
 * @Requires(permission) nor @Public()), so a new operation cannot be open by omission.
 */
export function assertEveryRootFieldDeclaresAccess(schema: GraphQLSchema): GraphQLSchema {
  const undeclared = [schema.getQueryType(), schema.getMutationType()].flatMap((root) =>
    Object.values(root?.getFields() ?? {})
      .filter((field) => declaredAccess(field) === undefined)
      .map((field) => `${root!.name}.${field.name}`),
  );
  if (undeclared.length > 0) {
    throw new Error(
      `Root fields without a declared permission: ${undeclared.join(", ")}. Add @Requires(permission) or @Public().`,
    );
  }
  return schema;
}
