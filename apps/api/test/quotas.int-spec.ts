import { createOpportunity, createUser, createWorld } from "./factories";
import { codeOf, startTestApp, type GqlResult, type TestApp } from "./harness";

type World = Awaited<ReturnType<typeof createWorld>>;
type Person = { id: string; email: string; organizationId: string };

const QUOTA_FIELDS = `id targetKind periodKind periodStart periodEnd periodLabel amount wonAmount
  attainment canEdit partner { id } seller { id } setBy { id }`;
const SET = `mutation ($input: SetQuotaInput!) { setQuota(input: $input) { ${QUOTA_FIELDS} } }`;
const DELETE = `mutation ($id: ID!) { deleteQuota(id: $id) }`;
const LIST = `query ($filter: QuotaFilter, $first: Int, $after: String) {
  quotas(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { ${QUOTA_FIELDS} } }
  }
}`;

interface Quota {
  id: string;
  targetKind: "PARTNER" | "SELLER";
  periodKind: string;
  periodStart: string;
  periodEnd: string;
  periodLabel: string;
  amount: string;
  wonAmount: string;
  attainment: number | null;
  canEdit: boolean;
  partner: { id: string };
  seller: { id: string } | null;
  setBy: { id: string } | null;
}

const Q1 = { periodKind: "QUARTER", periodStart: "2025-01-01" };

