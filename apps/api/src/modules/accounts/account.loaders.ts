import { OPEN_STAGES } from "@prm/domain";
import DataLoader from "dataloader";
import type { EntityManager } from "typeorm";
import { requireViewer, type Viewer } from "../../auth/viewer";
import { perRequest, type RequestScope } from "../../common/per-request";
import { SqlParams } from "../../common/sql-params";
import {
  OPPORTUNITY_COLUMNS,
  toOpportunityType,
  type OpportunityRow,
} from "../opportunities/opportunity.rows";
import { visibleOpportunitiesSql } from "../opportunities/opportunity.scope";
import type { OpportunityType } from "../opportunities/opportunity.types";
import {
  ACCOUNT_COLUMNS,
  CONTACT_COLUMNS,
  groupBy,
  toAccountType,
  toContactType,
  type AccountRow,
  type ContactRow,
} from "./account.rows";
import { visibleAccountsSql, visibleContactsSql } from "./account.scope";
import type { AccountType, ContactType } from "./account.types";

type Scope = RequestScope & { viewer: Viewer | null };

/**
 * Per-request batch loaders around accounts. "Visible" ones apply the viewer's scope; the others
 * follow a reference from a row the viewer may already read (an opportunity's account is visible
 * whenever the opportunity is).
 */
export const accountLoaders = perRequest(({ db, viewer }: Scope) => {
  const scoped = () => requireViewer({ viewer });
  const opportunitiesByFirst = new Map<number, DataLoader<string, OpportunityType[]>>();
  return {
    visibleById: new DataLoader((ids: readonly string[]) => loadVisibleAccounts(db, scoped(), ids)),
    visibleContactById: new DataLoader((ids: readonly string[]) =>
      loadVisibleContacts(db, scoped(), ids),
    ),
    /** The viewer's partners' contacts on each account (one partner's for partner users). */
    contactsOfAccount: new DataLoader((accountIds: readonly string[]) =>
      loadContactsOfAccounts(db, scoped(), accountIds),
    ),
    /** Each readable opportunity's account, or null. */
    accountOfOpportunity: new DataLoader((opportunityIds: readonly string[]) =>
      loadAccountsOfOpportunities(db, opportunityIds),
    ),
    /** Each readable opportunity's partner's contacts on its account. */
    contactsOfOpportunity: new DataLoader((opportunityIds: readonly string[]) =>
      loadContactsOfOpportunities(db, opportunityIds),
    ),
    /** The amount of each account's open opportunities in the viewer's scope. */
    openAmount: new DataLoader((accountIds: readonly string[]) =>
      loadOpenAmounts(db, scoped(), accountIds),
    ),
    /** Each account's newest `first` opportunities in the viewer's scope. */
    opportunities(first: number): DataLoader<string, OpportunityType[]> {
      let loader = opportunitiesByFirst.get(first);
      if (!loader) {
        loader = new DataLoader((accountIds: readonly string[]) =>
          loadOpportunitiesOfAccounts(db, scoped(), accountIds, first),
        );
        opportunitiesByFirst.set(first, loader);
      }
      return loader;
    },
  };
});

async function loadVisibleAccounts(
  db: EntityManager,
  viewer: Viewer,
  ids: readonly string[],
): Promise<(AccountType | null)[]> {
  const params = new SqlParams();
  const rows: AccountRow[] = await db.query(
    `SELECT ${ACCOUNT_COLUMNS} FROM accounts a
      WHERE a.id = ANY(${params.bind(ids)}::uuid[])
        AND ${params.scope((first) => visibleAccountsSql(viewer, "a", first))}`,
    params.values,
  );
  const byId = new Map(rows.map((row) => [row.id, toAccountType(row)]));
  return ids.map((id) => byId.get(id) ?? null);
}

async function loadVisibleContacts(
  db: EntityManager,
  viewer: Viewer,
  ids: readonly string[],
): Promise<(ContactType | null)[]> {
  const params = new SqlParams();
  const rows: ContactRow[] = await db.query(
    `SELECT ${CONTACT_COLUMNS} FROM contacts c
      WHERE c.id = ANY(${params.bind(ids)}::uuid[])
        AND ${params.scope((first) => visibleContactsSql(viewer, "c", first))}`,
    params.values,
  );
  const byId = new Map(rows.map((row) => [row.id, toContactType(row)]));
  return ids.map((id) => byId.get(id) ?? null);
}

