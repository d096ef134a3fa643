import type { Role } from "@prm/domain";
import { unauthenticated } from "../common/errors";

/** Who is asking. Built once per request by the context factory (context.ts), nowhere else. */
export interface Viewer {
  userId: string;
  organizationId: string;
  role: Role;
  /** The session this request rides on (null for API tokens). */
  sessionId: string | null;
}

/** The signed-in viewer; resolvers behind a permission call this to get a non-null Viewer. */
export function requireViewer(ctx: { viewer: Viewer | null }): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}
