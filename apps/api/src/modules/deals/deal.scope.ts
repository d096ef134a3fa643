import { overseesPartners } from "@prm/domain";
import type { Viewer } from "../../auth/viewer";
import { switchable } from "../../common/scope-switch";
import type { SqlFragment } from "../../common/sql-params";
import { visibleOwnedRecordsSql } from "../organizations/organization.scope";

/**
 * The one definition of which deals a viewer may see — and act on — as SQL over the `deals`
 * table aliased `alias` (see visibleOwnedRecordsSql). Reused by every deal query, aggregate and
 * conditional transition, so counts never include a deal the viewer could not open. Drafts are
 * private: the vendor side sees a registration from its first submission on.
 */
export const visibleDealsSql = switchable(function visibleDealsSql(
  viewer: Viewer,
  alias: string,
  firstParam: number,
): SqlFragment {
  const owned = visibleOwnedRecordsSql(viewer, alias, firstParam);
  return overseesPartners(viewer.role)
    ? { sql: `${owned.sql} AND ${alias}.submitted_at IS NOT NULL`, params: owned.params }
    : owned;
});
