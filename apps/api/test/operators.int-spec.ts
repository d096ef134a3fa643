import { ONE_TIME_LINK_DAYS } from "@prm/domain";
import { createOrganization, createTerritory, createUser, TEST_PASSWORD } from "./factories";
import { codeOf, startTestApp, type TestApp } from "./harness";
import {
  as,
  auditOf,
  createOperatorsWorld,
  freshEmail,
  OPS,
  tokenOf,
  usersWithEmail,
  type OperatorsWorld,
} from "./operators-helpers";

type Node = { id: string; [field: string]: unknown };
const ids = (res: { data: { users: { edges: { node: Node }[] } } }) =>
  res.data.users.edges.map((e) => e.node.id).sort();

/** Issue 12, Operators: the users list, invitations and edits, for every role and organization. */
describe("operators", () => {
  let app: TestApp;
  let w: OperatorsWorld;
  let main: OperatorsWorld;

  beforeAll(async () => {
    app = await startTestApp();
    w = await createOperatorsWorld(app.db.dataSource);
    main = w;
  });
  afterAll(() => app.close());

  describe("users", () => {
    // Its own world: the other tests add people to theirs.
    let w: OperatorsWorld;
    beforeAll(async () => {
      w = await createOperatorsWorld(app.db.dataSource);
    });

    it("lists a sales ops' own organization, by name, with a total", async () => {
      const res = await as(app, w.ops, OPS.users, { first: 100 });
      expect(res.errors).toBeUndefined();
      const own = [w.manager, w.seller, w.peerSeller, w.ops].map((u) => u.id).sort();
      expect(ids(res)).toEqual(own);
      expect(res.data.users.totalCount).toBe(4);
      const names = res.data.users.edges.map((e: { node: Node }) => e.node.name as string);
      expect(names).toEqual([...names].sort());
    });

    it("pages with first/after, without repeats", async () => {
      const first = await as(app, w.ops, OPS.users, { first: 3 });
      expect(first.data.users.pageInfo.hasNextPage).toBe(true);
      const rest = await as(app, w.ops, OPS.users, {
        first: 3,
        after: first.data.users.pageInfo.endCursor,
      });
      expect(rest.data.users.pageInfo.hasNextPage).toBe(false);
      expect([...ids(first), ...ids(rest)].sort()).toEqual(ids(await as(app, w.ops, OPS.users)));
      expect(rest.data.users.totalCount).toBe(4);
      const bad = await as(app, w.ops, OPS.users, { after: "not-a-cursor" });
      expect(codeOf(bad)).toBe("BAD_USER_INPUT");
    });

    it("filters by search, role, manager, territory, active and pending invitation", async () => {
      const ds = app.db.dataSource;
      const territory = await createTerritory(ds, { organizationId: w.partner.id });
      await ds.query(`INSERT INTO user_territories (user_id, territory_id) VALUES ($1, $2)`, [
        w.peerSeller.id,
        territory.id,
      ]);
      const list = async (filter: Record<string, unknown>) =>
        ids(await as(app, w.ops, OPS.users, { filter }));
      expect(await list({ search: w.seller.name.slice(-8) })).toEqual([w.seller.id]);
      expect(await list({ search: w.seller.email.toUpperCase() })).toEqual([w.seller.id]);
      expect(await list({ role: "PARTNER_SELLER" })).toEqual([w.seller.id, w.peerSeller.id].sort());
      expect(await list({ managerId: w.manager.id })).toEqual(
        [w.seller.id, w.peerSeller.id].sort(),
      );
      expect(await list({ territoryId: territory.id })).toEqual([w.peerSeller.id]);
      expect(await list({ active: false })).toEqual([]);
      expect(await list({ pendingInvitation: true })).toEqual([]);
      expect(await list({ pendingInvitation: false })).toHaveLength(4);
      // Another organization named in the filter: nothing of it, not even its count.
      const foreign = await as(app, w.ops, OPS.users, {
        filter: { organizationId: w.otherPartner.id },
      });
      expect(foreign.data.users).toMatchObject({ totalCount: 0, edges: [] });
      const malformed = await as(app, w.ops, OPS.users, { filter: { managerId: "nope" } });
      expect(codeOf(malformed)).toBe("BAD_USER_INPUT");
      expect(malformed.errors![0]!.extensions!.field).toBe("filter.managerId");
    });

    it("shows each role its own circle only", async () => {
      const partnerUsers = [w.manager, w.seller, w.peerSeller, w.ops].map((u) => u.id).sort();
      // The vendor admin reads anyone, and names an organization to narrow it.
      const admin = await as(app, w.admin, OPS.users, {
        filter: { organizationId: w.otherPartner.id },
      });
      expect(ids(admin)).toEqual([w.otherSeller.id, w.otherOps.id].sort());
      const vendor = await as(app, w.admin, OPS.users, { filter: { organizationId: w.vendor.id } });
      expect(ids(vendor)).toContain(w.cm.id);
      // The assigned channel manager: the partner's users; nobody else's.
      expect(ids(await as(app, w.cm, OPS.users, { first: 100 }))).toEqual(partnerUsers);
      // The unassigned channel manager and the other partner's ops: none of the partner's.
      expect((await as(app, w.unassignedCm, OPS.users)).data.users.totalCount).toBe(0);
      const otherOps = await as(app, w.otherOps, OPS.users, { first: 100 });
      expect(ids(otherOps)).toEqual([w.otherSeller.id, w.otherOps.id].sort());
      // A sales manager: themselves and their reports.
      expect(ids(await as(app, w.manager, OPS.users))).toEqual(
        [w.manager.id, w.seller.id, w.peerSeller.id].sort(),
      );
      // A seller has no operators list at all; anonymous callers neither.
      expect(codeOf(await as(app, w.seller, OPS.users))).toBe("FORBIDDEN");
      expect(codeOf(await as(app, null, OPS.users))).toBe("UNAUTHENTICATED");
    });

    it("answers user(id) in scope and null outside it", async () => {
      const own = await as(app, w.ops, OPS.user, { id: w.seller.id });
      expect(own.data.user).toMatchObject({
        id: w.seller.id,
        manager: { id: w.manager.id },
        organization: { id: w.partner.id, kind: "PARTNER" },
        workload: { openOpportunities: 0, pendingDeals: 0, assignedPartners: 0 },
        pendingInvitation: null,
      });
      expect((await as(app, w.otherOps, OPS.user, { id: w.seller.id })).data.user).toBeNull();
      expect((await as(app, w.unassignedCm, OPS.user, { id: w.seller.id })).data.user).toBeNull();
      expect((await as(app, w.ops, OPS.user, { id: "not-a-uuid" })).data.user).toBeNull();
      const manager = await as(app, w.ops, OPS.user, { id: w.manager.id });
      expect(manager.data.user.directReports.map((u: Node) => u.id).sort()).toEqual(
        [w.seller.id, w.peerSeller.id].sort(),
      );
    });

    it("shows a user's last sign-in only to those who may look them up", async () => {
      await app.tokenOf(w.cm);
      const own = await as(app, w.admin, OPS.user, { id: w.cm.id });
      expect(Date.parse(own.data.user.lastSignInAt)).toBeGreaterThan(Date.now() - 60_000);
      // The partner's people meet their channel manager through their organization only.
      const seen = await as(
        app,
        w.ops,
        `{ me { organization { channelManager { id lastSignInAt workload { assignedPartners } territories { id } } } } }`,
      );
      expect(seen.data.me.organization.channelManager).toEqual({
        id: w.cm.id,
        lastSignInAt: null,
        workload: null,
        territories: [],
      });
    });

    it("writes the last sign-in at most once a minute", async () => {
      const user = await createUser(app.db.dataSource, {
        organizationId: main.partner.id,
        role: "PARTNER_SELLER",
      });
      await app.login(user.email, TEST_PASSWORD);
      const [{ last_login_at: first }] = await app.db.dataSource.query(
        `SELECT last_login_at FROM users WHERE id = $1`,
        [user.id],
      );
      await app.login(user.email, TEST_PASSWORD);
      const [{ last_login_at: second }] = await app.db.dataSource.query(
        `SELECT last_login_at FROM users WHERE id = $1`,
        [user.id],
      );
      expect(second).toEqual(first);
    });
  });

  describe("inviteUser", () => {
    it("creates the user with exactly the role, organization, manager and territories asked for", async () => {
      const ds = app.db.dataSource;
      const territory = await createTerritory(ds, { organizationId: w.partner.id });
      const email = freshEmail();
      const res = await as(app, w.ops, OPS.invite, {
        input: {
          email: email.toUpperCase(),
          name: " Ann Invitee ",
          role: "PARTNER_SELLER",
          managerId: w.manager.id,
          territoryIds: [territory.id, territory.id],
        },
      });
      expect(res.errors).toBeUndefined();
      const { user, invitationUrl, expiresAt } = res.data.inviteUser;
      expect(user).toMatchObject({
        email,
        name: "Ann Invitee",
        role: "PARTNER_SELLER",
        active: true,
        organization: { id: w.partner.id },
        manager: { id: w.manager.id },
        territories: [{ id: territory.id }],
        lastSignInAt: null,
        pendingInvitation: { expired: false, expiresAt },
      });
      expect(invitationUrl).toMatch(/^http:\/\/[^/]+\/accept-invitation#token=[\w-]{43}$/);
      const days = (Date.parse(expiresAt) - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(ONE_TIME_LINK_DAYS - 0.01);
      expect(days).toBeLessThanOrEqual(ONE_TIME_LINK_DAYS);
      // Stored hashed: the token itself is nowhere in the database.
      const [link] = await ds.query(`SELECT token_hash FROM one_time_links WHERE user_id = $1`, [
        user.id,
      ]);
      expect(link.token_hash).toHaveLength(64);
      expect(link.token_hash).not.toContain(tokenOf(invitationUrl));
      expect(await auditOf(ds, user.id)).toEqual([
        expect.objectContaining({ action: "INVITE", actor_id: w.ops.id, partner_id: w.partner.id }),
      ]);
      // In the list, pending.
      const pending = await as(app, w.ops, OPS.users, { filter: { pendingInvitation: true } });
      expect(ids(pending)).toContain(user.id);
    });

    it("builds the link on PUBLIC_URL, else on the web app's origin", async () => {
      const viaOrigin = await app.gql(
        OPS.invite,
        { input: { email: freshEmail(), name: "Via Origin", role: "PARTNER_SELLER" } },
        { token: await app.tokenOf(w.ops), headers: { origin: "https://prm.partner.test" } },
      );
      expect(viaOrigin.data.inviteUser.invitationUrl).toMatch(
        /^https:\/\/prm\.partner\.test\/accept-invitation#token=/,
      );
      const configured = await startTestApp({
        db: app.db,
        config: { publicUrl: "https://prm.example.com" },
      });
      try {
        const res = await configured.gql(
          OPS.invite,
          { input: { email: freshEmail(), name: "Configured", role: "PARTNER_SELLER" } },
          { token: await configured.tokenOf(w.ops), headers: { origin: "https://elsewhere.test" } },
        );
        expect(res.data.inviteUser.invitationUrl).toMatch(
          /^https:\/\/prm\.example\.com\/accept-invitation#token=/,
        );
      } finally {
        await configured.close();
      }
    });

    it("refuses roles, managers and territories from outside the organization, writing nothing", async () => {
      const ds = app.db.dataSource;
      const foreignTerritory = await createTerritory(ds, { organizationId: w.otherPartner.id });
      const email = freshEmail();
      const cases: [Record<string, unknown>, string][] = [
        [{ role: "CHANNEL_MANAGER" }, "role"],
        [{ role: "VENDOR_ADMIN" }, "role"],
        [{ managerId: w.otherSeller.id }, "managerId"],
        [{ managerId: w.cm.id }, "managerId"],
        [{ territoryIds: [foreignTerritory.id] }, "territoryIds"],
        [{ territoryIds: ["nope"] }, "territoryIds"],
        [{ email: "not an email" }, "email"],
        [{ name: "   " }, "name"],
        [{ name: "x".repeat(201) }, "name"],
      ];
      for (const [change, field] of cases) {
        const res = await as(app, w.ops, OPS.invite, {
          input: { email, name: "Someone", role: "PARTNER_SELLER", ...change },
        });
        expect([field, codeOf(res)]).toEqual([field, "BAD_USER_INPUT"]);
        expect(res.errors![0]!.extensions!.field).toBe(field);
      }
      expect(await usersWithEmail(ds, email)).toBe(0);
    });

    it("refuses an email that already has an account (CONFLICT)", async () => {
      const res = await as(app, w.ops, OPS.invite, {
        input: { email: w.otherSeller.email, name: "Someone", role: "PARTNER_SELLER" },
      });
      expect(codeOf(res)).toBe("CONFLICT");
      // It names the address, never the organization it belongs to.
      expect(res.errors![0]!.message).not.toContain(w.otherPartner.name);
    });

    it("lets only user administrators invite", async () => {
      const email = freshEmail();
      const input = { email, name: "Someone", role: "PARTNER_SELLER" };
      for (const user of [w.seller, w.manager, w.cm, w.unassignedCm]) {
        expect(codeOf(await as(app, user, OPS.invite, { input }))).toBe("FORBIDDEN");
      }
      expect(codeOf(await as(app, null, OPS.invite, { input }))).toBe("UNAUTHENTICATED");
      expect(await usersWithEmail(app.db.dataSource, email)).toBe(0);
    });

    it("lets the vendor admin invite channel managers and admins to the vendor only", async () => {
      const cm = await as(app, w.admin, OPS.invite, {
        input: { email: freshEmail("cm"), name: "New CM", role: "CHANNEL_MANAGER" },
      });
      expect(cm.data.inviteUser.user).toMatchObject({
        role: "CHANNEL_MANAGER",
        organization: { id: w.vendor.id, kind: "VENDOR" },
      });
      const partnerRole = await as(app, w.admin, OPS.invite, {
        input: { email: freshEmail(), name: "Seller", role: "PARTNER_SELLER" },
      });
      expect(codeOf(partnerRole)).toBe("BAD_USER_INPUT");
      expect(partnerRole.errors![0]!.extensions!.field).toBe("role");
    });

    it("makes one user of 20 concurrent invitations of one email; the others get CONFLICT", async () => {
      const email = freshEmail("race");
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          as(app, i % 2 ? w.ops : w.otherOps, OPS.invite, {
            input: { email, name: `Racer ${i}`, role: "PARTNER_SELLER" },
          }),
        ),
      );
      const won = results.filter((r) => !r.errors);
      expect(won).toHaveLength(1);
      expect(results.filter((r) => codeOf(r) === "CONFLICT")).toHaveLength(19);
      const ds = app.db.dataSource;
      expect(await usersWithEmail(ds, email)).toBe(1);
      const [links] = await ds.query(
        `SELECT count(*)::int AS n FROM one_time_links l JOIN users u ON u.id = l.user_id
          WHERE u.email = $1`,
        [email],
      );
      expect(links.n).toBe(1);
    });
  });

  describe("updateUser", () => {
    it("changes name, role, manager and territories, and audits what changed", async () => {
      const ds = app.db.dataSource;
      const territory = await createTerritory(ds, { organizationId: w.partner.id });
      const user = await createUser(ds, { organizationId: w.partner.id, role: "PARTNER_SELLER" });
      const res = await as(app, w.ops, OPS.update, {
        input: {
          id: user.id,
          name: "Renamed",
          role: "PARTNER_SALES_MANAGER",
          managerId: w.manager.id,
          territoryIds: [territory.id],
        },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data.updateUser).toMatchObject({
        name: "Renamed",
        role: "PARTNER_SALES_MANAGER",
        manager: { id: w.manager.id },
        territories: [{ id: territory.id }],
      });
      const [event] = await auditOf(ds, user.id);
      expect(event).toMatchObject({ action: "UPDATE", actor_id: w.ops.id });
      expect(event!.data).toMatchObject({
        role: { from: "PARTNER_SELLER", to: "PARTNER_SALES_MANAGER" },
        managerId: { from: null, to: w.manager.id },
      });
      // null removes the manager, [] the territories; absent fields stay.
      const cleared = await as(app, w.ops, OPS.update, {
        input: { id: user.id, managerId: null, territoryIds: [] },
      });
      expect(cleared.data.updateUser).toMatchObject({
        name: "Renamed",
        manager: null,
        territories: [],
      });
    });

    it("refuses a manager that would make a loop, or from elsewhere", async () => {
      const ds = app.db.dataSource;
      const top = await createUser(ds, {
        organizationId: w.partner.id,
        role: "PARTNER_SALES_MANAGER",
      });
      const middle = await createUser(ds, {
        organizationId: w.partner.id,
        role: "PARTNER_SALES_MANAGER",
        managerId: top.id,
      });
      const bottom = await createUser(ds, {
        organizationId: w.partner.id,
        role: "PARTNER_SELLER",
        managerId: middle.id,
      });
      for (const managerId of [top.id, middle.id, bottom.id]) {
        const res = await as(app, w.ops, OPS.update, { input: { id: top.id, managerId } });
        expect(codeOf(res)).toBe("BAD_USER_INPUT");
        expect(res.errors![0]!.extensions!.field).toBe("managerId");
      }
      const inactive = await createUser(ds, {
        organizationId: w.partner.id,
        role: "PARTNER_SALES_MANAGER",
        active: false,
      });
      for (const managerId of [w.otherSeller.id, w.cm.id, inactive.id]) {
        const res = await as(app, w.ops, OPS.update, { input: { id: bottom.id, managerId } });
        expect(res.errors![0]!.extensions!.field).toBe("managerId");
      }
      const [row] = await ds.query(`SELECT manager_id FROM users WHERE id = $1`, [top.id]);
      expect(row.manager_id).toBeNull();
      // A manager from another branch is fine.
      const ok = await as(app, w.ops, OPS.update, { input: { id: bottom.id, managerId: top.id } });
      expect(ok.data.updateUser.manager.id).toBe(top.id);
    });

    it("keeps the last active sales ops user, also when two demote each other at once", async () => {
      const ds = app.db.dataSource;
      const org = await createOrganization(ds, { channelManagerId: w.cm.id });
      const a = await createUser(ds, { organizationId: org.id, role: "PARTNER_SALES_OPS" });
      const demote = (by: { email: string }, id: string) =>
        as(app, by, OPS.update, { input: { id, role: "PARTNER_SELLER" } });
      const alone = await demote(a, a.id);
      expect(codeOf(alone)).toBe("CONFLICT");
      expect(alone.errors![0]!.message).toMatch(/last active partner sales operations user/);
      const b = await createUser(ds, { organizationId: org.id, role: "PARTNER_SALES_OPS" });
      const [ab, ba] = await Promise.all([demote(a, b.id), demote(b, a.id)]);
      expect([ab, ba].filter((r) => !r.errors)).toHaveLength(1);
      const [left] = await ds.query(
        `SELECT count(*)::int AS n FROM users WHERE organization_id = $1 AND role = 'PARTNER_SALES_OPS'`,
        [org.id],
      );
      expect(left.n).toBe(1);
    });

    it("refuses a partner role at the vendor, and a channel manager's demotion while they have partners", async () => {
      const res = await as(app, w.admin, OPS.update, {
        input: { id: w.cm.id, role: "PARTNER_SELLER" },
      });
      expect(res.errors![0]!.extensions!.field).toBe("role");
      const demoted = await as(app, w.admin, OPS.update, {
        input: { id: w.cm.id, role: "VENDOR_ADMIN" },
      });
      expect(codeOf(demoted)).toBe("CONFLICT");
      expect(demoted.errors![0]!.message).toMatch(/still has \d+ assigned partners?/);
    });

    it("changes nothing for anyone else: other partners' ops, sellers, managers, channel managers", async () => {
      const input = { id: w.seller.id, name: "Hijacked", role: "PARTNER_SALES_OPS" };
      expect(codeOf(await as(app, w.otherOps, OPS.update, { input }))).toBe("NOT_FOUND");
      expect(codeOf(await as(app, w.admin, OPS.update, { input }))).toBe("NOT_FOUND");
      for (const user of [w.seller, w.peerSeller, w.manager, w.cm, w.unassignedCm]) {
        expect(codeOf(await as(app, user, OPS.update, { input }))).toBe("FORBIDDEN");
      }
      expect(codeOf(await as(app, null, OPS.update, { input }))).toBe("UNAUTHENTICATED");
      const [row] = await app.db.dataSource.query(`SELECT name, role FROM users WHERE id = $1`, [
        w.seller.id,
      ]);
      expect(row).toEqual({ name: w.seller.name, role: "PARTNER_SELLER" });
      expect(await auditOf(app.db.dataSource, w.seller.id)).toEqual([]);
    });
  });
});
