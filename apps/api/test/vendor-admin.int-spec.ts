import {
  createDeal,
  createOpportunity,
  createOrganization,
  createUser,
  TEST_PASSWORD,
} from "./factories";
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

const PARTNER_FIELDS = `id name kind tier domain active channelManager { id }`;
const PARTNERS = `query Partners($first: Int, $after: String, $search: String, $active: Boolean,
    $tier: PartnerTier, $channelManagerId: ID) {
  partners(first: $first, after: $after, search: $search, active: $active, tier: $tier,
           channelManagerId: $channelManagerId) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${PARTNER_FIELDS} } }
  }
}`;
const ONBOARD = `mutation Onboard($input: OnboardPartnerInput!) {
  onboardPartner(input: $input) {
    partner { ${PARTNER_FIELDS} } salesOps { id email role organization { id } } invitationUrl expiresAt
  }
}`;
const UPDATE = `mutation Update($input: UpdatePartnerInput!) { updatePartner(input: $input) { ${PARTNER_FIELDS} } }`;
const ASSIGN = `mutation Assign($input: AssignChannelManagerInput!) {
  assignChannelManager(input: $input) { ${PARTNER_FIELDS} }
}`;
const DEACTIVATE = `mutation ($id: ID!) { deactivatePartner(id: $id) { ${PARTNER_FIELDS} } }`;
const REACTIVATE = `mutation ($id: ID!) { reactivatePartner(id: $id) { ${PARTNER_FIELDS} } }`;
const YEAR = { preset: "THIS_YEAR" };
const PERFORMANCE = `query ($period: PeriodInput!) {
  partnerPerformance(period: $period, first: 100) { edges { node { partner { id } wonAmount } } }
}`;
const LEADERBOARD = `query ($period: PeriodInput!) {
  partnerLeaderboard(period: $period, limit: 100) { partner { id } wonAmount }
}`;
const QUEUE = `{ deals(first: 100, filter: { statuses: [SUBMITTED] }) { totalCount edges { node { id } } } }`;

type Edge = { node: { id: string; [field: string]: unknown } };

