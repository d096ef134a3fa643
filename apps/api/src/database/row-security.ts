import type { Role } from "@prm/domain";

/**
 * Row-level security: the database's own wall between tenants, behind the SQL scope helpers
 * (`visiblePartnersSql`, `visibleOwnedRecordsSql`, … in each module's `*.scope.ts`).
 *
 * Every transaction of a request runs as one of the database roles below (`SET LOCAL ROLE`
 * through `set_config('role', …, true)`, so it ends with the transaction and works through a
 * transaction-pooling PgBouncer), and says who is asking with `app.user_id` and
 * `app.organization_id`. A policy applies to one database role only, so a request's statements are
 * planned with its role's policies alone: the vendor admin's aggregates pay nothing for a
 * seller's rules. None of these roles owns a table or may bypass RLS; the tables' owner (who runs
 * migrations) is never used by a request.
 *
 * The policies say, table by table, what the scope helpers say, with the same words; the
 * isolation suite (test/isolation.int-spec.ts) runs every read with the helpers switched off and
 * then with these policies switched off, and finds no foreign row either way. Where a policy is
 * wider than the helper, it says why.
 */

/** Holds the tables' privileges; every role below inherits them. */
export const TENANT_GROUP = "prm_tenant";
/**
 * What the app's connections log in as (or are members of): it may switch to any role below, and
 * of its own (NOINHERIT) may only look up who a credential signs in (ViewerLookupsNeedNoSwitch),
 * so a connection that forgot to switch reads nothing.
 */
export const CONNECTION_ROLE = "prm_app";

export type DatabaseRole =
  | "prm_anonymous"
  | "prm_system"
  | "prm_vendor_admin"
  | "prm_channel_manager"
  | "prm_partner_sales_ops"
  | "prm_partner_sales_manager"
  | "prm_partner_seller";

/** A viewer's database role: one per application role. */
export const DATABASE_ROLE_OF: Readonly<Record<Role, DatabaseRole>> = {
  VENDOR_ADMIN: "prm_vendor_admin",
  CHANNEL_MANAGER: "prm_channel_manager",
  PARTNER_SALES_OPS: "prm_partner_sales_ops",
  PARTNER_SALES_MANAGER: "prm_partner_sales_manager",
  PARTNER_SELLER: "prm_partner_seller",
};

/**
 * No viewer (signing in, an invalid token): no policy names it, so it sees no tenant row.
 * `prm_system` is for work done on nobody's behalf — the expiry job, the demo seed, checking a
 * password or an invitation link before anyone is signed in, and the cross-partner conflict
 * check (whose answer the app masks): it is named explicitly where used (`asSystem`).
 */
export const DATABASE_ROLES: readonly DatabaseRole[] = [
  "prm_anonymous",
  "prm_system",
  ...Object.values(DATABASE_ROLE_OF),
];

// Wrapped in SELECT so PostgreSQL evaluates each once per statement (an InitPlan), not per row.
// The settings are read here, not through app_user_id() / app_organization_id(): a SQL function
// is inlined by parsing its body again at every reference the planner meets, and a statement of a
// sales manager meets one per table it reads (a replay of their accounts list: −30 µs of planning
// a statement).
const ME = `(SELECT nullif(current_setting('app.user_id', true), '')::uuid)`;
const MY_ORGANIZATION = `(SELECT nullif(current_setting('app.organization_id', true), '')::uuid)`;

/**
 * The lists a policy needs whole — a channel manager's partners, a sales manager's team, sales
 * operations' people, the vendor's organization — come from functions that run as the tables' owner
 * (SECURITY DEFINER) and read only what the request's `app.user_id` names. Written inline, each
 * list brought its own table's policies into the plan of every statement that touched an owned
 * record (opportunities → users → organizations), and planning those nested rules was most of
 * what row-level security cost a sales manager or a channel manager. They are PL/pgSQL, whose
 * statements' plans are kept for the connection: a SQL function's body (not inlined, as a
 * SECURITY DEFINER function never is) was parsed and planned on every call, 0.3–0.7 ms each, on
 * every statement.
 *
 * `query` selects the list's ids. A sales manager's team is looked up once per transaction, by
 * the statement that makes the transaction run as them (BECOME_FUNCTIONS), and the policies read
 * it from the transaction's `app.team_ids` setting: asked for by each table a statement reads, the
 * function call itself (18 µs, 30 µs the first time) was most of what row-level security added to
 * a sales manager's lists. It is the team as it was when the transaction became them; no request
 * of a sales manager changes who reports to whom. (Sales operations' people are not kept:
 * inviting someone adds a person, then their link.)
 */
