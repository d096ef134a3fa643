import { randomBytes, randomUUID } from "node:crypto";
import { DEFAULT_DASHBOARDS, portalForRole, type Role } from "@prm/domain";
import type { DataSource } from "typeorm";
import { DEMO_LOGINS } from "../src/database/seed/constants";
import { seedDemo } from "../src/database/seed/demo";

/**
 * The isolation suite's fixture: the demo dataset, plus what it lacks for the suite to see every
 * kind of private row (an API token and a saved dashboard for each demo login), and — computed
 * by SQL as the tables' owner, apart from everything the app and the policies say — the rows
 * each principal must never see.
 */

/** Who asks: a demo login, or nobody. */
export interface Principal {
  name: string;
  email: string | null;
  role: Role | null;
  userId: string | null;
  organizationId: string | null;
}

/** Why a row is foreign to a principal (the suite's definition, FOREIGN_ROWS_SQL below). */
export type ForeignReason =
  | "anonymous"
  | "another user's private row"
  | "a partner out of reach"
  | "a draft"
  | "a colleague's work";

export interface ForeignRow {
  table: string;
  id: string;
  reason: ForeignReason;
}

/** A principal's foreign rows, by id. */
export interface ForeignSet {
  byId: Map<string, ForeignRow>;
}

/**
 * Every row with a uuid id, as (table, id) with what decides who may see it:
 * - partner_id: the partner organization the row belongs to (null: the vendor's, or nobody's);
 * - owner_id: whose work it is (deals, opportunities, activities and their stage changes);
 * - private_to: the one user it belongs to (notifications, dashboards, sessions, API tokens);
 * - draft: a deal never submitted.
 */
const TENANT_ROWS_SQL = `
  SELECT 'organizations' AS tbl, o.id, CASE WHEN o.kind = 'PARTNER' THEN o.id END AS partner_id,
         NULL::uuid AS owner_id, NULL::uuid AS private_to, false AS draft
    FROM organizations o
  UNION ALL
  SELECT 'users', u.id, CASE WHEN uo.kind = 'PARTNER' THEN uo.id END, NULL, NULL, false
    FROM users u JOIN organizations uo ON uo.id = u.organization_id
  UNION ALL
  SELECT 'one_time_links', l.id, CASE WHEN lo.kind = 'PARTNER' THEN lo.id END, NULL, NULL, false
    FROM one_time_links l JOIN users lu ON lu.id = l.user_id
    JOIN organizations lo ON lo.id = lu.organization_id
  UNION ALL SELECT 'sessions', id, NULL, NULL, user_id, false FROM sessions
  UNION ALL SELECT 'api_tokens', id, NULL, NULL, user_id, false FROM api_tokens
  UNION ALL SELECT 'dashboard_layouts', id, NULL, NULL, user_id, false FROM dashboard_layouts
  UNION ALL SELECT 'notifications', id, NULL, NULL, user_id, false FROM notifications
  UNION ALL
  SELECT 'territories', t.id, CASE WHEN tpo.kind = 'PARTNER' THEN tpo.id END, NULL, NULL, false
    FROM territories t JOIN organizations tpo ON tpo.id = t.organization_id
  UNION ALL SELECT 'accounts', id, partner_id, NULL, NULL, false FROM accounts
  UNION ALL SELECT 'contacts', id, partner_id, NULL, NULL, false FROM contacts
  UNION ALL SELECT 'deals', id, partner_id, owner_id, NULL, submitted_at IS NULL FROM deals
  UNION ALL SELECT 'opportunities', id, partner_id, owner_id, NULL, false FROM opportunities
  UNION ALL
  SELECT 'opportunity_stage_changes', c.id, so.partner_id, so.owner_id, NULL, false
    FROM opportunity_stage_changes c JOIN opportunities so ON so.id = c.opportunity_id
  UNION ALL SELECT 'activities', id, partner_id, owner_id, NULL, false FROM activities
  UNION ALL SELECT 'quotas', id, organization_id, NULL, NULL, false FROM quotas
  UNION ALL SELECT 'audit_events', id, partner_id, NULL, NULL, false FROM audit_events`;

/**
 * The suite's definition of "foreign", written once: the rows a principal must never receive,
 * through any read operation, whatever the app's scope helpers or the policies say. Parameters:
 * $1 role (null: anonymous), $2 user id, $3 organization id. A row is foreign when, first match:
 * - anonymous: every row;
 * - it is another user's private row (notifications, dashboards, sessions, API tokens) — for
 *   everyone, the vendor admin included;
 * - it belongs to a partner the principal does not oversee: for a partner user any other
 *   partner organization, for a channel manager any partner not assigned to them;
 * - it is a draft (a deal never submitted) and the principal is on the vendor side;
 * - it is a deal, opportunity, activity or stage change that is not the principal's work: for a
 *   seller not their own, for a sales manager neither their own nor a direct report's.
 * Everything else a principal may see (a partner's accounts, contacts, territories, quotas and
 * people are its whole organization's; the vendor's people and organization are everyone's).
 */
