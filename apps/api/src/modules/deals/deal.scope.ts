import type { Viewer } from "../../context";
import { visiblePartnersSql } from "../organizations/organization.scope";

/**
 * The one definition of which deals a viewer may see, as SQL over the `deals` table aliased
 * `alias`: the deals of the partners they see (visiblePartnersSql), narrowed to their own deals for
 * a seller and to their own plus their direct reports' for a sales manager. Reused by every deal
 * query and aggregate, so counts never include a deal the viewer could not open.
 */
export function visibleDealsSql(
  viewer: Viewer,
  alias: string,
  firstParam: number,
): { sql: string; params: unknown[] } {
  const partnerAlias = `${alias}_partner`;
  const partners = visiblePartnersSql(viewer, partnerAlias, firstParam);
  const ofVisiblePartner = `${alias}.partner_id IN (SELECT ${partnerAlias}.id FROM organizations ${partnerAlias} WHERE ${partners.sql})`;
  const viewerParam = `$${firstParam + partners.params.length}`;
  switch (viewer.role) {
    case "PARTNER_SELLER":
      return {
        sql: `${ofVisiblePartner} AND ${alias}.owner_id = ${viewerParam}`,
        params: [...partners.params, viewer.userId],
      };
    case "PARTNER_SALES_MANAGER":
      return {
        sql: `${ofVisiblePartner} AND (${alias}.owner_id = ${viewerParam} OR ${alias}.owner_id IN (SELECT ${alias}_report.id FROM users ${alias}_report WHERE ${alias}_report.manager_id = ${viewerParam}))`,
        params: [...partners.params, viewer.userId],
      };
    case "PARTNER_SALES_OPS":
    case "CHANNEL_MANAGER":
    case "VENDOR_ADMIN":
      return { sql: ofVisiblePartner, params: partners.params };
  }
}
