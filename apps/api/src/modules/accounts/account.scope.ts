import { overseesPartners } from "@prm/domain";
import type { Viewer } from "../../auth/viewer";
import { switchable } from "../../common/scope-switch";
import type { SqlFragment } from "../../common/sql-params";
import { visibleDealsSql } from "../deals/deal.scope";
import { visibleOpportunitiesSql } from "../opportunities/opportunity.scope";
import {
  ofVisiblePartnerSql,
  seesEveryRecordOfTheirPartners,
} from "../organizations/organization.scope";

/**
 * The one definition of which accounts (customer companies) a viewer may see, over `accounts`
 * aliased `alias`: only through a deal or an opportunity in their scope (visibleDealsSql,
 * visibleOpportunitiesSql — so a channel manager reaches their partners' accounts, never
 * through a draft). An account is one partner's, so only the partners the viewer sees are
 * searched: a seller's organization's hundred accounts, not every partner's. A viewer who sees
 * every record of those partners sees every opportunity of the account, and every deal or (the
 * vendor side) every submitted one: the account's own counts say whether there are any
 * (database/account-business.ts).
 */
export const visibleAccountsSql = switchable(function visibleAccountsSql(
  viewer: Viewer,
  alias: string,
  firstParam: number,
): SqlFragment {
  const o = `${alias}_o`;
  const d = `${alias}_d`;
  const partners = ofVisiblePartnerSql(viewer, alias, firstParam);
  if (seesEveryRecordOfTheirPartners(viewer)) {
    const deals = overseesPartners(viewer.role) ? "submitted_deal_count" : "deal_count";
    return {
      sql: `${partners.sql} AND (${alias}.opportunity_count > 0 OR ${alias}.${deals} > 0)`,
      params: partners.params,
    };
  }
  const opportunities = visibleOpportunitiesSql(viewer, o, firstParam + partners.params.length);
  const deals = visibleDealsSql(
    viewer,
    d,
    firstParam + partners.params.length + opportunities.params.length,
  );
  return {
    sql: `${partners.sql}
      AND (EXISTS (SELECT 1 FROM opportunities ${o} WHERE ${o}.account_id = ${alias}.id AND ${opportunities.sql})
        OR EXISTS (SELECT 1 FROM deals ${d} WHERE ${d}.account_id = ${alias}.id AND ${deals.sql}))`,
    params: [...partners.params, ...opportunities.params, ...deals.params],
  };
});

/**
 * Which contacts a viewer may see (and, with contact:write, edit), over `contacts` aliased
 * `alias`: those of the partners they see on the accounts they see. Contacts belong to one
 * partner: another partner's people at the same customer stay invisible.
 */
export const visibleContactsSql = switchable(function visibleContactsSql(
  viewer: Viewer,
  alias: string,
  firstParam: number,
): SqlFragment {
  const a = `${alias}_account`;
  const partners = ofVisiblePartnerSql(viewer, alias, firstParam);
  const accounts = visibleAccountsSql(viewer, a, firstParam + partners.params.length);
  return {
    sql: `${partners.sql}
      AND EXISTS (SELECT 1 FROM accounts ${a} WHERE ${a}.id = ${alias}.account_id AND ${accounts.sql})`,
    params: [...partners.params, ...accounts.params],
  };
});
