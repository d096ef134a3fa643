import type { AccountType, ContactType } from "./account.types";

/** An `accounts` row as ACCOUNT_COLUMNS selects it. */
export interface AccountRow {
  id: string;
  partner_id: string;
  name: string;
  domain: string | null;
  industry: string | null;
  created_at: Date;
}

/** Every query that returns accounts selects these, from `accounts a`. */
export const ACCOUNT_COLUMNS = `a.id, a.partner_id, a.name, a.domain, a.industry, a.created_at`;

export function toAccountType(row: AccountRow): AccountType {
  return {
    id: row.id,
    name: row.name,
    domain: row.domain,
    industry: row.industry,
    createdAt: row.created_at,
    partnerId: row.partner_id,
  };
}

/** A `contacts` row as CONTACT_COLUMNS selects it. */
export interface ContactRow {
  id: string;
  account_id: string;
  owner_id: string | null;
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  created_at: Date;
  updated_at: Date;
}

/** Every query that returns contacts selects these, from `contacts c`. */
export const CONTACT_COLUMNS = `c.id, c.account_id, c.owner_id, c.name, c.title, c.email, c.phone,
  c.created_at, c.updated_at`;

export function toContactType(row: ContactRow): ContactType {
  return {
    id: row.id,
    name: row.name,
    title: row.title,
    email: row.email,
    phone: row.phone,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    accountId: row.account_id,
    ownerId: row.owner_id,
  };
}

/** Groups rows by a key, each key of `keys` in order (empty when it has none). */
export function groupBy<R>(keys: readonly string[], rows: R[], keyOf: (row: R) => string): R[][] {
  const groups = new Map<string, R[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