async function loadContactsOfAccounts(
  db: EntityManager,
  viewer: Viewer,
  accountIds: readonly string[],
): Promise<ContactType[][]> {
  const params = new SqlParams();
  const rows: ContactRow[] = await db.query(
    `SELECT ${CONTACT_COLUMNS} FROM contacts c
      WHERE c.account_id = ANY(${params.bind(accountIds)}::uuid[])
        AND ${params.scope((first) => visibleContactsSql(viewer, "c", first))}
      ORDER BY c.name, c.id`,
    params.values,
  );
  return groupBy(accountIds, rows, (row) => row.account_id).map((group) =>
    group.map(toContactType),
  );
}

async function loadAccountsOfOpportunities(
  db: EntityManager,
  opportunityIds: readonly string[],
): Promise<(AccountType | null)[]> {
  const rows: (AccountRow & { opportunity_id: string })[] = await db.query(
    `SELECT o.id AS opportunity_id, ${ACCOUNT_COLUMNS}
       FROM opportunities o JOIN accounts a ON a.id = o.account_id
      WHERE o.id = ANY($1::uuid[])`,
    [opportunityIds],
  );
  const byOpportunity = new Map(rows.map((row) => [row.opportunity_id, toAccountType(row)]));
  return opportunityIds.map((id) => byOpportunity.get(id) ?? null);
}

async function loadContactsOfOpportunities(
  db: EntityManager,
  opportunityIds: readonly string[],
): Promise<ContactType[][]> {
  const rows: (ContactRow & { opportunity_id: string })[] = await db.query(
    `SELECT o.id AS opportunity_id, ${CONTACT_COLUMNS}
       FROM opportunities o
       JOIN contacts c ON c.account_id = o.account_id AND c.partner_id = o.partner_id
      WHERE o.id = ANY($1::uuid[])
      ORDER BY c.name, c.id`,
    [opportunityIds],
  );
  return groupBy(opportunityIds, rows, (row) => row.opportunity_id).map((group) =>
    group.map(toContactType),
  );
}

async function loadOpenAmounts(
  db: EntityManager,
  viewer: Viewer,
  accountIds: readonly string[],
): Promise<string[]> {
  const params = new SqlParams();
  const rows: { account_id: string; amount: string }[] = await db.query(
    `SELECT o.account_id, round(sum(o.amount), 2)::text AS amount FROM opportunities o
      WHERE o.account_id = ANY(${params.bind(accountIds)}::uuid[])
        AND o.stage = ANY(${params.bind(OPEN_STAGES)}::varchar[])
        AND ${params.scope((first) => visibleOpportunitiesSql(viewer, "o", first))}
      GROUP BY o.account_id`,
    params.values,
  );
  const byAccount = new Map(rows.map((row) => [row.account_id, row.amount]));
  return accountIds.map((id) => byAccount.get(id) ?? "0.00");
}

async function loadOpportunitiesOfAccounts(
  db: EntityManager,
  viewer: Viewer,
  accountIds: readonly string[],
  first: number,
): Promise<OpportunityType[][]> {
  const params = new SqlParams();
  const rows: OpportunityRow[] = await db.query(
    `SELECT r.* FROM (
       SELECT ${OPPORTUNITY_COLUMNS},
              row_number() OVER (PARTITION BY o.account_id ORDER BY o.created_at DESC, o.id DESC) AS n
         FROM opportunities o
        WHERE o.account_id = ANY(${params.bind(accountIds)}::uuid[])
          AND ${params.scope((f) => visibleOpportunitiesSql(viewer, "o", f))}) r
      WHERE r.n <= ${params.bind(first)}
      ORDER BY r.n`,
    params.values,
  );
  return groupBy(accountIds, rows, (row) => row.account_id ?? "").map((group) =>
    group.map(toOpportunityType),
  );
}
