import type { Viewer } from "../../auth/viewer";
import type { SqlFragment } from "../../common/sql-params";
import { visibleOwnedRecordsSql } from "../organizations/organization.scope";

/**
 * The one definition of which activities a viewer may see, over `activities` aliased `alias`:
 * by their author, like deals (a seller their own, a manager their own and their reports', sales
 * ops their organization's, a channel manager their partners', the vendor admin all). For
 * partner roles it is also the set of tasks they may complete.
 */
export function visibleActivitiesSql(
  viewer: Viewer,
  alias: string,
  firstParam: number,
): SqlFragment {
  return visibleOwnedRecordsSql(viewer, alias, firstParam);
}