describe("quotas", () => {
  let app: TestApp;
  let world: World;
  let otherOps: Person;
  let unassignedCm: Person;
  /** A seller of the partner who reports to nobody. */
  let loneSeller: Person;
  const ds = () => app.db.dataSource;

  const as = async <T = never>(
    user: { email: string },
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GqlResult<T>> => app.gql<T>(query, variables, { token: await app.tokenOf(user) });

  async function set(user: { email: string }, input: Record<string, unknown>): Promise<Quota> {
    const res = await as<{ setQuota: Quota }>(user, SET, { input });
    expect(res.errors).toBeUndefined();
    return res.data.setQuota;
  }

  async function list(user: { email: string }, filter: Record<string, unknown> = {}) {
    const res = await as<{ quotas: { totalCount: number; edges: { node: Quota }[] } }>(user, LIST, {
      filter,
      first: 100,
    });
    expect(res.errors).toBeUndefined();
    return res.data.quotas.edges.map((edge) => edge.node);
  }

  /** The quotas table and quota audit events: what a refused change must not touch. */
  async function everything() {
    return {
      quotas: await ds().query(
        `SELECT id, organization_id, user_id, period_start::text, period_end::text, amount::text
           FROM quotas ORDER BY id`,
      ),
      audit: await ds().query(
        `SELECT count(*)::int AS n FROM audit_events WHERE entity_type = 'quota'`,
      ),
    };
  }

  async function expectRefused(
    user: { email: string } | null,
    query: string,
    variables: Record<string, unknown>,
    code: string,
  ) {
    const before = await everything();
    const res = user ? await as(user, query, variables) : await app.gql(query, variables);
    expect({ code: codeOf(res), data: res.data ?? null }).toEqual({ code, data: null });
    expect(await everything()).toEqual(before);
    return res;
  }

  const won = (owner: Person, amount: string, closedAt: string) =>
    createOpportunity(ds(), { owner, stage: "CLOSED_WON", amount, closedAt: new Date(closedAt) });

  beforeAll(async () => {
    app = await startTestApp();
    world = await createWorld(ds());
    otherOps = await createUser(ds(), {
      organizationId: world.otherPartner.id,
      role: "PARTNER_SALES_OPS",
    });
    unassignedCm = await createUser(ds(), {
      organizationId: world.vendor.id,
      role: "CHANNEL_MANAGER",
    });
    loneSeller = await createUser(ds(), {
      organizationId: world.partner.id,
      role: "PARTNER_SELLER",
    });
    // Q1 2025: the seller won 3,000.50 (one on its last second), the peer 2,000.
    await won(world.seller, "1000.50", "2025-01-01T00:00:00Z");
    await won(world.seller, "2000.00", "2025-03-31T23:59:59Z");
    await won(world.peerSeller, "2000.00", "2025-02-14T12:00:00Z");
    // Outside it, or not won.
    await won(world.seller, "7000.00", "2025-04-01T00:00:00Z");
    await won(world.seller, "8000.00", "2024-12-31T23:59:59Z");
    await createOpportunity(ds(), {
      owner: world.seller,
      stage: "CLOSED_LOST",
      amount: "900.00",
      closedAt: new Date("2025-02-01T00:00:00Z"),
    });
    await won(world.otherSeller, "4000.00", "2025-02-01T00:00:00Z");
  });
  afterAll(() => app.close());

  describe("partner quotas", () => {
    let quota: Quota;

    it("are set by the partner's channel manager, with their attainment and an audit event", async () => {
      quota = await set(world.cm, { partnerId: world.partner.id, ...Q1, amount: "10000" });
      expect(quota).toMatchObject({
        targetKind: "PARTNER",
        periodKind: "QUARTER",
        periodStart: "2025-01-01",
        periodEnd: "2025-03-31",
        periodLabel: "Q1 2025",
        amount: "10000.00",
        wonAmount: "5000.50",
        attainment: 0.50005,
        canEdit: true,
        partner: { id: world.partner.id },
        seller: null,
        setBy: { id: world.cm.id },
      });
      const events = await ds().query(
        `SELECT action, actor_id, partner_id, data FROM audit_events
          WHERE entity_type = 'quota' AND entity_id = $1`,
        [quota.id],
      );
      expect(events).toEqual([
        {
          action: "CREATE",
          actor_id: world.cm.id,
          partner_id: world.partner.id,
          data: {
            targetKind: "PARTNER",
            sellerId: null,
            periodKind: "QUARTER",
            periodStart: "2025-01-01",
            periodEnd: "2025-04-01",
            amount: "10000.00",
          },
        },
      ]);
    });

    it("change amount when set again for the same period, audited once per change", async () => {
      const changed = await set(world.admin, {
        partnerId: world.partner.id,
        ...Q1,
        amount: "20001.00",
      });
      expect(changed).toMatchObject({
        id: quota.id,
        amount: "20001.00",
        setBy: { id: world.admin.id },
      });
      await set(world.admin, { partnerId: world.partner.id, ...Q1, amount: "20001" });
      const events = await ds().query(
        `SELECT action, data->>'from' AS "from", data->>'to' AS "to" FROM audit_events
          WHERE entity_type = 'quota' AND entity_id = $1 ORDER BY created_at`,
        [quota.id],
      );
      expect(events).toEqual([
        { action: "CREATE", from: null, to: null },
        { action: "UPDATE", from: "10000.00", to: "20001.00" },
      ]);
    });

    it("agree with the partners list's attainment for that period (one definition)", async () => {
      const res = await as<{
        partnerPerformance: { edges: { node: { quotaAmount: string; quotaAttainment: number } }[] };
      }>(
        world.cm,
        `query ($period: PeriodInput!) {
          partnerPerformance(period: $period, first: 10) { edges { node { quotaAmount quotaAttainment } } }
        }`,
        { period: { preset: "CUSTOM", from: "2025-01-01", to: "2025-03-31" } },
      );
      expect(res.errors).toBeUndefined();
      const [row] = res.data.partnerPerformance.edges.map((edge) => edge.node);
      const [listed] = await list(world.cm, { partnerId: world.partner.id, targetKind: "PARTNER" });
      expect(row).toEqual({ quotaAmount: listed!.amount, quotaAttainment: listed!.attainment });
    });

    it("refuse an overlapping period of the same partner, naming the existing one", async () => {
      for (const period of [
        { periodKind: "YEAR", periodStart: "2025-01-01" },
        { periodKind: "MONTH", periodStart: "2025-03-01" },
      ]) {
        const res = await expectRefused(
          world.cm,
          SET,
          { input: { partnerId: world.partner.id, ...period, amount: "1" } },
          "CONFLICT",
        );
        expect(res.errors![0]!.message).toBe(
          "This target already has a quota for Q1 2025, which overlaps that period. Change or delete that quota instead.",
        );
      }
      // Next to it is fine, and so is another partner's year.
      await set(world.cm, {
        partnerId: world.partner.id,
        periodKind: "MONTH",
        periodStart: "2025-04-01",
        amount: "1",
      });
      await set(world.otherCm, {
        partnerId: world.otherPartner.id,
        periodKind: "YEAR",
        periodStart: "2025-01-01",
        amount: "1",
      });
      // Over several, it names them all.
      const both = await expectRefused(
        world.cm,
        SET,
        {
          input: {
            partnerId: world.partner.id,
            periodKind: "YEAR",
            periodStart: "2025-01-01",
            amount: "1",
          },
        },
        "CONFLICT",
      );
      expect(both.errors![0]!.message).toBe(
        "This target already has quotas for Q1 2025 and April 2025, which overlap that period. Change or delete those quotas instead.",
      );
    });

    it("cannot overlap in the database either", async () => {
      await expect(
        ds().query(
          `INSERT INTO quotas (organization_id, period_start, period_end, amount)
           VALUES ($1, '2025-02-01', '2025-03-01', 1)`,
          [world.partner.id],
        ),
      ).rejects.toMatchObject({ driverError: { code: "23P01" } });
      await expect(
        ds().query(
          `INSERT INTO quotas (organization_id, period_start, period_end, amount)
           VALUES ($1, '2026-02-15', '2026-03-15', 1)`,
          [world.partner.id],
        ),
      ).rejects.toMatchObject({ driverError: { code: "23514" } });
    });

    it("are set only by the partner's own channel manager or the admin", async () => {
      const input = { partnerId: world.partner.id, periodKind: "YEAR", periodStart: "2030-01-01" };
      for (const user of [world.otherCm, unassignedCm]) {
        await expectRefused(user, SET, { input: { ...input, amount: "1" } }, "NOT_FOUND");
      }
      for (const user of [world.ops, world.manager]) {
        const res = await expectRefused(
          user,
          SET,
          { input: { ...input, amount: "1" } },
          "FORBIDDEN",
        );
        expect(res.errors![0]!.message).toMatch(/channel manager or the vendor admin/);
      }
      await expectRefused(world.seller, SET, { input: { ...input, amount: "1" } }, "FORBIDDEN");
      await expectRefused(null, SET, { input: { ...input, amount: "1" } }, "UNAUTHENTICATED");
      // The vendor itself has no quota.
      await expectRefused(
        world.admin,
        SET,
        { input: { ...input, partnerId: world.vendor.id, amount: "1" } },
        "NOT_FOUND",
      );
    });
  });

  describe("seller quotas", () => {
    let sellerQuota: Quota;

    it("are set by the seller's sales manager, counting only the seller's wins", async () => {
      sellerQuota = await set(world.manager, {
        sellerId: world.seller.id,
        ...Q1,
        amount: "6001",
      });
      expect(sellerQuota).toMatchObject({
        targetKind: "SELLER",
        seller: { id: world.seller.id },
        partner: { id: world.partner.id },
        wonAmount: "3000.50",
        attainment: 0.5,
      });
      const [event] = await ds().query(
        `SELECT action, data->>'sellerId' AS seller FROM audit_events
          WHERE entity_type = 'quota' AND entity_id = $1`,
        [sellerQuota.id],
      );
      expect(event).toEqual({ action: "CREATE", seller: world.seller.id });
    });

    it("and by the organization's sales operations, for any of its sellers", async () => {
      await set(world.ops, { sellerId: world.peerSeller.id, ...Q1, amount: "4000" });
      await set(world.ops, { sellerId: loneSeller.id, ...Q1, amount: "1000" });
      await expectRefused(
        world.ops,
        SET,
        {
          input: {
            sellerId: world.seller.id,
            periodKind: "MONTH",
            periodStart: "2025-02-01",
            amount: "1",
          },
        },
        "CONFLICT",
      );
    });

    it("are nobody else's to set", async () => {
      const input = (sellerId: string) => ({
        input: { sellerId, periodKind: "YEAR", periodStart: "2031-01-01", amount: "1" },
      });
      // Not the manager's report, not a seller, another partner's seller.
      await expectRefused(world.manager, SET, input(loneSeller.id), "NOT_FOUND");
      await expectRefused(world.manager, SET, input(world.manager.id), "NOT_FOUND");
      await expectRefused(world.ops, SET, input(world.ops.id), "NOT_FOUND");
      await expectRefused(world.ops, SET, input(world.otherSeller.id), "NOT_FOUND");
      await expectRefused(otherOps, SET, input(world.seller.id), "NOT_FOUND");
      for (const user of [world.cm, world.admin]) {
        await expectRefused(user, SET, input(world.seller.id), "FORBIDDEN");
      }
      await expectRefused(world.seller, SET, input(world.seller.id), "FORBIDDEN");
    });
  });

  describe("reading", () => {
    const ids = async (user: { email: string }, filter: Record<string, unknown> = {}) =>
      (await list(user, filter))
        .map((q) => `${q.targetKind}:${q.seller?.id ?? q.partner.id}:${q.periodStart}`)
        .sort();

    it("shows each role exactly the quotas whose work it sees", async () => {
      const partnerQ1 = `PARTNER:${world.partner.id}:2025-01-01`;
      const partnerApril = `PARTNER:${world.partner.id}:2025-04-01`;
      const seller = `SELLER:${world.seller.id}:2025-01-01`;
      const peer = `SELLER:${world.peerSeller.id}:2025-01-01`;
      const lone = `SELLER:${loneSeller.id}:2025-01-01`;
      const own = [partnerQ1, partnerApril, seller, peer, lone].sort();
      expect(await ids(world.cm)).toEqual(own);
      expect(await ids(world.ops)).toEqual(own);
      expect(await ids(world.manager)).toEqual([seller, peer].sort());
      expect(await ids(world.seller)).toEqual([seller]);
      expect(await ids(world.otherCm)).toEqual([`PARTNER:${world.otherPartner.id}:2025-01-01`]);
      expect(await ids(world.otherSeller)).toEqual([]);
      expect(await ids(otherOps)).toEqual([`PARTNER:${world.otherPartner.id}:2025-01-01`]);
      expect(await ids(unassignedCm)).toEqual([]);
      expect(await ids(world.admin)).toEqual(
        [...own, `PARTNER:${world.otherPartner.id}:2025-01-01`].sort(),
      );
      // Foreign ids in the filter find nothing.
      expect(await ids(world.cm, { partnerId: world.otherPartner.id })).toEqual([]);
      expect(await ids(world.seller, { sellerId: world.peerSeller.id })).toEqual([]);
      const anonymous = await app.gql(LIST, {});
      expect(codeOf(anonymous)).toBe("UNAUTHENTICATED");
    });

    it("says who may change each one", async () => {
      const [own] = await list(world.seller);
      expect(own!.canEdit).toBe(false);
      const byManager = await list(world.manager, { sellerId: world.seller.id });
      expect(byManager.map((q) => q.canEdit)).toEqual([true]);
      const byOps = await list(world.ops, { targetKind: "PARTNER" });
      expect(byOps.map((q) => q.canEdit)).toEqual([false, false]);
    });

    it("filters by target and overlapping period, newest period first, page by page", async () => {
      expect(await ids(world.cm, { targetKind: "PARTNER" })).toEqual([
        `PARTNER:${world.partner.id}:2025-01-01`,
        `PARTNER:${world.partner.id}:2025-04-01`,
      ]);
      expect(
        await ids(world.cm, {
          targetKind: "PARTNER",
          period: { preset: "CUSTOM", from: "2025-03-31", to: "2025-03-31" },
        }),
      ).toEqual([`PARTNER:${world.partner.id}:2025-01-01`]);
      const bad = await as(world.cm, LIST, { filter: { period: { preset: "CUSTOM" } } });
      expect(bad.errors![0]!.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        field: "filter.period.from",
      });
      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const page: GqlResult<{
          quotas: {
            totalCount: number;
            pageInfo: { hasNextPage: boolean; endCursor: string };
            edges: { node: Quota }[];
          };
        }> = await as(world.ops, LIST, { first: 2, after });
        expect(page.data.quotas.totalCount).toBe(5);
        seen.push(...page.data.quotas.edges.map((edge) => edge.node.periodStart));
        if (!page.data.quotas.pageInfo.hasNextPage) break;
        after = page.data.quotas.pageInfo.endCursor;
      }
      expect(seen).toEqual(["2025-04-01", "2025-01-01", "2025-01-01", "2025-01-01", "2025-01-01"]);
    });
  });

  describe("bad input", () => {
    it("answers BAD_USER_INPUT naming the field, writing nothing", async () => {
      for (const [input, field] of [
        [
          {
            partnerId: world.partner.id,
            periodKind: "QUARTER",
            periodStart: "2025-02-01",
            amount: "1",
          },
          "periodStart",
        ],
        [
          {
            partnerId: world.partner.id,
            periodKind: "MONTH",
            periodStart: "2025-02-30",
            amount: "1",
          },
          "periodStart",
        ],
        [
          {
            partnerId: world.partner.id,
            periodKind: "YEAR",
            periodStart: "1990-01-01",
            amount: "1",
          },
          "periodStart",
        ],
        [
          {
            partnerId: world.partner.id,
            periodKind: "YEAR",
            periodStart: "2032-01-01",
            amount: "-5",
          },
          "amount",
        ],
        [
          {
            partnerId: world.partner.id,
            periodKind: "YEAR",
            periodStart: "2032-01-01",
            amount: "1.001",
          },
          "amount",
        ],
        [
          {
            partnerId: world.partner.id,
            periodKind: "YEAR",
            periodStart: "2032-01-01",
            amount: "9".repeat(13),
          },
          "amount",
        ],
        [{ periodKind: "YEAR", periodStart: "2032-01-01", amount: "1" }, "partnerId"],
        [
          {
            partnerId: world.partner.id,
            sellerId: world.seller.id,
            periodKind: "YEAR",
            periodStart: "2032-01-01",
            amount: "1",
          },
          "sellerId",
        ],
        [
          { partnerId: "nope", periodKind: "YEAR", periodStart: "2032-01-01", amount: "1" },
          "partnerId",
        ],
      ] as const) {
        const res = await expectRefused(world.cm, SET, { input }, "BAD_USER_INPUT");
        expect(res.errors![0]!.extensions!.field).toBe(field);
      }
    });
  });

  describe("deleting", () => {
    it("is for those who may change the quota, audited", async () => {
      const quota = await set(world.cm, {
        partnerId: world.partner.id,
        periodKind: "YEAR",
        periodStart: "2027-01-01",
        amount: "5",
      });
      for (const user of [world.otherCm, unassignedCm, world.ops]) {
        await expectRefused(user, DELETE, { id: quota.id }, "NOT_FOUND");
      }
      await expectRefused(world.seller, DELETE, { id: quota.id }, "FORBIDDEN");
      await expectRefused(world.cm, DELETE, { id: "not-a-uuid" }, "NOT_FOUND");
      const res = await as<{ deleteQuota: string }>(world.cm, DELETE, { id: quota.id });
      expect(res.data.deleteQuota).toBe(quota.id);
      const events = await ds().query(
        `SELECT action, data->>'amount' AS amount FROM audit_events
          WHERE entity_type = 'quota' AND entity_id = $1 ORDER BY created_at`,
        [quota.id],
      );
      expect(events).toEqual([
        { action: "CREATE", amount: "5.00" },
        { action: "DELETE", amount: "5.00" },
      ]);
    });

    it("lets a sales manager remove a report's quota whoever set it", async () => {
      const [peer] = await list(world.manager, { sellerId: world.peerSeller.id });
      expect(peer!.setBy).toEqual({ id: world.ops.id });
      await expectRefused(otherOps, DELETE, { id: peer!.id }, "NOT_FOUND");
      const res = await as<{ deleteQuota: string }>(world.manager, DELETE, { id: peer!.id });
      expect(res.errors).toBeUndefined();
    });
  });
});
