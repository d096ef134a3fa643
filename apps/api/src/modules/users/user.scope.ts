import type { Viewer } from "../../auth/viewer";
import type { SqlFragment } from "../../common/sql-params";
import { visiblePartnersSql } from "../organizations/organization.scope";

/**
 * Whose work a viewer may see person by person, as SQL over `users` aliased `alias`: the users of
 * the partners they see (vendor side; the partner's sales operations: their whole organization),
 * a sales manager's own and direct reports', a seller's own. The people counterpart of
 * visibleOwnedRecordsSql.
 */
export function visibleTeamMembersSql(
  viewer: Viewer,
  alias: string,
  firstParam: number,
): SqlFragment {
  const me = `$${firstParam}`;
  switch (viewer.role) {
    case "VENDOR_ADMIN":
    case "CHANNEL_MANAGER": {
      const partnerAlias = `${alias}_partner`;
      const partners = visiblePartnersSql(viewer, partnerAlias, firstParam);
      return {
        sql: `${alias}.organization_id IN (SELECT ${partnerAlias}.id FROM organizations ${partnerAlias} WHERE ${partners.sql})`,
        params: partners.params,
      };
    }
    case "PARTNER_SALES_OPS":
      return { sql: `${alias}.organization_id = ${me}`, params: [viewer.organizationId] };
    case "PARTNER_SALES_MANAGER":
      return {
        sql: `${alias}.organization_id = ${me} AND (${alias}.id = $${firstParam + 1} OR ${alias}.manager_id = $${firstParam + 1})`,
        params: [viewer.organizationId, viewer.userId],
      };
    case "PARTNER_SELLER":
      return { sql: `${alias}.id = ${me}`, params: [viewer.userId] };
  }
}