interface ListFunction {
  returns: "SETOF uuid" | "uuid[]";
  rows?: number;
  query: string;
}

/**
 * A sales manager's team, as a query of its ids: themself and their direct reports, of their own
 * organization (salesManagerTeamSql says the same for the app). The list function and the viewer
 * lookups (viewer-lookups.ts) both ask it.
 */
export const teamOf = (userId: string, organizationId: string) =>
  `SELECT team.id FROM users team WHERE team.organization_id = ${organizationId}
     AND (team.id = ${userId} OR team.manager_id = ${userId})`;

const LIST_FUNCTIONS: Readonly<Record<string, ListFunction>> = {
  // visiblePartnersSql for a channel manager: used as a hashed `IN (SELECT …)` (an array made
  // the channel manager's widgets up to four times as slow: `= ANY` compares one by one).
  app_partner_ids: {
    returns: "SETOF uuid",
    rows: 50,
    query: "SELECT id FROM organizations WHERE channel_manager_id = app_user_id()",
  },
  // A sales manager's team — themself and their direct reports, of their own organization
  // (salesManagerTeamSql, behind visibleOwnedRecordsSql): a few ids, compared with `= ANY`.
  app_team_ids: {
    returns: "uuid[]",
    query: teamOf("app_user_id()", "app_organization_id()"),
  },
  // Sales operations' people (their credentials' rule): as an EXISTS over users, that table's
  // policies (own organization OR the vendor's) were planned into every statement on them.
  app_organization_user_ids: {
    returns: "uuid[]",
    query: "SELECT id FROM users WHERE organization_id = app_organization_id()",
  },
  app_vendor_ids: {
    returns: "uuid[]",
    query: "SELECT id FROM organizations WHERE kind = 'VENDOR'",
  },
};

/** The body of a list function (see LIST_FUNCTIONS). */
function listFunctionBody(list: ListFunction): string {
  if (list.returns === "SETOF uuid") return `BEGIN RETURN QUERY ${list.query}; END`;
  return `BEGIN RETURN (SELECT coalesce(array_agg(id), '{}') FROM (${list.query}) list); END`;
}

/** Where the transaction keeps its sales manager's team (BECOME_FUNCTIONS): `{id,…}`, or ''. */
const TEAM_SETTING = "app.team_ids";

const isOneOfMyPartners = (column: string) => `${column} IN (SELECT app_partner_ids())`;
// Cast: `= ANY ((SELECT …))` would read as "any row of the subquery", not "any element of it".
const MY_TEAM = `(SELECT nullif(current_setting('${TEAM_SETTING}', true), '')::uuid[])::uuid[]`;
const VENDOR = `(SELECT app_vendor_ids())::uuid[]`;
const MY_ORGANIZATIONS_PEOPLE = `(SELECT app_organization_user_ids())::uuid[]`;
const isOneOf = (column: string, list: string) => `${column} = ANY(${list})`;
/**
 * isOneOf as a check on rows found, never a way to find them. As an index condition, `= ANY` of a
 * list whose length the planner cannot know is costed as ten searches; on quotas that made a
 * sales manager's statements prefer the exclusion index (which cannot take a list, nor the app's
 * period conditions) over the (user_id, period) index, and read every quota of each person.
 */
const isCheckedOneOf = (column: string, list: string) => `(${isOneOf(column, list)}) IS TRUE`;
/** A row whose `column` points at a row of `table` the role sees (its own policy applies). */
const seenThrough = (table: string, column: string, target: string) =>
  `EXISTS (SELECT 1 FROM ${target} t WHERE t.id = ${table}.${column})`;

type ViewerRole = Exclude<DatabaseRole, "prm_anonymous" | "prm_system">;

/**
 * A table's rule: per viewer role, the rows it may read and write (`USING` and `WITH CHECK`); a
 * role left out sees none. `read` adds rows the role may read but not write, `insert` rows it
 * may add for others (a notification, an audit entry). `prm_system` sees and writes every row.
 */
interface TableRule {
  /** Columns the rule reads that a later migration added: before it, the table is left alone. */
  needs?: readonly string[];
  rows: Partial<Record<ViewerRole, string>>;
  read?: Partial<Record<ViewerRole, string>>;
  insert?: Partial<Record<ViewerRole, string>>;
}