/** Issue 12, vendor administration: partners onboarded, edited, reassigned and deactivated. */
describe("vendor administration", () => {
  let app: TestApp;
  let w: OperatorsWorld;

  beforeAll(async () => {
    app = await startTestApp();
    w = await createOperatorsWorld(app.db.dataSource);
  });
  afterAll(() => app.close());

  const onboardInput = (fields: Record<string, unknown> = {}) => ({
    name: `Onboarded ${Math.random().toString(36).slice(2, 8)}`,
    domain: `https://www.onboarded-${Math.random().toString(36).slice(2, 10)}.example/about`,
    tier: "SILVER",
    channelManagerId: w.cm.id,
    firstSalesOps: { email: freshEmail("ops"), name: "First Ops" },
    ...fields,
  });

  describe("partners", () => {
    it("lists the admin's partners with filters and pages; a channel manager's own only", async () => {
      const ds = app.db.dataSource;
      const cm = await createUser(ds, { organizationId: w.vendor.id, role: "CHANNEL_MANAGER" });
      const made = await Promise.all(
        ["Zeta", "Alpha", "Mu"].map((name, i) =>
          createOrganization(ds, {
            name: `Filter ${name} ${cm.id.slice(0, 6)}`,
            channelManagerId: cm.id,
            tier: i === 0 ? "PLATINUM" : "GOLD",
          }),
        ),
      );
      await ds.query(`UPDATE organizations SET active = false WHERE id = $1`, [made[2]!.id]);
      const page = (user: { email: string }, variables: Record<string, unknown>) =>
        as(app, user, PARTNERS, variables).then((r) => r.data.partners);
      const mine = { channelManagerId: cm.id };
      const all = await page(w.admin, { ...mine, first: 2 });
      expect(all.totalCount).toBe(3);
      expect(all.edges.map((e: Edge) => e.node.name)).toEqual([made[1]!.name, made[2]!.name]);
      const next = await page(w.admin, { ...mine, first: 2, after: all.pageInfo.endCursor });
      expect(next.edges.map((e: Edge) => e.node.name)).toEqual([made[0]!.name]);
      expect(next.pageInfo.hasNextPage).toBe(false);
      expect((await page(w.admin, { ...mine, active: false })).edges).toEqual([
        { node: expect.objectContaining({ id: made[2]!.id, active: false }) },
      ]);
      expect((await page(w.admin, { ...mine, tier: "PLATINUM" })).totalCount).toBe(1);
      expect((await page(w.admin, { ...mine, search: "alpha" })).totalCount).toBe(1);
      // The channel manager sees theirs; another sees none of them, whatever the filter says.
      expect((await page(cm, {})).totalCount).toBe(3);
      expect((await page(w.cm, mine)).totalCount).toBe(0);
      expect(codeOf(await as(app, w.ops, PARTNERS))).toBe("FORBIDDEN");
    });
  });

  describe("onboardPartner", () => {
    it("onboards end to end: the invited sales ops accepts, signs in to their organization and manages it", async () => {
      const input = onboardInput();
      const res = await as(app, w.admin, ONBOARD, { input });
      expect(res.errors).toBeUndefined();
      const { partner, salesOps, invitationUrl } = res.data.onboardPartner;
      expect(partner).toMatchObject({
        name: input.name,
        kind: "PARTNER",
        tier: "SILVER",
        domain: expect.stringMatching(/^onboarded-\w+\.example$/),
        active: true,
        channelManager: { id: w.cm.id },
      });
      expect(salesOps).toMatchObject({
        email: input.firstSalesOps.email,
        role: "PARTNER_SALES_OPS",
        organization: { id: partner.id },
      });
      // Its channel manager sees it at once.
      const cmList = await as(app, w.cm, PARTNERS, { search: input.name });
      expect(cmList.data.partners.edges.map((e: Edge) => e.node.id)).toEqual([partner.id]);
      const [notification] = await app.db.dataSource.query(
        `SELECT type FROM notifications WHERE user_id = $1 AND entity_id = $2`,
        [w.cm.id, partner.id],
      );
      expect(notification.type).toBe("PARTNER_ASSIGNED");

      const accepted = await app.gql(OPS.accept, {
        input: { token: tokenOf(invitationUrl), password: "the first ops' own password" },
      });
      expect(accepted.errors).toBeUndefined();
      const session = await app.login(input.firstSalesOps.email, "the first ops' own password");
      const me = await app.gql(OPS.me, {}, { token: session });
      expect(me.data.me).toMatchObject({
        role: "PARTNER_SALES_OPS",
        organization: { id: partner.id },
      });
      // They run their organization: invite a seller.
      const seller = await app.gql(
        OPS.invite,
        { input: { email: freshEmail(), name: "Their Seller", role: "PARTNER_SELLER" } },
        { token: session },
      );
      expect(seller.data.inviteUser.user.organization.id).toBe(partner.id);
      expect((await auditOf(app.db.dataSource, partner.id)).map((e) => e.action)).toEqual([
        "ONBOARD",
        "ASSIGN_CHANNEL_MANAGER",
      ]);
    });

    it("refuses bad input and taken domains or emails, creating nothing", async () => {
      const ds = app.db.dataSource;
      const taken = await as(app, w.admin, ONBOARD, { input: onboardInput() });
      const domain = taken.data.onboardPartner.partner.domain;
      const cases: [Record<string, unknown>, string, string?][] = [
        [{ domain: "not a domain" }, "BAD_USER_INPUT", "domain"],
        [{ name: "  " }, "BAD_USER_INPUT", "name"],
        [{ channelManagerId: w.admin.id }, "BAD_USER_INPUT", "channelManagerId"],
        [{ channelManagerId: w.seller.id }, "BAD_USER_INPUT", "channelManagerId"],
        [{ firstSalesOps: { email: "nope", name: "x" } }, "BAD_USER_INPUT", "firstSalesOps.email"],
        [{ domain: `WWW.${domain.toUpperCase()}` }, "CONFLICT"],
        [{ firstSalesOps: { email: w.seller.email, name: "Taken" } }, "CONFLICT"],
      ];
      for (const [fields, code, field] of cases) {
        const input = onboardInput({ name: "Should Not Exist", ...fields });
        const res = await as(app, w.admin, ONBOARD, { input });
        expect([fields, codeOf(res)]).toEqual([fields, code]);
        if (field) expect(res.errors![0]!.extensions!.field).toBe(field);
      }
      const [{ n }] = await ds.query(
        `SELECT count(*)::int AS n FROM organizations WHERE name = 'Should Not Exist'`,
      );
      expect(n).toBe(0);
    });

    it("is for the vendor admin only", async () => {
      const input = onboardInput({ name: "Not Onboarded" });
      for (const user of [w.cm, w.unassignedCm, w.ops, w.manager, w.seller]) {
        expect(codeOf(await as(app, user, ONBOARD, { input }))).toBe("FORBIDDEN");
      }
      expect(codeOf(await as(app, null, ONBOARD, { input }))).toBe("UNAUTHENTICATED");
      expect(await usersWithEmail(app.db.dataSource, input.firstSalesOps.email)).toBe(0);
    });
  });

  describe("updatePartner", () => {
    it("edits name, domain and tier, audited; refuses another's domain", async () => {
      const ds = app.db.dataSource;
      const partner = await createOrganization(ds, { channelManagerId: w.cm.id });
      const res = await as(app, w.admin, UPDATE, {
        input: {
          id: partner.id,
          name: " Renamed Partner ",
          domain: "Renamed.example",
          tier: "PLATINUM",
        },
      });
      expect(res.data.updatePartner).toMatchObject({
        name: "Renamed Partner",
        domain: "renamed.example",
        tier: "PLATINUM",
      });
      const [event] = await auditOf(ds, partner.id);
      expect(event).toMatchObject({ action: "UPDATE", actor_id: w.admin.id });
      expect(event!.data).toMatchObject({ tier: { from: "GOLD", to: "PLATINUM" } });
      const other = await createOrganization(ds, { channelManagerId: w.cm.id });
      const clash = await as(app, w.admin, UPDATE, {
        input: { id: other.id, domain: "renamed.example" },
      });
      expect(codeOf(clash)).toBe("CONFLICT");
      expect(
        codeOf(await as(app, w.admin, UPDATE, { input: { id: w.vendor.id, name: "X" } })),
      ).toBe("NOT_FOUND");
      for (const user of [w.cm, w.ops]) {
        expect(codeOf(await as(app, user, UPDATE, { input: { id: partner.id, name: "X" } }))).toBe(
          "FORBIDDEN",
        );
      }
    });
  });

  describe("assignChannelManager", () => {
    it("moves the partner, its approvals queue and its figures from the old manager to the new one at once", async () => {
      const ds = app.db.dataSource;
      const oldCm = await createUser(ds, { organizationId: w.vendor.id, role: "CHANNEL_MANAGER" });
      const newCm = await createUser(ds, { organizationId: w.vendor.id, role: "CHANNEL_MANAGER" });
      const partner = await createOrganization(ds, { channelManagerId: oldCm.id });
      const seller = await createUser(ds, { organizationId: partner.id, role: "PARTNER_SELLER" });
      await createOpportunity(ds, {
        owner: seller,
        stage: "CLOSED_WON",
        amount: "4321.00",
        closedAt: new Date(),
      });
      const pending = await createDeal(ds, { owner: seller, status: "SUBMITTED" });

      const sees = async (cm: { email: string }) => {
        const performance = await as(app, cm, PERFORMANCE, { period: YEAR });
        const leaderboard = await as(app, cm, LEADERBOARD, { period: YEAR });
        const queue = await as(app, cm, QUEUE);
        return {
          performance: performance.data.partnerPerformance.edges.map(
            (e: { node: { partner: { id: string }; wonAmount: string } }) => [
              e.node.partner.id,
              e.node.wonAmount,
            ],
          ),
          leaderboard: leaderboard.data.partnerLeaderboard.map(
            (r: { partner: { id: string }; wonAmount: string }) => [r.partner.id, r.wonAmount],
          ),
          queue: queue.data.deals.edges.map((e: Edge) => e.node.id),
        };
      };
      const theirs = {
        performance: [[partner.id, "4321.00"]],
        leaderboard: [[partner.id, "4321.00"]],
        queue: [pending.id],
      };
      const nothing = { performance: [], leaderboard: [], queue: [] };
      expect(await sees(oldCm)).toEqual(theirs);
      expect(await sees(newCm)).toEqual(nothing);

      const res = await as(app, w.admin, ASSIGN, {
        input: { partnerId: partner.id, channelManagerId: newCm.id },
      });
      expect(res.data.assignChannelManager.channelManager.id).toBe(newCm.id);
      expect(await sees(oldCm)).toEqual(nothing);
      expect(await sees(newCm)).toEqual(theirs);
      // The old manager can no longer decide it; the new one can.
      const approve = `mutation ($id: ID!) { approveDeal(input: { id: $id }) { id status } }`;
      expect(codeOf(await as(app, oldCm, approve, { id: pending.id }))).toBe("NOT_FOUND");
      expect((await as(app, newCm, approve, { id: pending.id })).data.approveDeal.status).toBe(
        "APPROVED",
      );
      expect(await auditOf(ds, partner.id)).toEqual([
        expect.objectContaining({
          action: "ASSIGN_CHANNEL_MANAGER",
          actor_id: w.admin.id,
          data: { fromChannelManagerId: oldCm.id, toChannelManagerId: newCm.id },
        }),
      ]);
      const notified = await ds.query(
        `SELECT user_id, type FROM notifications WHERE entity_id = $1 ORDER BY type`,
        [partner.id],
      );
      expect(notified).toEqual([
        { user_id: newCm.id, type: "PARTNER_ASSIGNED" },
        { user_id: oldCm.id, type: "PARTNER_UNASSIGNED" },
      ]);
    });

    it("takes an active channel manager only, from the vendor admin only", async () => {
      const ds = app.db.dataSource;
      const partner = await createOrganization(ds, { channelManagerId: w.cm.id });
      const gone = await createUser(ds, {
        organizationId: w.vendor.id,
        role: "CHANNEL_MANAGER",
        active: false,
      });
      for (const channelManagerId of [gone.id, w.admin.id, w.seller.id, "nope"]) {
        const res = await as(app, w.admin, ASSIGN, {
          input: { partnerId: partner.id, channelManagerId },
        });
        expect(res.errors![0]!.extensions!.field).toBe("channelManagerId");
      }
      const input = { partnerId: partner.id, channelManagerId: w.otherCm.id };
      for (const user of [w.cm, w.otherCm, w.unassignedCm, w.ops, w.seller]) {
        expect(codeOf(await as(app, user, ASSIGN, { input }))).toBe("FORBIDDEN");
      }
      const [row] = await ds.query(`SELECT channel_manager_id FROM organizations WHERE id = $1`, [
        partner.id,
      ]);
      expect(row.channel_manager_id).toBe(w.cm.id);
      expect(await auditOf(ds, partner.id)).toEqual([]);
    });
  });

  describe("deactivatePartner", () => {
    it("signs its users out everywhere and keeps its records in the figures; reactivation lets them back", async () => {
      const ds = app.db.dataSource;
      const partner = await createOrganization(ds, { channelManagerId: w.cm.id });
      const ops = await createUser(ds, { organizationId: partner.id, role: "PARTNER_SALES_OPS" });
      await createOpportunity(ds, {
        owner: ops,
        stage: "CLOSED_WON",
        amount: "777.00",
        closedAt: new Date(),
      });
      const session = await app.login(ops.email, TEST_PASSWORD);
      const apiToken = (await app.gql(OPS.createApiToken, {}, { token: session })).data
        .createApiToken.token;

      const res = await as(app, w.admin, DEACTIVATE, { id: partner.id });
      expect(res.data.deactivatePartner.active).toBe(false);
      for (const token of [session, apiToken]) {
        expect((await app.gql(OPS.me, {}, { token })).data.me).toBeNull();
      }
      await expect(app.login(ops.email, TEST_PASSWORD)).rejects.toThrow(/login failed/);
      // Still there, still counted.
      const listed = await as(app, w.admin, PARTNERS, { active: false, search: partner.name });
      expect(listed.data.partners.edges).toEqual([
        { node: expect.objectContaining({ id: partner.id, active: false }) },
      ]);
      const performance = await as(app, w.cm, PERFORMANCE, { period: YEAR });
      expect(
        performance.data.partnerPerformance.edges.find(
          (e: { node: { partner: { id: string } } }) => e.node.partner.id === partner.id,
        ).node.wonAmount,
      ).toBe("777.00");
      expect((await auditOf(ds, partner.id)).map((e) => e.action)).toEqual(["DEACTIVATE"]);

      const back = await as(app, w.admin, REACTIVATE, { id: partner.id });
      expect(back.data.reactivatePartner.active).toBe(true);
      const again = await app.login(ops.email, TEST_PASSWORD);
      expect((await app.gql(OPS.me, {}, { token: again })).data.me.id).toBe(ops.id);
      expect((await app.gql(OPS.me, {}, { token: apiToken })).data.me).toBeNull();
    });

    it("is for the vendor admin only, and for partners only", async () => {
      const partner = await createOrganization(app.db.dataSource, { channelManagerId: w.cm.id });
      for (const user of [w.cm, w.ops, w.seller]) {
        expect(codeOf(await as(app, user, DEACTIVATE, { id: partner.id }))).toBe("FORBIDDEN");
        expect(codeOf(await as(app, user, REACTIVATE, { id: partner.id }))).toBe("FORBIDDEN");
      }
      expect(codeOf(await as(app, w.admin, DEACTIVATE, { id: w.vendor.id }))).toBe("NOT_FOUND");
      expect(codeOf(await as(app, w.admin, DEACTIVATE, { id: "nope" }))).toBe("NOT_FOUND");
      const [row] = await app.db.dataSource.query(
        `SELECT active FROM organizations WHERE id = $1`,
        [partner.id],
      );
      expect(row.active).toBe(true);
    });
  });
});
