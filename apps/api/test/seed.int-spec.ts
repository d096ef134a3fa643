import {
  DEAL_STATUSES,
  DEFAULT_PROTECTION_DAYS,
  dealNotificationTitle,
  dueWindowRange,
  OPPORTUNITY_STAGES,
  PARTNER_ROLES,
  STAGE_PROBABILITY,
  isOverSla,
  lastNQuarters,
  protectionExpiresAt,
  type DealNotificationType,
} from "@prm/domain";
import type { DataSource } from "typeorm";
import { verifyPassword } from "../src/auth/passwords";
import type { Database } from "../src/database/data-source";
import { DEMO_IDS, DEMO_LOGINS, DEMO_PASSWORD } from "../src/database/seed/constants";
import { isDatabaseEmpty, seedDemo, type SeedCounts } from "../src/database/seed/demo";
import { openTestDatabase } from "./harness";
import { accountBusiness } from "./support/account-business";

const NOW = new Date("2026-11-26T12:00:00Z");
/** "The last four quarters and the current one": 2025-10-01 up to NOW. */
const WINDOW_FROM = lastNQuarters(5, NOW)[0]!.from;

let db: Database;
let ds: DataSource;
let counts: SeedCounts;

async function rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return ds.query(sql, params);
}
async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
  const [row] = await rows<T>(sql, params);
  if (!row) throw new Error(`no row from: ${sql}`);
  return row;
}
async function count(sql: string, params: unknown[] = []): Promise<number> {
  return Number((await one<{ n: string | number }>(sql, params)).n);
}

beforeAll(async () => {
  db = await openTestDatabase();
  ds = db.dataSource;
  expect(await isDatabaseEmpty(ds)).toBe(true);
  counts = await seedDemo(ds, { now: NOW });
}, 120_000);

afterAll(async () => {
  await db?.close();
});

