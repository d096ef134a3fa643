import type { Viewer } from "../../auth/viewer";
import { switchable } from "../../common/scope-switch";
import type { SqlFragment } from "../../common/sql-params";
import { seesEveryPartner, visibleOwnedRecordsSql } from "../organizations/organization.scope";

/**
 * Which opportunities a viewer may see, over `opportunities` aliased `alias`: the deals' rule
 * (visibleOwnedRecordsSql). The vendor admin sees every partner's, so every opportunity: asking
 * which partner each belongs to would only cost a join per row (counting the 400,000 open ones
 * took three times as long with it).
 */
export const visibleOpportunitiesSql = switchable(function visibleOpportunitiesSql(
  viewer: Viewer,
  alias: string,
  firstParam: number,
): SqlFragment {
  return seesEveryPartner(viewer)
    ? { sql: "TRUE", params: [] }
    : visibleOwnedRecordsSql(viewer, alias, firstParam);
});
