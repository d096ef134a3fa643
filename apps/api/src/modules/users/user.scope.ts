import type { Viewer } from "../../auth/viewer";
import { switchable } from "../../common/scope-switch";
import type { SqlFragment } from "../../common/sql-params";
import { ofVisiblePartnerSql, salesManagerTeamSql } from "../organizations/organization.scope";

/**
 * Whose work a viewer may see person by person, as SQL over `users` aliased `alias`: the users of
 * the partners they see (vendor side; the partner's sales operations: their whole organization),
 * a sales manager's own and direct reports', a seller's own. The people counterpart of
 * visibleOwnedRecordsSql.
 */
export const visibleTeamMembersSql = switchable(function visibleTeamMembersSql(
  viewer: Viewer,
  alias: string,
  firstParam: number,
): SqlFragment {
  const me = `$${firstParam}`;
  switch (viewer.role) {
    case "VENDOR_ADMIN":
    case "CHANNEL_MANAGER":
      return ofVisiblePartnerSql(viewer, alias, firstParam, "organization_id");
    case "PARTNER_SALES_OPS":
      return { sql: `${alias}.organization_id = ${me}`, params: [viewer.organizationId] };
    case "PARTNER_SALES_MANAGER":
      return salesManagerTeamSql(viewer, alias, firstParam);
    case "PARTNER_SELLER":
      return { sql: `${alias}.id = ${me}`, params: [viewer.userId] };
  }
});

/**
 * The one definition of which users a viewer may look up as people (the `users` list, a user's
 * last sign-in, invitation, territories and workload), as SQL over `users` aliased `alias`: the
 * vendor admin everyone; everyone else the people of visibleTeamMembersSql (a channel manager:
 * their partners' users; sales operations: their organization; a sales manager: themselves and
 * their direct reports; a seller: themselves).
 */
export const visibleUsersSql = switchable(function visibleUsersSql(
  viewer: Viewer,
  alias: string,
  firstParam: number,
): SqlFragment {
  return viewer.role === "VENDOR_ADMIN"
    ? { sql: "TRUE", params: [] }
    : visibleTeamMembersSql(viewer, alias, firstParam);
});

/**
 * The users a user administrator (`user:manage`) may change, as SQL over `users` aliased
 * `alias`: those of their own organization, and no one else's.
 */
export function manageableUsersSql(viewer: Viewer, alias: string, firstParam: number): SqlFragment {
  return { sql: `${alias}.organization_id = $${firstParam}`, params: [viewer.organizationId] };
}