describe("seedDemo", () => {
  it("fills the database once and refuses a second run", async () => {
    expect(await isDatabaseEmpty(ds)).toBe(false);
    await expect(seedDemo(ds, { now: NOW })).rejects.toThrow(/--reset/);
  });

  it("returns the rows per table", async () => {
    expect(counts.organizations).toBe(13);
    expect(counts.users).toBe(await count(`SELECT count(*) AS n FROM users`));
    expect(counts.deals).toBeGreaterThanOrEqual(300);
    expect(counts.opportunities).toBeGreaterThanOrEqual(600);
    expect(counts.activities).toBeGreaterThanOrEqual(1_200);
    expect(counts.migrations).toBeUndefined();
  });

  it("has one vendor with an admin and three channel managers, and twelve partners", async () => {
    const orgs = await rows<{ kind: string; n: number }>(
      `SELECT kind, count(*)::int AS n FROM organizations GROUP BY kind ORDER BY kind`,
    );
    expect(orgs).toEqual([
      { kind: "PARTNER", n: 12 },
      { kind: "VENDOR", n: 1 },
    ]);
    const vendor = await one<{ id: string; name: string }>(
      `SELECT id, name FROM organizations WHERE kind = 'VENDOR'`,
    );
    expect(vendor).toEqual({ id: DEMO_IDS.vendor, name: "Acme Cloud" });
    const staff = await rows<{ role: string; n: number }>(
      `SELECT role, count(*)::int AS n FROM users WHERE organization_id = $1 GROUP BY role ORDER BY role`,
      [DEMO_IDS.vendor],
    );
    expect(staff).toEqual([
      { role: "CHANNEL_MANAGER", n: 3 },
      { role: "VENDOR_ADMIN", n: 1 },
    ]);
    const partners = await rows<{ id: string; name: string; tier: string }>(
      `SELECT id, name, tier FROM organizations WHERE kind = 'PARTNER' ORDER BY id`,
    );
    expect(partners.map((p) => p.id)).toEqual(
      Array.from({ length: 12 }, (_, i) => DEMO_IDS.partnerOrgId(i + 1)),
    );
    expect(partners[0]?.name).toBe("Northwind Solutions");
    expect(partners[1]?.name).toBe("Contoso Partners");
    expect(new Set(partners.map((p) => p.tier))).toEqual(
      new Set(["PLATINUM", "GOLD", "SILVER", "REGISTERED"]),
    );
  });

  it("staffs each partner with one sales ops user, 1–2 managers and 2–5 sellers", async () => {
    const teams = await rows<{ ops: number; managers: number; sellers: number }>(
      `SELECT count(*) FILTER (WHERE u.role = 'PARTNER_SALES_OPS')::int AS ops,
              count(*) FILTER (WHERE u.role = 'PARTNER_SALES_MANAGER')::int AS managers,
              count(*) FILTER (WHERE u.role = 'PARTNER_SELLER')::int AS sellers
         FROM organizations o JOIN users u ON u.organization_id = o.id
        WHERE o.kind = 'PARTNER' GROUP BY o.id`,
    );
    expect(teams).toHaveLength(12);
    for (const team of teams) {
      expect(team.ops).toBe(1);
      expect(team.managers).toBeGreaterThanOrEqual(1);
      expect(team.managers).toBeLessThanOrEqual(2);
      expect(team.sellers).toBeGreaterThanOrEqual(2);
      expect(team.sellers).toBeLessThanOrEqual(5);
    }
    const partnerUsers = teams.reduce((sum, t) => sum + t.ops + t.managers + t.sellers, 0);
    expect(partnerUsers).toBeGreaterThanOrEqual(50);
    expect(partnerUsers).toBeLessThanOrEqual(70);
    const sellersWithoutOwnManager = await count(
      `SELECT count(*) AS n FROM users s LEFT JOIN users m ON m.id = s.manager_id
        WHERE s.role = 'PARTNER_SELLER'
          AND (m.id IS NULL OR m.role <> 'PARTNER_SALES_MANAGER' OR m.organization_id <> s.organization_id)`,
    );
    expect(sellersWithoutOwnManager).toBe(0);
  });

  it("gives partner users lowercase emails at <partner>.demo; one of them is inactive", async () => {
    const users = await rows<{ email: string; active: boolean; role: string }>(
      `SELECT email, active, role FROM users WHERE role = ANY($1)`,
      [PARTNER_ROLES],
    );
    for (const user of users) expect(user.email).toMatch(/^[a-z0-9.]+@[a-z]+\.demo$/);
    const inactive = users.filter((u) => !u.active);
    expect(inactive).toHaveLength(1);
    expect(DEMO_LOGINS.map((l) => l.email)).not.toContain(inactive[0]?.email);
    expect(await count(`SELECT count(*) AS n FROM users WHERE NOT active`)).toBe(1);
  });

  it("gives everyone the demo password, hashed once", async () => {
    const hashes = await rows<{ password_hash: string }>(
      `SELECT DISTINCT password_hash FROM users`,
    );
    expect(hashes).toHaveLength(1);
    expect(await verifyPassword(hashes[0]!.password_hash, DEMO_PASSWORD)).toBe(true);
  });

  it("creates the demo logins with their roles, organizations and reporting line", async () => {
    for (const login of DEMO_LOGINS) {
      const user = await one<{ role: string; active: boolean }>(
        `SELECT role, active FROM users WHERE email = $1`,
        [login.email],
      );
      expect(user).toEqual({ role: login.role, active: true });
    }
    const byEmail = async (email: string) =>
      one<{ id: string; organization_id: string; manager_id: string | null }>(
        `SELECT id, organization_id, manager_id FROM users WHERE email = $1`,
        [email],
      );
    const { northwind, contoso } = DEMO_IDS.organizations;
    expect(await byEmail("admin@demo.prm")).toMatchObject({
      id: DEMO_IDS.users.admin,
      organization_id: DEMO_IDS.vendor,
    });
    expect(await byEmail("cm@demo.prm")).toMatchObject({ id: DEMO_IDS.users.cm });
    expect(await byEmail("seller@northwind.demo")).toEqual({
      id: DEMO_IDS.users.northwindSeller,
      organization_id: northwind,
      manager_id: DEMO_IDS.users.northwindManager,
    });
    expect(await byEmail("manager@northwind.demo")).toMatchObject({
      id: DEMO_IDS.users.northwindManager,
      organization_id: northwind,
    });
    expect(await byEmail("ops@northwind.demo")).toMatchObject({
      id: DEMO_IDS.users.northwindOps,
      organization_id: northwind,
    });
    expect(await byEmail("seller@contoso.demo")).toMatchObject({
      id: DEMO_IDS.users.contosoSeller,
      organization_id: contoso,
    });
  });

  it("assigns cm@demo.prm Northwind and other partners, and Contoso to another manager", async () => {
    const ofCm = await rows<{ id: string }>(
      `SELECT id FROM organizations WHERE channel_manager_id = $1`,
      [DEMO_IDS.users.cm],
    );
    const ids = ofCm.map((o) => o.id);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    expect(ids).toContain(DEMO_IDS.organizations.northwind);
    expect(ids).not.toContain(DEMO_IDS.organizations.contoso);
    const contoso = await one<{ channel_manager_id: string }>(
      `SELECT channel_manager_id FROM organizations WHERE id = $1`,
      [DEMO_IDS.organizations.contoso],
    );
    expect(contoso.channel_manager_id).toBe(DEMO_IDS.users.cm2);
    expect(
      await count(
        `SELECT count(*) AS n FROM organizations WHERE kind = 'PARTNER' AND channel_manager_id IS NULL`,
      ),
    ).toBe(0);
  });

  it("has hierarchical territories per partner, with users assigned to them", async () => {
    const perPartner = await rows<{ roots: number; children: number }>(
      `SELECT count(*) FILTER (WHERE parent_id IS NULL)::int AS roots,
              count(*) FILTER (WHERE parent_id IS NOT NULL)::int AS children
         FROM territories GROUP BY organization_id`,
    );
    expect(perPartner).toHaveLength(12);
    for (const p of perPartner) {
      expect(p.roots).toBeGreaterThan(0);
      expect(p.children).toBeGreaterThan(0);
    }
    expect(
      await count(
        `SELECT count(*) AS n FROM user_territories ut
           JOIN territories t ON t.id = ut.territory_id JOIN users u ON u.id = ut.user_id
          WHERE t.organization_id <> u.organization_id`,
      ),
    ).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM user_territories`)).toBeGreaterThan(40);
  });

  it("has customers with contacts, some claimed by two partners", async () => {
    expect(counts.accounts).toBeGreaterThan(200);
    expect(counts.contacts).toBeGreaterThanOrEqual(2 * counts.accounts!);
    const shared = await rows<{ normalized_domain: string }>(
      `SELECT normalized_domain FROM accounts GROUP BY normalized_domain
       HAVING count(DISTINCT partner_id) > 1`,
    );
    expect(shared.length).toBeGreaterThanOrEqual(3);
    const claimedByTwo = await count(
      `SELECT count(*) AS n FROM (
         SELECT normalized_domain FROM deals WHERE status IN ('SUBMITTED', 'APPROVED', 'RETURNED')
          GROUP BY normalized_domain HAVING count(DISTINCT partner_id) > 1) x`,
    );
    expect(claimedByTwo).toBeGreaterThanOrEqual(1);
    const mismatched = await count(
      `SELECT count(*) AS n FROM contacts c JOIN accounts a ON a.id = c.account_id
        WHERE c.partner_id <> a.partner_id`,
    );
    expect(mismatched).toBe(0);
  });

  it("counts every account's business as its deals and opportunities say", async () => {
    const { kept, counted } = await accountBusiness(ds);
    expect(kept).toEqual(counted);
    expect(kept.filter((account) => account.opportunity_count > 0).length).toBeGreaterThan(100);
  });

  it("has ≥ 300 deals in every status, each consistent with its status", async () => {
    const byStatus = await rows<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM deals GROUP BY status`,
    );
    expect(byStatus.map((s) => s.status).sort()).toEqual([...DEAL_STATUSES].sort());
    const deals = await rows<{
      status: string;
      estimated_amount: string;
      submitted_at: Date | null;
      decided_at: Date | null;
      decided_by_id: string | null;
      decision_note: string | null;
      protection_expires_at: Date | null;
      channel_manager_id: string;
      products: string[];
      territory_id: string | null;
      expected_close_date: string;
      won: boolean;
    }>(
      `SELECT d.*, o.channel_manager_id,
              EXISTS (SELECT 1 FROM opportunities x WHERE x.deal_id = d.id AND x.stage = 'CLOSED_WON') AS won
         FROM deals d JOIN organizations o ON o.id = d.partner_id`,
    );
    expect(deals.length).toBeGreaterThanOrEqual(300);
    for (const deal of deals) {
      expect(deal.estimated_amount).toMatch(/^\d+\.\d\d$/);
      expect(deal.products.length).toBeGreaterThan(0);
      expect(deal.territory_id).not.toBeNull();
      expect(deal.expected_close_date).toBeTruthy();
      expect(deal.submitted_at === null).toBe(deal.status === "DRAFT");
      const decided = ["APPROVED", "EXPIRED", "RETURNED", "REJECTED"].includes(deal.status);
      expect(deal.decided_at !== null).toBe(decided);
      if (decided) expect(deal.decided_by_id).toBe(deal.channel_manager_id);
      if (deal.status === "RETURNED" || deal.status === "REJECTED") {
        expect(deal.decision_note).toBeTruthy();
      }
      if (deal.status === "APPROVED" || deal.status === "EXPIRED") {
        expect(deal.protection_expires_at).toEqual(
          protectionExpiresAt(deal.decided_at!, DEFAULT_PROTECTION_DAYS),
        );
      }
      if (deal.status === "EXPIRED")
        expect(deal.protection_expires_at!.getTime()).toBeLessThan(NOW.getTime());
      if (deal.status === "APPROVED" && deal.protection_expires_at! <= NOW)
        expect(deal.won).toBe(true);
      for (const at of [deal.submitted_at, deal.decided_at]) {
        if (at) expect(at.getTime()).toBeLessThanOrEqual(NOW.getTime());
      }
    }
    const outOfOrder = await count(
      `SELECT count(*) AS n FROM (
         SELECT created_at < lag(created_at) OVER (ORDER BY number) AS earlier FROM deals) x
        WHERE earlier`,
    );
    expect(outOfOrder).toBe(0);
  });

  it("leaves submitted deals in cm@demo.prm's queue, some past the approval SLA", async () => {
    const queue = await rows<{ submitted_at: Date }>(
      `SELECT d.submitted_at FROM deals d JOIN organizations o ON o.id = d.partner_id
        WHERE d.status = 'SUBMITTED' AND o.channel_manager_id = $1`,
      [DEMO_IDS.users.cm],
    );
    expect(queue.length).toBeGreaterThanOrEqual(3);
    expect(queue.some((d) => isOverSla(d.submitted_at, NOW))).toBe(true);
    expect(queue.some((d) => !isOverSla(d.submitted_at, NOW))).toBe(true);
  });

  it("has ≥ 600 opportunities in every stage, one per approved or expired deal", async () => {
    const stages = await rows<{ stage: string; probability: number }>(
      `SELECT DISTINCT stage, probability FROM opportunities`,
    );
    expect(stages.map((s) => s.stage).sort()).toEqual([...OPPORTUNITY_STAGES].sort());
    for (const { stage, probability } of stages) {
      expect(probability).toBe(STAGE_PROBABILITY[stage as keyof typeof STAGE_PROBABILITY]);
    }
    expect(await count(`SELECT count(*) AS n FROM opportunities`)).toBeGreaterThanOrEqual(600);
    const linked = await count(`SELECT count(*) AS n FROM opportunities WHERE deal_id IS NOT NULL`);
    const approved = await count(
      `SELECT count(*) AS n FROM deals WHERE status IN ('APPROVED', 'EXPIRED')`,
    );
    expect(linked).toBe(approved);
    expect(
      await count(`SELECT count(*) AS n FROM opportunities WHERE deal_id IS NULL`),
    ).toBeGreaterThan(0);
    const badOwners = await count(
      `SELECT count(*) AS n FROM opportunities o JOIN users u ON u.id = o.owner_id
        WHERE u.organization_id <> o.partner_id
           OR u.role NOT IN ('PARTNER_SELLER', 'PARTNER_SALES_MANAGER')`,
    );
    expect(badOwners).toBe(0);
  });

  it("closes opportunities within the last four quarters and the current one, never after now", async () => {
    const closed = await one<{ first: Date; last: Date; lost_without_reason: number }>(
      `SELECT min(closed_at) AS first, max(closed_at) AS last,
              count(*) FILTER (WHERE stage = 'CLOSED_LOST' AND loss_reason IS NULL)::int AS lost_without_reason
         FROM opportunities WHERE closed_at IS NOT NULL`,
    );
    expect(closed.first.getTime()).toBeGreaterThanOrEqual(WINDOW_FROM.getTime());
    expect(closed.last.getTime()).toBeLessThanOrEqual(NOW.getTime());
    expect(closed.lost_without_reason).toBe(0);
    const quarters = await rows<{ quarter: Date }>(
      `SELECT DISTINCT date_trunc('quarter', closed_at AT TIME ZONE 'UTC') AS quarter
         FROM opportunities WHERE stage = 'CLOSED_WON'`,
    );
    expect(quarters).toHaveLength(5);
    const staleOpen = await count(
      `SELECT count(*) AS n FROM opportunities WHERE closed_at IS NULL AND expected_close_date < $1::date`,
      [NOW.toISOString().slice(0, 10)],
    );
    expect(staleOpen).toBe(0);
  });

  it("records each opportunity's stage history, in order, ending in its stage", async () => {
    const paths = await rows<{
      id: string;
      stage: string;
      path: string[];
      first_from: string | null;
    }>(
      `SELECT o.id, o.stage, array_agg(c.to_stage ORDER BY c.changed_at) AS path,
              (array_agg(c.from_stage ORDER BY c.changed_at))[1] AS first_from
         FROM opportunities o JOIN opportunity_stage_changes c ON c.opportunity_id = o.id
        GROUP BY o.id, o.stage`,
    );
    expect(paths).toHaveLength(await count(`SELECT count(*) AS n FROM opportunities`));
    for (const { stage, path, first_from } of paths) {
      expect(first_from).toBeNull();
      expect(path[0]).toBe("QUALIFICATION");
      expect(path.at(-1)).toBe(stage);
    }
    const notIncreasing = await count(
      `SELECT count(*) AS n FROM (
         SELECT changed_at <= lag(changed_at) OVER (PARTITION BY opportunity_id ORDER BY changed_at, id) AS bad
           FROM opportunity_stage_changes) x WHERE bad`,
    );
    expect(notIncreasing).toBe(0);
  });

  it("logs activities against the same partner's accounts, contacts and opportunities", async () => {
    const byType = await rows<{ type: string }>(`SELECT DISTINCT type FROM activities`);
    expect(byType.map((t) => t.type).sort()).toEqual(["CALL", "EMAIL", "MEETING", "NOTE", "TASK"]);
    const crossPartner = await count(
      `SELECT count(*) AS n FROM activities a
         JOIN opportunities o ON o.id = a.opportunity_id
         JOIN accounts ac ON ac.id = a.account_id
         JOIN contacts c ON c.id = a.contact_id
        WHERE a.partner_id <> o.partner_id OR a.partner_id <> ac.partner_id
           OR a.partner_id <> c.partner_id OR c.account_id <> a.account_id`,
    );
    expect(crossPartner).toBe(0);
    const tasks = await one<{ due_soon: number; completed: number; future_occurrences: number }>(
      `SELECT count(*) FILTER (WHERE type = 'TASK' AND completed_at IS NULL AND due_at > $1)::int AS due_soon,
              count(*) FILTER (WHERE type = 'TASK' AND completed_at IS NOT NULL)::int AS completed,
              count(*) FILTER (WHERE occurred_at > $1 OR completed_at > $1)::int AS future_occurrences
         FROM activities`,
      [NOW],
    );
    expect(tasks.due_soon).toBeGreaterThan(0);
    expect(tasks.completed).toBeGreaterThan(0);
    expect(tasks.future_occurrences).toBe(0);
    const sellerTasks = await count(
      `SELECT count(*) AS n FROM activities WHERE owner_id = $1 AND type = 'TASK' AND completed_at IS NULL`,
      [DEMO_IDS.users.northwindSeller],
    );
    expect(sellerTasks).toBeGreaterThan(0);
    // Opportunities are written once, with their activities: each knows its latest one.
    const staleLastActivity = await count(
      `SELECT count(*) AS n FROM opportunities o
         LEFT JOIN (SELECT opportunity_id, max(occurred_at) AS latest FROM activities GROUP BY 1) a
           ON a.opportunity_id = o.id
        WHERE o.last_activity_at IS DISTINCT FROM a.latest`,
    );
    expect(staleLastActivity).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM opportunities WHERE last_activity_at IS NOT NULL`),
    ).toBeGreaterThan(0);
  });

  it("gives everyone who owns opportunities tasks overdue, due today and this week, and contacts", async () => {
    const today = dueWindowRange("TODAY", NOW);
    const week = dueWindowRange("THIS_WEEK", NOW);
    const owners = await rows<{
      email: string;
      past: number;
      overdue: number;
      today: number;
      week: number;
      contacts: number;
    }>(
      `SELECT u.email,
         (SELECT count(*) FROM activities a WHERE a.owner_id = u.id AND a.type <> 'TASK' AND a.occurred_at < $1)::int AS past,
         (SELECT count(*) FROM activities a WHERE a.owner_id = u.id AND a.type = 'TASK' AND a.completed_at IS NULL AND a.due_at < $1)::int AS overdue,
         (SELECT count(*) FROM activities a WHERE a.owner_id = u.id AND a.type = 'TASK' AND a.completed_at IS NULL AND a.due_at >= $2 AND a.due_at < $3)::int AS today,
         (SELECT count(*) FROM activities a WHERE a.owner_id = u.id AND a.type = 'TASK' AND a.completed_at IS NULL AND a.due_at >= $4 AND a.due_at < $5)::int AS week,
         (SELECT count(DISTINCT c.id) FROM opportunities o
            JOIN contacts c ON c.account_id = o.account_id AND c.partner_id = o.partner_id
           WHERE o.owner_id = u.id)::int AS contacts
         FROM users u
        WHERE u.active AND EXISTS (SELECT 1 FROM opportunities o WHERE o.owner_id = u.id)
        ORDER BY u.email`,
      [NOW, today.from, today.to, week.from, week.to],
    );
    const demoOwners = owners.map((o) => o.email);
    for (const login of [
      "seller@northwind.demo",
      "manager@northwind.demo",
      "seller@contoso.demo",
    ]) {
      expect(demoOwners).toContain(login);
    }
    for (const owner of owners) {
      expect([
        owner.email,
        owner.past > 0,
        owner.overdue > 0,
        owner.today > 0,
        owner.week > 0,
      ]).toEqual([owner.email, true, true, true, true]);
      expect([owner.email, owner.contacts > 0]).toEqual([owner.email, true]);
    }
  });

  it("sets quotas per partner and per active seller for each seeded quarter", async () => {
    const quarters = lastNQuarters(5, NOW).map((q) => q.from.toISOString().slice(0, 10));
    const periods = await rows<{ start: string; end: string }>(
      `SELECT DISTINCT to_char(period_start, 'YYYY-MM-DD') AS start, to_char(period_end, 'YYYY-MM-DD') AS end
         FROM quotas ORDER BY 1`,
    );
    expect(periods.map((p) => p.start)).toEqual(quarters);
    const activeSellers = await count(
      `SELECT count(*) AS n FROM users WHERE role = 'PARTNER_SELLER' AND active`,
    );
    expect(await count(`SELECT count(*) AS n FROM quotas WHERE user_id IS NULL`)).toBe(12 * 5);
    expect(await count(`SELECT count(*) AS n FROM quotas WHERE user_id IS NOT NULL`)).toBe(
      activeSellers * 5,
    );
    const attainment = await rows<{ attainment: number }>(
      `SELECT (SELECT coalesce(sum(o.amount), 0) FROM opportunities o
                WHERE o.partner_id = q.organization_id AND o.stage = 'CLOSED_WON'
                  AND o.closed_at >= q.period_start AND o.closed_at < q.period_end)::float8
              / q.amount::float8 AS attainment
         FROM quotas q WHERE q.user_id IS NULL`,
    );
    const inRange = attainment.filter((a) => a.attainment >= 0.35 && a.attainment <= 1.35);
    expect(inRange.length / attainment.length).toBeGreaterThanOrEqual(0.8);
    expect(Math.max(...attainment.map((a) => a.attainment))).toBeGreaterThan(1);
    expect(Math.min(...inRange.map((a) => a.attainment))).toBeLessThan(0.6);
  });

  it("audits every deal transition and notifies the other side", async () => {
    const submits = await count(
      `SELECT count(*) AS n FROM audit_events WHERE entity_type = 'deal' AND action = 'SUBMIT'`,
    );
    expect(submits).toBe(await count(`SELECT count(*) AS n FROM deals WHERE status <> 'DRAFT'`));
    const decisions = await rows<{ action: string; to_status: string; actor_is_cm: boolean }>(
      `SELECT DISTINCT e.action, e.to_status, e.actor_id = o.channel_manager_id AS actor_is_cm
         FROM audit_events e JOIN deals d ON d.id = e.entity_id JOIN organizations o ON o.id = d.partner_id
        WHERE e.action IN ('APPROVE', 'RETURN', 'REJECT')`,
    );
    expect(decisions.map((d) => `${d.action}→${d.to_status}`).sort()).toEqual([
      "APPROVE→APPROVED",
      "REJECT→REJECTED",
      "RETURN→RETURNED",
    ]);
    expect(decisions.every((d) => d.actor_is_cm)).toBe(true);
    const actions = await rows<{ action: string }>(`SELECT DISTINCT action FROM audit_events`);
    expect(actions.map((a) => a.action).sort()).toEqual(
      ["APPROVE", "EXPIRE", "REJECT", "RETURN", "SUBMIT", "WITHDRAW"].sort(),
    );
    const notifications = await count(`SELECT count(*) AS n FROM notifications`);
    expect(notifications).toBeGreaterThan(0);
    expect(notifications).toBeLessThan(100);
    const forCm = await count(`SELECT count(*) AS n FROM notifications WHERE user_id = $1`, [
      DEMO_IDS.users.cm,
    ]);
    expect(forCm).toBeGreaterThan(0);
    // One phrasing: seeded titles read exactly like the ones the API sends.
    const titled = await rows<{
      type: DealNotificationType;
      number: number;
      customer_name: string;
      title: string;
    }>(
      `SELECT n.type, d.number, d.customer_name, n.title
         FROM notifications n JOIN deals d ON d.id = n.entity_id`,
    );
    expect(titled).toHaveLength(notifications);
    for (const row of titled) {
      expect(row.title).toBe(
        dealNotificationTitle(row.type, Number(row.number), row.customer_name),
      );
    }
  });
});

/** Every seeded table, as one digest over its rows in id order (users without the salted hash). */
const DIGESTS = `
  SELECT
    ${[
      "organizations",
      "territories",
      "accounts",
      "contacts",
      "deals",
      "opportunities",
      "opportunity_stage_changes",
      "activities",
      "audit_events",
      "notifications",
      "quotas",
    ]
      .map((t) => `(SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) FROM ${t} t) AS ${t}`)
      .join(",\n    ")},
    (SELECT md5(string_agg((t.id, t.email, t.name, t.role, t.organization_id, t.manager_id, t.active)::text,
                           '|' ORDER BY t.id)) FROM users t) AS users,
    (SELECT md5(string_agg(t::text, '|' ORDER BY t.territory_id, t.user_id)) FROM user_territories t)
      AS user_territories`;

describe("seedDemo determinism", () => {
  it("produces identical data on another fresh database for the same now", async () => {
    const other = await openTestDatabase();
    try {
      await seedDemo(other.dataSource, { now: NOW });
      const [mine] = await ds.query(DIGESTS);
      const [theirs] = await other.dataSource.query(DIGESTS);
      expect(theirs).toEqual(mine);
    } finally {
      await other.close();
    }
  }, 120_000);
});