const PARTNER_ROLES = [
  "prm_partner_sales_ops",
  "prm_partner_sales_manager",
  "prm_partner_seller",
] as const;
const VIEWER_ROLES: readonly ViewerRole[] = [
  "prm_vendor_admin",
  "prm_channel_manager",
  ...PARTNER_ROLES,
];

/**
 * The roles whose rules reach the planner as filters it cannot estimate (`coalesce(rule, false)`:
 * the same rows, as a policy takes NULL for false) rather than as conditions it estimates and
 * searches indexes with. The app's own conditions already select within the rule — its helpers
 * say the same or narrower — but the planner multiplies the two as if independent (an activity's
 * partner, 1 in 2,000, on top of its owner) and chose index scans that read a page per row where
 * a bitmap scan reads each page once: sales operations' team activity paid 10.1 % for row-level
 * security, 7.7–9.1 % so (pnpm bench). A sales manager's team stays a condition: their lists
 * search the owner indexes with it (as a filter, their activity list and trend took 5 % longer).
 */
const RULES_AS_FILTERS: readonly ViewerRole[] = [
  "prm_channel_manager",
  "prm_partner_sales_ops",
  "prm_partner_seller",
];
const asFilter = (role: ViewerRole, rule: string) =>
  RULES_AS_FILTERS.includes(role) && rule !== "TRUE" ? `coalesce((${rule}), false)` : rule;

const everyPartnerRole = (rule: string) =>
  Object.fromEntries(PARTNER_ROLES.map((role) => [role, rule])) as Record<
    (typeof PARTNER_ROLES)[number],
    string
  >;
const everyViewer = (rule: string) =>
  Object.fromEntries(VIEWER_ROLES.map((role) => [role, rule])) as Record<ViewerRole, string>;

/**
 * A partner's records (a `partner_id` column): the partners the viewer sees — all of them for the
 * vendor admin, their assigned ones for a channel manager, their own organization for its users
 * (visiblePartnersSql). Accounts, contacts and territories are the organization's, not a
 * seller's: a seller registering a customer a colleague already has must find that account
 * (the app shows them only their own through visibleAccountsSql).
 */
const ofVisiblePartner = (column: string): TableRule["rows"] => ({
  prm_vendor_admin: "TRUE",
  prm_channel_manager: isOneOfMyPartners(column),
  ...everyPartnerRole(`${column} = ${MY_ORGANIZATION}`),
});

/**
 * Owned records (deals, opportunities, activities): visibleOwnedRecordsSql — a seller their own,
 * a sales manager their own and their direct reports', sales operations their organization's.
 * An owner is always a user of the record's partner (a foreign key on (owner_id, partner_id)),
 * so a seller's and a sales manager's rules need no partner check: one condition on the owner,
 * answered by the owner indexes alone. (As `partner_id = mine AND (owner_id = me OR owner_id =
 * ANY(reports))` it doubled the app's own conditions, and the planner, multiplying both, expected
 * one opportunity of a team's five hundred.)
 */
const ownedRecords = (vendorSide: string): TableRule["rows"] => ({
  prm_vendor_admin: vendorSide,
  prm_channel_manager: `${isOneOfMyPartners("partner_id")} AND ${vendorSide}`,
  prm_partner_sales_ops: `partner_id = ${MY_ORGANIZATION}`,
  prm_partner_sales_manager: isOneOf("owner_id", MY_TEAM),
  prm_partner_seller: `owner_id = ${ME}`,
});

/** Credentials (a `user_id` column): one's own; a user administrator's people's (revocation). */
const OWN_OR_ADMINISTERED: TableRule["rows"] = {
  prm_vendor_admin: "TRUE",
  prm_channel_manager: `user_id = ${ME}`,
  prm_partner_sales_ops: isOneOf("user_id", MY_ORGANIZATIONS_PEOPLE),
  prm_partner_sales_manager: `user_id = ${ME}`,
  prm_partner_seller: `user_id = ${ME}`,
};