const FOREIGN_ROWS_SQL = `
  WITH me AS (SELECT $1::text AS role, $2::uuid AS user_id, $3::uuid AS organization_id),
  overseen AS (
    SELECT p.id FROM organizations p, me
     WHERE p.kind = 'PARTNER'
       AND (me.role = 'VENDOR_ADMIN'
            OR (me.role = 'CHANNEL_MANAGER' AND p.channel_manager_id = me.user_id)
            OR (me.role LIKE 'PARTNER\\_%' AND p.id = me.organization_id))),
  whose_work AS (
    SELECT w.id FROM users w, me
     WHERE me.role IN ('VENDOR_ADMIN', 'CHANNEL_MANAGER', 'PARTNER_SALES_OPS')
        OR w.id = me.user_id
        OR (me.role = 'PARTNER_SALES_MANAGER' AND w.manager_id = me.user_id))
  SELECT r.tbl AS "table", r.id::text AS id,
         CASE
           WHEN me.role IS NULL THEN 'anonymous'
           WHEN r.private_to <> me.user_id THEN 'another user''s private row'
           WHEN r.partner_id IS NOT NULL AND r.partner_id NOT IN (SELECT id FROM overseen)
             THEN 'a partner out of reach'
           WHEN r.draft AND me.role IN ('VENDOR_ADMIN', 'CHANNEL_MANAGER') THEN 'a draft'
           WHEN r.owner_id IS NOT NULL AND r.owner_id NOT IN (SELECT id FROM whose_work)
             THEN 'a colleague''s work'
         END AS reason
    FROM (${TENANT_ROWS_SQL}) r, me`;

/** The six demo logins and nobody. */
export async function demoPrincipals(ds: DataSource): Promise<Principal[]> {
  const rows: { id: string; email: string; role: Role; organization_id: string }[] = await ds.query(
    `SELECT id, email, role, organization_id FROM users WHERE email = ANY($1)`,
    [DEMO_LOGINS.map((login) => login.email)],
  );
  const byEmail = new Map(rows.map((row) => [row.email, row]));
  return [
    ...DEMO_LOGINS.map((login) => {
      const user = byEmail.get(login.email);
      if (!user) throw new Error(`The demo has no ${login.email}`);
      return {
        name: `${login.email} (${login.role})`,
        email: login.email,
        role: user.role,
        userId: user.id,
        organizationId: user.organization_id,
      };
    }),
    { name: "anonymous", email: null, role: null, userId: null, organizationId: null },
  ];
}

/** Every row of every table by id (the suite counts the rows it was shown, and of which table). */
export async function tablesOfIds(ds: DataSource): Promise<Map<string, string>> {
  const rows: { tbl: string; id: string }[] = await ds.query(
    `SELECT tbl, id::text AS id FROM (${TENANT_ROWS_SQL}) r`,
  );
  return new Map(rows.map((row) => [row.id, row.tbl]));
}

export async function foreignRowsOf(ds: DataSource, principal: Principal): Promise<ForeignSet> {
  const rows: ({ reason: ForeignReason | null } & Omit<ForeignRow, "reason">)[] = await ds.query(
    FOREIGN_ROWS_SQL,
    [principal.role, principal.userId, principal.organizationId],
  );
  const byId = new Map<string, ForeignRow>();
  for (const row of rows) if (row.reason) byId.set(row.id, row as ForeignRow);
  return { byId };
}

/**
 * The demo dataset, plus for each demo login an API token and a saved dashboard for their
 * portal. The dashboard's first widget is named by its layout's id, so a layout shown to the
 * wrong person shows a foreign id. Inserted as the tables' owner.
 */
export async function seedIsolationFixture(ds: DataSource): Promise<void> {
  await seedDemo(ds);
  const users: { id: string; role: Role }[] = await ds.query(
    `SELECT id, role FROM users WHERE email = ANY($1)`,
    [DEMO_LOGINS.map((login) => login.email)],
  );
  for (const user of users) {
    const layoutId = randomUUID();
    const portal = portalForRole(user.role);
    const widgets = DEFAULT_DASHBOARDS[portal].map((placement, index) =>
      index === 0 ? { ...placement, id: layoutId } : placement,
    );
    await ds.query(
      `INSERT INTO dashboard_layouts (id, user_id, portal, widgets) VALUES ($1, $2, $3, $4::jsonb)`,
      [layoutId, user.id, portal, JSON.stringify(widgets)],
    );
    await ds.query(
      `INSERT INTO api_tokens (user_id, name, token_hash, prefix, expires_at)
       VALUES ($1, 'isolation suite', $2, $3, now() + interval '30 days')`,
      [user.id, randomBytes(32).toString("hex"), `prm_${randomBytes(4).toString("hex")}`],
    );
  }
}
