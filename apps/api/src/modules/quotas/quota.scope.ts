import { overseesPartners, quotaTargetsOf } from "@prm/domain";
import type { Viewer } from "../../auth/viewer";
import { switchable } from "../../common/scope-switch";
import type { SqlFragment } from "../../common/sql-params";
import { ofVisiblePartnerSql, visiblePartnersSql } from "../organizations/organization.scope";
import { visibleTeamMembersSql } from "../users/user.scope";

/**
 * Whether the viewer sees every opportunity of the partners they see (visibleOwnedRecordsSql):
 * the vendor side and the partner's sales operations. Only they read a partner's own quota, whose
 * attainment counts all of them.
 */
const seesWholePartners = (viewer: Viewer) =>
  overseesPartners(viewer.role) || viewer.role === "PARTNER_SALES_OPS";

/**
 * The quotas a viewer may read, as SQL over `quotas` aliased `alias`: a seller's when the viewer
 * sees that seller's work (visibleTeamMembersSql), a partner's own when they see all of the
 * partner's (seesWholePartners). Attainment then never counts an opportunity they could not read.
 */
export const visibleQuotasSql = switchable(function visibleQuotasSql(
  viewer: Viewer,
  alias: string,
  firstParam: number,
): SqlFragment {
  const team = visibleTeamMembersSql(viewer, `${alias}_u`, firstParam);
  const sellers = `${alias}.user_id IN (SELECT ${alias}_u.id FROM users ${alias}_u WHERE ${team.sql})`;
  if (!seesWholePartners(viewer)) return { sql: sellers, params: team.params };
  const partners = ofVisiblePartnerSql(
    viewer,
    alias,
    firstParam + team.params.length,
    "organization_id",
  );
  return {
    sql: `(${sellers} OR (${alias}.user_id IS NULL AND ${partners.sql}))`,
    params: [...team.params, ...partners.params],
  };
});

/**
 * The partner organizations whose quota the viewer sets, over `organizations` aliased `alias`:
 * those they oversee (their channel manager, the vendor admin); none for partner users.
 */
export function quotaPartnersSql(viewer: Viewer, alias: string, firstParam: number): SqlFragment {
  if (!quotaTargetsOf(viewer.role).includes("PARTNER")) return { sql: "FALSE", params: [] };
  const partners = visiblePartnersSql(viewer, alias, firstParam);
  return { sql: `${alias}.kind = 'PARTNER' AND ${partners.sql}`, params: partners.params };
}

/**
 * The sellers whose quota the viewer sets, over `users` aliased `alias`: active partner sellers
 * they see person by person (a sales manager's reports, the organization's for sales
 * operations); none for the vendor side.
 */
export function quotaSellersSql(viewer: Viewer, alias: string, firstParam: number): SqlFragment {
  if (!quotaTargetsOf(viewer.role).includes("SELLER")) return { sql: "FALSE", params: [] };
  const team = visibleTeamMembersSql(viewer, alias, firstParam);
  return {
    sql: `${alias}.role = 'PARTNER_SELLER' AND ${alias}.active AND ${team.sql}`,
    params: team.params,
  };
}

/** The quotas the viewer may change or delete, over `quotas` aliased `alias`: their targets'. */
export function editableQuotasSql(viewer: Viewer, alias: string, firstParam: number): SqlFragment {
  const partners = quotaPartnersSql(viewer, `${alias}_po`, firstParam);
  const sellers = quotaSellersSql(viewer, `${alias}_su`, firstParam + partners.params.length);
  return {
    sql: `((${alias}.user_id IS NULL AND ${alias}.organization_id IN (
        SELECT ${alias}_po.id FROM organizations ${alias}_po WHERE ${partners.sql}))
      OR ${alias}.user_id IN (SELECT ${alias}_su.id FROM users ${alias}_su WHERE ${sellers.sql}))`,
    params: [...partners.params, ...sellers.params],
  };
}
