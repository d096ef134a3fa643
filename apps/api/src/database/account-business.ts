import { TENANT_GROUP } from "./row-security";

/**
 * Each account counts its business: its opportunities, its deals, and those of its deals ever
 * submitted. Triggers keep the counts in the transaction that inserts, deletes or moves an
 * opportunity or a deal, or submits a deal, whatever the code path.
 *
 * Which accounts the vendor side and sales operations see (visibleAccountsSql) is "of a partner
 * they see, with business they see", and what they see of a partner's business does not depend on
 * who asks: every opportunity, and every deal (sales operations) or every submitted one (the
 * vendor side). The counts answer that from the account's own row. Asked of the opportunities and
 * deals instead, a channel manager's accounts list read their 40 partners' 19,221 opportunities,
 * which row-level security checked once more each, and the vendor admin's list read a million. A
 * deal's or an opportunity's account is its partner's (a foreign key), so no count mixes partners.
 */
const COUNTS = {
  opportunity_count: { table: "opportunities", adds: () => "1" },
  deal_count: { table: "deals", adds: () => "1" },
  submitted_deal_count: {
    table: "deals",
    adds: (row: string) => `(${row}.submitted_at IS NOT NULL)::int`,
  },
} as const;

type CountedTable = (typeof COUNTS)[keyof typeof COUNTS]["table"];

const COUNTED_TABLES: Record<CountedTable, { accountKey: string; changesTheCount: string }> = {
  opportunities: {
    accountKey: "FK_b382ff2fc824b078245faddc84c",
    changesTheCount: "OLD.account_id IS DISTINCT FROM NEW.account_id",
  },
  deals: {
    accountKey: "FK_2b97d1ea508c53e8e01e7feda68",
    changesTheCount: `OLD.account_id IS DISTINCT FROM NEW.account_id
                      OR (OLD.submitted_at IS NULL) <> (NEW.submitted_at IS NULL)`,
  },
};

const COUNTED = Object.keys(COUNTED_TABLES) as CountedTable[];
const COUNT_COLUMNS = Object.keys(COUNTS);

const countsOf = (table: CountedTable) =>
  Object.entries(COUNTS).filter(([, count]) => count.table === table);

const triggerFunction = (table: CountedTable) => `${table}_count_for_their_account`;

/** The triggers, for a bulk load to switch off and on around its inserts (then recount). */
export const ACCOUNT_BUSINESS_TRIGGERS = COUNTED.flatMap((table) => [
  { table, name: `${triggerFunction(table)}_insert_delete` },
  { table, name: `${triggerFunction(table)}_update` },
]);

/** A row per deal and opportunity with an account: what it adds to each of its account's counts. */
const BUSINESS_ROWS = COUNTED.map((table) => {
  const adds = Object.entries(COUNTS).map(
    ([column, count]) => `${count.table === table ? count.adds("t") : "0"} AS ${column}`,
  );
  return `SELECT t.account_id, ${adds.join(", ")} FROM ${table} t WHERE t.account_id IS NOT NULL`;
}).join(" UNION ALL ");

/**
 * Every account's counts from its deals and opportunities, over counts at zero (the migration's
 * new columns, the bulk seed's new accounts): an account without business is not written. The
 * accounts are written in the order of their ids, the bulk seed's order (a partner's accounts
 * together): written in the order of a hash, each account of a channel manager's list was on a
 * page of its own, and the list read 3,932 pages instead of about a hundred.
 */
export const COUNT_ACCOUNT_BUSINESS_SQL = `
  UPDATE accounts a
     SET ${COUNT_COLUMNS.map((column) => `${column} = c.${column}`).join(", ")}
    FROM (SELECT account_id, ${COUNT_COLUMNS.map((column) => `sum(${column})::int AS ${column}`).join(", ")}
            FROM (${BUSINESS_ROWS}) business
           GROUP BY account_id ORDER BY account_id) c
   WHERE a.id = c.account_id`;

function triggerStatements(table: CountedTable): string[] {
  const apply = (row: "OLD" | "NEW", sign: "-" | "+") =>
    `UPDATE accounts SET ${countsOf(table)
      .map(([column, count]) => `${column} = ${column} ${sign} ${count.adds(row)}`)
      .join(", ")} WHERE id = ${row}.account_id;`;
  const name = triggerFunction(table);
  return [
    `CREATE FUNCTION ${name}() RETURNS trigger
       LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
     BEGIN
       IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.account_id IS NOT NULL THEN ${apply("OLD", "-")} END IF;
       IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.account_id IS NOT NULL THEN ${apply("NEW", "+")} END IF;
       RETURN NULL;
     END $$`,
    `CREATE TRIGGER ${name}_insert_delete AFTER INSERT OR DELETE ON ${table}
       FOR EACH ROW EXECUTE FUNCTION ${name}()`,
    `CREATE TRIGGER ${name}_update AFTER UPDATE ON ${table}
       FOR EACH ROW WHEN (${COUNTED_TABLES[table].changesTheCount}) EXECUTE FUNCTION ${name}()`,
  ];
}

/** The accounts' columns a request may change: not the counts, nor whose account it is. */
const EDITABLE_ACCOUNT_COLUMNS = [
  "owner_id",
  "name",
  "domain",
  "normalized_name",
  "normalized_domain",
  "industry",
  "updated_at",
];

/** The counts, the keys they rely on, their triggers and first values; run by the tables' owner. */
export function accountBusinessStatements(): string[] {
  return [
    `ALTER TABLE accounts ADD CONSTRAINT accounts_id_partner_key UNIQUE (id, partner_id)`,
    // Replaces the key on the account alone. Deleting an account clears it on its deals and
    // opportunities, which stay their partner's.
    ...COUNTED.flatMap((table) => [
      `ALTER TABLE ${table} DROP CONSTRAINT "${COUNTED_TABLES[table].accountKey}"`,
      `ALTER TABLE ${table} ADD CONSTRAINT ${table}_account_of_partner_fkey
         FOREIGN KEY (account_id, partner_id) REFERENCES accounts (id, partner_id)
         ON DELETE SET NULL (account_id)`,
    ]),
    `ALTER TABLE accounts ${COUNT_COLUMNS.map(
      (column) => `ADD COLUMN ${column} integer NOT NULL DEFAULT 0`,
    ).join(", ")}`,
    `REVOKE UPDATE ON accounts FROM ${TENANT_GROUP}`,
    `GRANT UPDATE (${EDITABLE_ACCOUNT_COLUMNS.join(", ")}) ON accounts TO ${TENANT_GROUP}`,
    ...COUNTED.flatMap(triggerStatements),
    COUNT_ACCOUNT_BUSINESS_SQL,
  ];
}

/** Undoes accountBusinessStatements. */
export function withoutAccountBusinessStatements(): string[] {
  return [
    ...COUNTED.flatMap((table) => [
      `DROP FUNCTION ${triggerFunction(table)}() CASCADE`,
      `ALTER TABLE ${table} DROP CONSTRAINT ${table}_account_of_partner_fkey`,
      `ALTER TABLE ${table} ADD CONSTRAINT "${COUNTED_TABLES[table].accountKey}"
         FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE SET NULL`,
    ]),
    `GRANT UPDATE ON accounts TO ${TENANT_GROUP}`,
    `ALTER TABLE accounts ${COUNT_COLUMNS.map((column) => `DROP COLUMN ${column}`).join(", ")}`,
    `ALTER TABLE accounts DROP CONSTRAINT accounts_id_partner_key`,
  ];
}
