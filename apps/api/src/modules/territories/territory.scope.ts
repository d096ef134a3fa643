import type { Viewer } from "../../auth/viewer";
import type { SqlFragment } from "../../common/sql-params";

/**
 * The territories a viewer may change, as SQL over `territories` aliased `alias`: their own
 * organization's (the permission, territory:manage, says who may change any). Territories exist
 * only in partner organizations.
 */
export function manageableTerritoriesSql(
  viewer: Viewer,
  alias: string,
  firstParam: number,
): SqlFragment {
  return { sql: `${alias}.organization_id = $${firstParam}`, params: [viewer.organizationId] };
}
