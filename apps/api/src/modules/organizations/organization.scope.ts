import { isPartnerRole } from "@prm/domain";
import type { Viewer } from "../../auth/viewer";
import { switchable } from "../../common/scope-switch";
import type { SqlFragment } from "../../common/sql-params";

/** Whether the viewer oversees every partner (the vendor admin), not some or their own. */
export const seesEveryPartner = (viewer: Viewer) => viewer.role === "VENDOR_ADMIN";

/**
 * The one definition of which partner organizations a viewer may see, as SQL over the
 * `organizations` table aliased `alias`. Reused by lists, lookups and (later) every metric.
 */
export const visiblePartnersSql = switchable(
  function visiblePartnersSql(
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
  },
  (alias) => `${alias}.kind = 'PARTNER'`,
);

/** A partner user's own organization, compared with `column` (a column naming a partner). */
const isOwnOrganizationSql = switchable(
  (viewer: Viewer, column: string, firstParam: number): SqlFragment => ({
    sql: `${column} = $${firstParam}`,
    params: [viewer.organizationId],
  }),
  (column) =>
    `${column} IN (SELECT any_partner.id FROM organizations any_partner WHERE any_partner.kind = 'PARTNER')`,
);

/**
 * Rows whose `${alias}.${column}` names a partner the viewer sees (visiblePartnersSql). A partner
 * user sees their own organization only, so the column is compared with it directly: joining
 * `organizations` for it planned a join per row, and under row-level security (which compares the
 * same column with the same organization) an estimate of one row where there were hundreds.
 */
export function ofVisiblePartnerSql(
  viewer: Viewer,
  alias: string,
  firstParam: number,
  column = "partner_id",
): SqlFragment {
  if (isPartnerRole(viewer.role)) {
    return isOwnOrganizationSql(viewer, `${alias}.${column}`, firstParam);
  }
  const partnerAlias = `${alias}_partner`;
  const partners = visiblePartnersSql(viewer, partnerAlias, firstParam);
  return {
    sql: `${alias}.${column} IN (SELECT ${partnerAlias}.id FROM organizations ${partnerAlias} WHERE ${partners.sql})`,
    params: partners.params,
  };
}

/**
 * A sales manager's team, as SQL over `users` aliased `alias`: themself and their direct reports,
 * of their own organization (row-level security's app_team_ids() says the same). Here rather
 * than in user.scope, which builds on this file: owned records need it too.
 */
export function salesManagerTeamSql(
  viewer: Viewer,
  alias: string,
  firstParam: number,
): SqlFragment {
  return {
    sql: `${alias}.organization_id = $${firstParam} AND (${alias}.id = $${firstParam + 1} OR ${alias}.manager_id = $${firstParam + 1})`,
    params: [viewer.organizationId, viewer.userId],
  };
}

/**
 * Whether the viewer sees every record of the partners they see (visibleOwnedRecordsSql), not
 * only their own (a seller) or their team's (a sales manager).
 */
export function seesEveryRecordOfTheirPartners(viewer: Viewer): boolean {
  switch (viewer.role) {
    case "PARTNER_SELLER":
    case "PARTNER_SALES_MANAGER":
      return false;
    case "PARTNER_SALES_OPS":
    case "CHANNEL_MANAGER":
    case "VENDOR_ADMIN":
      return true;
  }
}

/**
 * Which of a partner's owned records (deals, opportunities, … — any table with `partner_id` and
 * `owner_id`, aliased `alias`) a viewer may see: those of the partners they see
 * (visiblePartnersSql), narrowed to their own for a seller and to their team's for a sales
 * manager (salesManagerTeamSql). The one definition behind every such entity's scope helper.
 */
export const visibleOwnedRecordsSql = switchable(function visibleOwnedRecordsSql(
  viewer: Viewer,
  alias: string,
  firstParam: number,
): { sql: string; params: unknown[] } {
  const partners = ofVisiblePartnerSql(viewer, alias, firstParam);
  if (seesEveryRecordOfTheirPartners(viewer)) return partners;
  if (viewer.role === "PARTNER_SELLER") {
    return {
      sql: `${partners.sql} AND ${alias}.owner_id = $${firstParam + partners.params.length}`,
      params: [...partners.params, viewer.userId],
    };
  }
  // A sales manager's team as one list (an InitPlan), as row-level security's app_team_ids() has
  // it: as `owner = me OR owner IN (reports)` next to that rule, the planner expected one record
  // and read a team's every opportunity for each page of accounts.
  const teamAlias = `${alias}_team`;
  const team = salesManagerTeamSql(viewer, teamAlias, firstParam + partners.params.length);
  return {
    sql: `${partners.sql} AND ${alias}.owner_id = ANY(ARRAY(SELECT ${teamAlias}.id FROM users ${teamAlias} WHERE ${team.sql}))`,
    params: [...partners.params, ...team.params],
  };
});