export const TABLE_RULES: Readonly<Record<string, TableRule>> = {
  organizations: {
    rows: {
      prm_vendor_admin: "TRUE",
      // The same partners as `channel_manager_id = me`, but planned as a list: the app's own
      // `channel_manager_id = $1` and this rule on the same column made the planner expect one
      // partner instead of forty, and page a channel manager's opportunities by sorting them all.
      prm_channel_manager: isOneOfMyPartners("id"),
      ...everyPartnerRole(`id = ${MY_ORGANIZATION}`),
    },
    // The vendor's own organization: its name on every page.
    read: everyViewer(`kind = 'VENDOR'`),
  },
  users: {
    // visibleUsersSql narrows a partner's people further (a seller sees themself in lists);
    // names on records (who approved, who manages the partner) need the organization's and
    // the vendor's people.
    rows: {
      prm_vendor_admin: "TRUE",
      prm_channel_manager: isOneOfMyPartners("organization_id"),
      ...everyPartnerRole(`organization_id = ${MY_ORGANIZATION}`),
    },
    read: everyViewer(isOneOf("organization_id", VENDOR)),
  },
  sessions: { rows: OWN_OR_ADMINISTERED },
  api_tokens: { rows: OWN_OR_ADMINISTERED },
  dashboard_layouts: { rows: everyViewer(`user_id = ${ME}`) },
  one_time_links: {
    rows: {
      prm_vendor_admin: "TRUE",
      prm_partner_sales_ops: OWN_OR_ADMINISTERED.prm_partner_sales_ops!,
    },
  },
  territories: { rows: ofVisiblePartner("organization_id") },
  user_territories: {
    rows: everyViewer(seenThrough("user_territories", "territory_id", "territories")),
  },
  accounts: { rows: ofVisiblePartner("partner_id") },
  contacts: { rows: ofVisiblePartner("partner_id") },
  // visibleDealsSql: drafts are private to the partner.
  deals: { rows: ownedRecords("submitted_at IS NOT NULL") },
  opportunities: { rows: ownedRecords("TRUE") },
  // A stage change carries its opportunity's partner and owner (a cascading foreign key).
  opportunity_stage_changes: { needs: ["partner_id", "owner_id"], rows: ownedRecords("TRUE") },
  activities: { rows: ownedRecords("TRUE") },
  // visibleQuotasSql: a seller's own; a sales manager's own and their reports'; the partner's
  // own quota and every seller's for sales operations and the vendor side.
  quotas: {
    rows: {
      ...ofVisiblePartner("organization_id"),
      // A quota's user belongs to its organization (a foreign key), as an owner to its partner.
      prm_partner_sales_manager: isCheckedOneOf("user_id", MY_TEAM),
      prm_partner_seller: `user_id = ${ME}`,
    },
  },
  // Read only: written by the opportunities' trigger alone, as the tables' owner.
  opportunity_rollups: { rows: {}, read: ofVisiblePartner("partner_id") },
  notifications: {
    rows: everyViewer(`user_id = ${ME}`),
    // Anyone may notify the people they can see (a seller's submission tells the channel manager).
    insert: everyViewer(seenThrough("notifications", "user_id", "users")),
  },
  audit_events: {
    rows: ofVisiblePartner("partner_id"),
    insert: everyViewer(`actor_id = ${ME}`),
  },
};

/**
 * The functions that make the rest of a transaction run as someone: their database role, the
 * viewer in `app.user_id` / `app.organization_id` and, for a sales manager, their team in
 * `app.team_ids` (a transaction made to run as one any other way sees none of the team's records).
 * `app_become` takes a database role and looks the team up (principal.ts, become);
 * `app_become_viewer` a viewer's role — `prm_anonymous` when the lookup found none — and the team
 * the viewer lookup found with them (principal.ts, becomeFoundViewerSql; viewer-lookups.ts). One
 * call instead of `set_config` expressions in the statement: parsing and planning those, on every
 * request, cost 18 of the 31 µs that becoming the viewer added to its first round trip. They run
 * with the caller's rights: they may switch only to what the caller may.
 */
export const BECOME_FUNCTIONS = {
  app_become: "database_role varchar, viewer_id uuid, viewer_organization_id uuid",
  app_become_viewer:
    "viewer_role varchar, viewer_id uuid, viewer_organization_id uuid, viewer_team_ids uuid[]",
};

