import type { Viewer } from "../../auth/viewer";
import { visibleOwnedRecordsSql } from "../organizations/organization.scope";

/**
 * The one definition of which deals a viewer may see — and act on — as SQL over the `deals`
 * table aliased `alias` (see visibleOwnedRecordsSql). Reused by every deal query, aggregate and
 * conditional transition, so counts never include a deal the viewer could not open.
 */
export function visibleDealsSql(
  viewer: Viewer,
  alias: string,
  firstParam: number,
): { sql: string; params: unknown[] } {
  return visibleOwnedRecordsSql(viewer, alias, firstParam);
}
