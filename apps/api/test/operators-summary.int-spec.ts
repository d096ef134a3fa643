import { createOrganization, createUser } from "./factories";
import { codeOf, startTestApp, type TestApp } from "./harness";
import {
  as,
  createOperatorsWorld,
  freshEmail,
  OPS,
  type OperatorsWorld,
} from "./operators-helpers";

const SUMMARY = `{ operatorsSummary {
  activeByRole { role count } deactivated invitationsPending invitationsExpired
} }`;

/** Issue 11, sales operations' Operators widget: the organization's users by status, in one statement. */
describe("operatorsSummary", () => {
  let app: TestApp;
  let w: OperatorsWorld;

  beforeAll(async () => {
    app = await startTestApp();
    w = await createOperatorsWorld(app.db.dataSource);
  });
  afterAll(() => app.close());

  it("counts the organization's active users by role, the deactivated, and invitations pending and expired", async () => {
    const ds = app.db.dataSource;
    const partner = await createOrganization(ds, { channelManagerId: w.cm.id });
    const ops = await createUser(ds, { organizationId: partner.id, role: "PARTNER_SALES_OPS" });
    const manager = await createUser(ds, {
      organizationId: partner.id,
      role: "PARTNER_SALES_MANAGER",
    });
    for (let i = 0; i < 2; i++) {
      await createUser(ds, { organizationId: partner.id, role: "PARTNER_SELLER" });
    }
    await createUser(ds, { organizationId: partner.id, role: "PARTNER_SELLER", active: false });

    const invite = async (role: string) => {
      const res = await as(app, ops, OPS.invite, {
        input: {
          email: freshEmail(),
          name: "Invitee",
          role,
          managerId: role === "PARTNER_SELLER" ? manager.id : null,
        },
      });
      expect(res.errors).toBeUndefined();
      return res.data.inviteUser.user.id as string;
    };
    const before = await as(app, ops, SUMMARY);
    expect(before.data.operatorsSummary).toEqual({
      activeByRole: [
        { role: "PARTNER_SELLER", count: 2 },
        { role: "PARTNER_SALES_MANAGER", count: 1 },
        { role: "PARTNER_SALES_OPS", count: 1 },
      ],
      deactivated: 1,
      invitationsPending: 0,
      invitationsExpired: 0,
    });

    // A: pending. B: renewed, so its latest link works: pending. C: its link expired.
    // D: invited, then deactivated: deactivated only. E: renewed, then the new link expired.
    await invite("PARTNER_SELLER");
    const b = await invite("PARTNER_SALES_MANAGER");
    expect((await as(app, ops, OPS.renew, { userId: b })).errors).toBeUndefined();
    const c = await invite("PARTNER_SELLER");
    const d = await invite("PARTNER_SELLER");
    expect(
      (await as(app, ops, OPS.deactivate, { input: { id: d } })).data.deactivateUser.active,
    ).toBe(false);
    const e = await invite("PARTNER_SALES_OPS");
    expect((await as(app, ops, OPS.renew, { userId: e })).errors).toBeUndefined();
    await ds.query(
      `UPDATE one_time_links SET expires_at = now() - interval '1 second'
        WHERE user_id = ANY($1) AND revoked_at IS NULL`,
      [[c, e]],
    );

    // Another partner's users and invitations never count.
    await createUser(ds, { organizationId: w.partner.id, role: "PARTNER_SELLER", active: false });
    expect(
      (
        await as(app, w.otherOps, OPS.invite, {
          input: { email: freshEmail(), name: "Elsewhere", role: "PARTNER_SALES_OPS" },
        })
      ).errors,
    ).toBeUndefined();

    const after = await as(app, ops, SUMMARY);
    expect(after.errors).toBeUndefined();
    expect(after.data.operatorsSummary).toEqual({
      // Invitees are not active users until they accept.
      activeByRole: [
        { role: "PARTNER_SELLER", count: 2 },
        { role: "PARTNER_SALES_MANAGER", count: 1 },
        { role: "PARTNER_SALES_OPS", count: 1 },
      ],
      deactivated: 2,
      invitationsPending: 2,
      invitationsExpired: 2,
    });

    // The figures match the operators list's own filters (Active, Invitation pending, Deactivated).
    const listed = async (filter: Record<string, unknown>) =>
      (await as(app, ops, OPS.users, { filter: { organizationId: partner.id, ...filter } })).data
        .users.totalCount;
    expect(await listed({ active: true, pendingInvitation: false })).toBe(4);
    expect(await listed({ active: true, pendingInvitation: true })).toBe(4);
    expect(await listed({ active: false })).toBe(2);
  });

  it("answers for the viewer's own partner only: the other partner's sales operations see theirs", async () => {
    const res = await as(app, w.otherOps, SUMMARY);
    expect(res.errors).toBeUndefined();
    const mine = res.data.operatorsSummary;
    const [row] = await app.db.dataSource.query(
      `SELECT count(*) FILTER (WHERE role = 'PARTNER_SELLER' AND active AND password_hash IS NOT NULL)::int AS sellers,
              count(*) FILTER (WHERE role = 'PARTNER_SALES_OPS' AND active AND password_hash IS NOT NULL)::int AS ops
         FROM users WHERE organization_id = $1`,
      [w.otherPartner.id],
    );
    expect(mine.activeByRole).toEqual([
      { role: "PARTNER_SELLER", count: row.sellers },
      { role: "PARTNER_SALES_MANAGER", count: 0 },
      { role: "PARTNER_SALES_OPS", count: row.ops },
    ]);
    expect(row).toEqual({ sellers: 1, ops: 1 });
    expect(mine.invitationsPending).toBe(1);
  });

  it("gives the vendor admin the vendor's own users by vendor role, never a partner's", async () => {
    const res = await as(app, w.admin, SUMMARY);
    expect(res.errors).toBeUndefined();
    // createOperatorsWorld: one admin, the channel manager, the other one and the unassigned one.
    expect(res.data.operatorsSummary).toEqual({
      activeByRole: [
        { role: "VENDOR_ADMIN", count: 1 },
        { role: "CHANNEL_MANAGER", count: 3 },
      ],
      deactivated: 0,
      invitationsPending: 0,
      invitationsExpired: 0,
    });
  });

  it("is refused to those who do not administer users, and to the anonymous", async () => {
    for (const user of [w.seller, w.manager, w.cm]) {
      expect(codeOf(await as(app, user, SUMMARY))).toBe("FORBIDDEN");
    }
    expect(codeOf(await as(app, null, SUMMARY))).toBe("UNAUTHENTICATED");
  });
});