export function becomeFunctionStatements(): string[] {
  const databaseRoleOf = Object.entries(DATABASE_ROLE_OF)
    .map(([role, databaseRole]) => `WHEN '${role}' THEN '${databaseRole}'`)
    .join(" ");
  const body = (declare: string, team: string) => `DECLARE done text; ${declare} BEGIN
       done := set_config('role', database_role, true);
       done := set_config('app.user_id', coalesce(viewer_id::text, ''), true);
       done := set_config('app.organization_id', coalesce(viewer_organization_id::text, ''), true);
       done := set_config('${TEAM_SETTING}', CASE database_role
         WHEN '${DATABASE_ROLE_OF.PARTNER_SALES_MANAGER}' THEN coalesce(${team}::text, '') ELSE '' END, true);
     END`;
  const bodies: Record<keyof typeof BECOME_FUNCTIONS, string> = {
    app_become: body("", "app_team_ids()"),
    app_become_viewer: body(
      `database_role text := CASE viewer_role ${databaseRoleOf} ELSE 'prm_anonymous' END;`,
      "viewer_team_ids",
    ),
  };
  return Object.entries(BECOME_FUNCTIONS).flatMap(([name, parameters]) => [
    `DROP FUNCTION IF EXISTS ${name}`,
    `CREATE FUNCTION ${name}(${parameters}) RETURNS void LANGUAGE plpgsql VOLATILE
       AS $$ ${bodies[name as keyof typeof BECOME_FUNCTIONS]} $$`,
    `GRANT EXECUTE ON FUNCTION ${name} TO ${CONNECTION_ROLE}, ${TENANT_GROUP}`,
  ]);
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/**
 * The SQL that (re)creates every policy from TABLE_RULES on a migrated schema, run by the tables'
 * owner: (re)defines the list functions, enables RLS on each table of `tables` (every one when
 * not given) that has the columns its rule needs, drops its existing `prm_` policies and creates
 * the current ones. Idempotent, so a later change to the rules is one migration that runs it
 * again.
 */
export function rowSecurityStatements(tables?: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  // The search path of the migration that creates them: the tables' schema, whoever calls them.
  const statements: string[] = Object.entries(LIST_FUNCTIONS).flatMap(([name, list]) => [
    // A function's language cannot be replaced in place; the policies that call it go with it
    // and are made again below.
    `DROP FUNCTION IF EXISTS ${name}() CASCADE`,
    `CREATE FUNCTION ${name}() RETURNS ${list.returns}
        LANGUAGE plpgsql STABLE SECURITY DEFINER ${list.rows ? `ROWS ${list.rows}` : ""} SET search_path FROM CURRENT
        AS $$ ${listFunctionBody(list)} $$`,
  ]);
  for (const [table, rule] of Object.entries(TABLE_RULES)) {
    const columns = tables?.get(table);
    if (tables && (!columns || rule.needs?.some((column) => !columns.has(column)))) continue;
    statements.push(
      `ALTER TABLE ${quote(table)} ENABLE ROW LEVEL SECURITY`,
      `DO $$ DECLARE p record; BEGIN
         FOR p IN SELECT policyname FROM pg_policies
                   WHERE schemaname = current_schema() AND tablename = '${table}' AND policyname LIKE 'prm\\_%'
         LOOP EXECUTE format('DROP POLICY %I ON %I', p.policyname, '${table}'); END LOOP;
       END $$`,
      `CREATE POLICY prm_system ON ${quote(table)} TO prm_system USING (TRUE) WITH CHECK (TRUE)`,
    );
    for (const [role, ownRule] of Object.entries(rule.rows)) {
      const condition = asFilter(role as ViewerRole, ownRule);
      statements.push(
        `CREATE POLICY ${quote(`${role}_rows`)} ON ${quote(table)} TO ${role} USING (${condition}) WITH CHECK (${condition})`,
      );
    }
    for (const [role, condition] of Object.entries(rule.read ?? {})) {
      statements.push(
        `CREATE POLICY ${quote(`${role}_read`)} ON ${quote(table)} FOR SELECT TO ${role} USING (${condition})`,
      );
    }
    for (const [role, condition] of Object.entries(rule.insert ?? {})) {
      statements.push(
        `CREATE POLICY ${quote(`${role}_insert`)} ON ${quote(table)} FOR INSERT TO ${role} WITH CHECK (${condition})`,
      );
    }
  }
  return statements;
}

/**
 * Applies rowSecurityStatements to the tables (and columns) the schema has so far: a migration
 * written before a table or a column a rule needs existed applies today's rules to the tables of
 * its day, and the migration that adds it applies them again.
 */
export async function applyRowSecurity(queryRunner: {
  query(sql: string): Promise<unknown>;
}): Promise<void> {
  const rows = (await queryRunner.query(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema()`,
  )) as { table_name: string; column_name: string }[];
  const tables = new Map<string, Set<string>>();
  for (const { table_name, column_name } of rows) {
    const columns = tables.get(table_name) ?? new Set<string>();
    tables.set(table_name, columns.add(column_name));
  }
  for (const statement of rowSecurityStatements(tables)) await queryRunner.query(statement);
}
