import type { Viewer } from "../../auth/viewer";
import { visibleOwnedRecordsSql } from "../organizations/organization.scope";

/** Which opportunities a viewer may see, over `opportunities` aliased `alias`; same rule as deals. */
export function visibleOpportunitiesSql(
  viewer: Viewer,
  alias: string,
  firstParam: number,
): { sql: string; params: unknown[] } {
  return visibleOwnedRecordsSql(viewer, alias, firstParam);
}
