import type { Viewer } from "../../context";

/**
 * The one definition of which partner organizations a viewer may see, as SQL over the
 * `organizations` table aliased `alias`. Reused by lists, lookups and (later) every metric.
 */
export function visiblePartnersSql(
  viewer: Viewer,
  alias: string,
  firstParam: number,
): { sql: string; params: unknown[] } {
  switch (viewer.role) {
    case "VENDOR_ADMIN":
      return { sql: `${alias}.kind = 'PARTNER'`, params: [] };
    case "CHANNEL_MANAGER":
      return {
        sql: `${alias}.kind = 'PARTNER' AND ${alias}.channel_manager_id = $${firstParam}`,
        params: [viewer.userId],
      };
    default:
      return { sql: `${alias}.id = $${firstParam}`, params: [viewer.organizationId] };
  }
}
