import { unauthenticated } from "../common/errors";
import type { Context, Viewer } from "../context";

/** The signed-in viewer; resolvers behind @Authorized call this to get a non-null Viewer. */
export function requireViewer(ctx: Context): Viewer {
  if (!ctx.viewer) throw unauthenticated();
  return ctx.viewer;
}
