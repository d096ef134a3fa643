import {
  createDeal,
  createOpportunity,
  createOrganization,
  createUser,
  TEST_PASSWORD,
} from "./factories";
import { codeOf, startTestApp, type TestApp } from "./harness";
import { as, auditOf, createOperatorsWorld, OPS, type OperatorsWorld } from "./operators-helpers";

const PROTECTED = `{ deals(first: 1) { totalCount } }`;

/**
 * Issue 12, Operators: deactivation takes effect on the next request on every replica, hands
 * over what the user owns, and never leaves an organization without an administrator.
 */
describe("deactivating and reactivating users", () => {
  let app: TestApp;
  /** A second replica over the same database, trusting verified sessions for a minute. */
  let replica: TestApp;
  let w: OperatorsWorld;

  beforeAll(async () => {
    app = await startTestApp({ config: { sessionCacheSeconds: 60 } });
    replica = await startTestApp({
      db: app.db,
      secret: app.secret,
      config: { sessionCacheSeconds: 60 },
    });
    w = await createOperatorsWorld(app.db.dataSource);
  });
  afterAll(async () => {
    await replica.close();
    await app.close();
  });

  const newSeller = () =>
    createUser(app.db.dataSource, {
      organizationId: w.partner.id,
      role: "PARTNER_SELLER",
      managerId: w.manager.id,
    });
  const deactivate = (by: { email: string } | null, input: Record<string, unknown>) =>
    as(app, by, OPS.deactivate, { input });

  it("revokes sessions and API tokens on the next request, on every replica, cache or not", async () => {
    const user = await newSeller();
    const session = await app.login(user.email, TEST_PASSWORD);
    const apiToken = (await app.gql(OPS.createApiToken, {}, { token: session })).data.createApiToken
      .token;
    // Both replicas have verified and cached the session.
    for (const server of [app, replica]) {
      expect((await server.gql(OPS.me, {}, { token: session })).data.me.id).toBe(user.id);
      expect((await server.gql(OPS.me, {}, { token: apiToken })).data.me.id).toBe(user.id);
    }
    const res = await deactivate(w.ops, { id: user.id });
    expect(res.data.deactivateUser).toEqual({ id: user.id, active: false });
    for (const server of [replica, app]) {
      for (const token of [session, apiToken]) {
        expect((await server.gql(OPS.me, {}, { token })).data.me).toBeNull();
        expect(codeOf(await server.gql(PROTECTED, {}, { token }))).toBe("UNAUTHENTICATED");
      }
    }
    await expect(app.login(user.email, TEST_PASSWORD)).rejects.toThrow(/login failed/);
    expect((await auditOf(app.db.dataSource, user.id)).map((e) => e.action)).toEqual([
      "DEACTIVATE",
    ]);
    expect(
      (await as(app, w.ops, OPS.users, { filter: { active: false } })).data.users.edges,
    ).toEqual([
      expect.objectContaining({ node: expect.objectContaining({ id: user.id, active: false }) }),
    ]);

    // Reactivated: they sign in again; what was revoked stays revoked.
    const back = await as(app, w.ops, OPS.reactivate, { id: user.id });
    expect(back.data.reactivateUser).toEqual({ id: user.id, active: true });
    const fresh = await app.login(user.email, TEST_PASSWORD);
    expect((await replica.gql(OPS.me, {}, { token: fresh })).data.me.id).toBe(user.id);
    expect((await replica.gql(OPS.me, {}, { token: session })).data.me).toBeNull();
    expect((await replica.gql(OPS.me, {}, { token: apiToken })).data.me).toBeNull();
  });

  it("gives a cached session its new role on the next request, on every replica", async () => {
    const user = await newSeller();
    const session = await app.login(user.email, TEST_PASSWORD);
    expect(codeOf(await replica.gql(OPS.users, {}, { token: session }))).toBe("FORBIDDEN");
    const promoted = await as(app, w.ops, OPS.update, {
      input: { id: user.id, role: "PARTNER_SALES_MANAGER" },
    });
    expect(promoted.errors).toBeUndefined();
    const after = await replica.gql(OPS.users, {}, { token: session });
    expect(after.errors).toBeUndefined();
    expect((await replica.gql(OPS.me, {}, { token: session })).data.me.role).toBe(
      "PARTNER_SALES_MANAGER",
    );
  });

  it("refuses while the user owns open opportunities or pending deals, saying what; nothing changes", async () => {
    const ds = app.db.dataSource;
    const user = await newSeller();
    await createOpportunity(ds, { owner: user, stage: "PROPOSAL", amount: "1000.00" });
    await createOpportunity(ds, {
      owner: user,
      stage: "CLOSED_WON",
      amount: "500.00",
      closedAt: new Date(),
    });
    await createDeal(ds, { owner: user, status: "SUBMITTED" });
    await createDeal(ds, { owner: user, status: "APPROVED" });
    const res = await deactivate(w.ops, { id: user.id });
    expect(codeOf(res)).toBe("CONFLICT");
    expect(res.errors![0]!.message).toBe(
      "This user still has 1 open opportunity and 1 pending deal registration; choose someone to take them over (reassignTo).",
    );
    expect(res.errors![0]!.extensions!.workload).toEqual({
      openOpportunities: 1,
      pendingDeals: 1,
      assignedPartners: 0,
    });
    const seen = await as(app, w.ops, OPS.user, { id: user.id });
    expect(seen.data.user).toMatchObject({
      active: true,
      workload: { openOpportunities: 1, pendingDeals: 1, assignedPartners: 0 },
    });
  });

  it("hands open opportunities and pending deals to reassignTo in the same transaction", async () => {
    const ds = app.db.dataSource;
    const user = await newSeller();
    const open = await createOpportunity(ds, { owner: user, stage: "PROPOSAL", amount: "1000.00" });
    const won = await createOpportunity(ds, {
      owner: user,
      stage: "CLOSED_WON",
      amount: "500.00",
      closedAt: new Date(),
    });
    const drafts = await Promise.all(
      (["DRAFT", "SUBMITTED", "RETURNED"] as const).map((status) =>
        createDeal(ds, { owner: user, status }),
      ),
    );
    const approved = await createDeal(ds, { owner: user, status: "APPROVED" });

    // Not to someone who cannot own them, nor to anyone elsewhere.
    for (const reassignTo of [w.ops.id, w.otherSeller.id, w.cm.id, user.id, "nope"]) {
      const refused = await deactivate(w.ops, { id: user.id, reassignTo });
      expect(codeOf(refused)).toBe("BAD_USER_INPUT");
      expect(refused.errors![0]!.extensions!.field).toBe("reassignTo");
    }
    const res = await deactivate(w.ops, { id: user.id, reassignTo: w.peerSeller.id });
    expect(res.errors).toBeUndefined();

    const owners = async (table: string, rows: { id: string }[]) =>
      (
        await ds.query(`SELECT owner_id FROM ${table} WHERE id = ANY($1) ORDER BY id`, [
          rows.map((r) => r.id),
        ])
      ).map((r: { owner_id: string }) => r.owner_id);
    expect(await owners("opportunities", [open])).toEqual([w.peerSeller.id]);
    expect(await owners("deals", drafts)).toEqual(drafts.map(() => w.peerSeller.id));
    // History stays the user's: closed opportunities and decided deals.
    expect(await owners("opportunities", [won])).toEqual([user.id]);
    expect(await owners("deals", [approved])).toEqual([user.id]);

    expect(await auditOf(ds, open.id)).toEqual([
      expect.objectContaining({
        action: "REASSIGN",
        actor_id: w.ops.id,
        data: { fromOwnerId: user.id, toOwnerId: w.peerSeller.id },
      }),
    ]);
    expect((await auditOf(ds, drafts[1]!.id)).at(-1)).toMatchObject({ action: "UPDATE" });
    // The deal's timeline reads it as an edit.
    const history = await as(
      app,
      w.ops,
      `query ($id: ID!) { deal(id: $id) { owner { id } history { action note } } }`,
      {
        id: drafts[1]!.id,
      },
    );
    expect(history.data.deal.owner.id).toBe(w.peerSeller.id);
    expect(history.data.deal.history.at(-1)).toMatchObject({
      action: "UPDATE",
      note: expect.stringContaining("Reassigned"),
    });
    const [notification] = await ds.query(
      `SELECT type, title FROM notifications WHERE user_id = $1 AND type = 'RECORDS_REASSIGNED'`,
      [w.peerSeller.id],
    );
    expect(notification.title).toBe(
      `${user.name}'s 1 open opportunity and 3 deal registrations are now yours`,
    );
    const [event] = await auditOf(ds, user.id);
    expect(event).toMatchObject({
      action: "DEACTIVATE",
      data: expect.objectContaining({ reassignedTo: w.peerSeller.id }),
    });
  });

  it("never deactivates yourself, nor the last sales ops user when two deactivate each other", async () => {
    const ds = app.db.dataSource;
    const org = await createOrganization(ds, { channelManagerId: w.cm.id });
    const [a, b] = await Promise.all(
      [1, 2].map(() => createUser(ds, { organizationId: org.id, role: "PARTNER_SALES_OPS" })),
    );
    const self = await deactivate(a!, { id: a!.id });
    expect(codeOf(self)).toBe("BAD_USER_INPUT");
    expect(self.errors![0]!.extensions!.field).toBe("id");
    // Signed in on both sides before either acts.
    await Promise.all([app.tokenOf(a!), app.tokenOf(b!)]);
    const results = await Promise.all([
      deactivate(a!, { id: b!.id }),
      deactivate(b!, { id: a!.id }),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    // The other was refused as the last one, or had been signed out already.
    expect(["CONFLICT", "UNAUTHENTICATED"]).toContain(codeOf(results.find((r) => r.errors)!));
    const [ops] = await ds.query(
      `SELECT count(*)::int AS n FROM users
        WHERE organization_id = $1 AND role = 'PARTNER_SALES_OPS' AND active`,
      [org.id],
    );
    expect(ops.n).toBe(1);
  });

  it("refuses a channel manager's deactivation while partners are assigned, unless reassigned", async () => {
    const ds = app.db.dataSource;
    const cm = await createUser(ds, { organizationId: w.vendor.id, role: "CHANNEL_MANAGER" });
    const partners = await Promise.all(
      [1, 2].map(() => createOrganization(ds, { channelManagerId: cm.id })),
    );
    const refused = await deactivate(w.admin, { id: cm.id });
    expect(codeOf(refused)).toBe("CONFLICT");
    expect(refused.errors![0]!.message).toMatch(/2 assigned partners/);
    const toSeller = await deactivate(w.admin, { id: cm.id, reassignTo: w.admin.id });
    expect(toSeller.errors![0]!.extensions!.field).toBe("reassignTo");
    const res = await deactivate(w.admin, { id: cm.id, reassignTo: w.otherCm.id });
    expect(res.errors).toBeUndefined();
    const rows = await ds.query(`SELECT channel_manager_id FROM organizations WHERE id = ANY($1)`, [
      partners.map((p) => p.id),
    ]);
    expect(rows).toEqual([
      { channel_manager_id: w.otherCm.id },
      { channel_manager_id: w.otherCm.id },
    ]);
    expect(await auditOf(ds, partners[0]!.id)).toEqual([
      expect.objectContaining({
        action: "ASSIGN_CHANNEL_MANAGER",
        data: { fromChannelManagerId: cm.id, toChannelManagerId: w.otherCm.id },
      }),
    ]);
  });

  it("changes nothing for anyone else", async () => {
    const user = await newSeller();
    expect(codeOf(await deactivate(w.otherOps, { id: user.id }))).toBe("NOT_FOUND");
    expect(codeOf(await deactivate(w.admin, { id: user.id }))).toBe("NOT_FOUND");
    for (const other of [w.seller, w.manager, w.cm, w.unassignedCm]) {
      expect(codeOf(await deactivate(other, { id: user.id }))).toBe("FORBIDDEN");
      expect(codeOf(await as(app, other, OPS.reactivate, { id: user.id }))).toBe("FORBIDDEN");
    }
    expect(codeOf(await deactivate(null, { id: user.id }))).toBe("UNAUTHENTICATED");
    expect(codeOf(await as(app, w.otherOps, OPS.reactivate, { id: user.id }))).toBe("NOT_FOUND");
    expect(codeOf(await deactivate(w.ops, { id: "not-an-id" }))).toBe("NOT_FOUND");
    const [row] = await app.db.dataSource.query(`SELECT active FROM users WHERE id = $1`, [
      user.id,
    ]);
    expect(row.active).toBe(true);
    expect(await auditOf(app.db.dataSource, user.id)).toEqual([]);
  });
});
