import { DEAL_STATUSES, sumMoney, type DealStatus } from "@prm/domain";
import type { Deal } from "../src/modules/deals/deal.entity";
import { createDeal, createUser, createWorld } from "./factories";
import { codeOf, startTestApp, type TestApp } from "./harness";

const DEALS = `query Deals($filter: DealFilter, $first: Int = 100, $after: String, $orderBy: DealOrder) {
  deals(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node {
      id number status customerName customerDomain estimatedAmount expectedCloseDate
      submittedAt createdAt timeInQueueHours overSla partner { id name } owner { id }
    } }
  }
}`;
const COUNTS = `query Counts($period: PeriodInput) { dealStatusCounts(period: $period) { status count amount } }`;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface DealNode {
  id: string;
  status: DealStatus;
  estimatedAmount: string;
  submittedAt: string | null;
  createdAt: string;
  timeInQueueHours: number | null;
  overSla: boolean;
}
interface StatusCount {
  status: DealStatus;
  count: number;
  amount: string;
}

describe("deal reads", () => {
  let app: TestApp;

  const tokenOf = (user: { email: string }) => app.tokenOf(user);

  async function dealsOf(user: { email: string }, variables: Record<string, unknown> = {}) {
    const res = await app.gql<{
      deals: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: DealNode }[];
      };
    }>(DEALS, variables, { token: await tokenOf(user) });
    expect(res.errors).toBeUndefined();
    return { ...res.data.deals, nodes: res.data.deals.edges.map((e) => e.node) };
  }

  async function countsOf(user: { email: string }, period?: Record<string, unknown>) {
    const res = await app.gql<{ dealStatusCounts: StatusCount[] }>(
      COUNTS,
      { period },
      { token: await tokenOf(user) },
    );
    expect(res.errors).toBeUndefined();
    return res.data.dealStatusCounts;
  }

  /** What dealStatusCounts should answer for exactly these deals. */
  function expectedCounts(deals: Deal[]): StatusCount[] {
    return DEAL_STATUSES.map((status) => {
      const inStatus = deals.filter((d) => d.status === status);
      return {
        status,
        count: inStatus.length,
        amount: sumMoney(inStatus.map((d) => d.estimatedAmount)),
      };
    });
  }

  const idsOf = (items: { id: string }[]) => items.map((d) => d.id).sort();

  beforeAll(async () => {
    app = await startTestApp({ config: { approvalSlaBusinessDays: 10 } });
  });
  afterAll(() => app.close());

  describe("scope", () => {
    let world: Awaited<ReturnType<typeof createWorld>>;
    let teamless: Awaited<ReturnType<typeof createUser>>;
    let unassignedCm: Awaited<ReturnType<typeof createUser>>;
    const deals: Record<string, Deal[]> = {};

    beforeAll(async () => {
      const ds = app.db.dataSource;
      world = await createWorld(ds);
      teamless = await createUser(ds, { organizationId: world.partner.id, role: "PARTNER_SELLER" });
      unassignedCm = await createUser(ds, {
        organizationId: world.vendor.id,
        role: "CHANNEL_MANAGER",
      });
      const make = (
        owner: { id: string; organizationId: string },
        status: DealStatus,
        amount: string,
      ) => createDeal(ds, { owner, status, estimatedAmount: amount });
      deals.seller = [
        await make(world.seller, "DRAFT", "100.10"),
        await make(world.seller, "SUBMITTED", "200.20"),
      ];
      deals.peerSeller = [await make(world.peerSeller, "SUBMITTED", "300.30")];
      deals.manager = [await make(world.manager, "APPROVED", "400.40")];
      deals.teamless = [await make(teamless, "REJECTED", "500.50")];
      deals.ops = [await make(world.ops, "RETURNED", "600.60")];
      deals.otherSeller = [await make(world.otherSeller, "SUBMITTED", "700.70")];
    });

    const partnerDeals = () =>
      [deals.seller, deals.peerSeller, deals.manager, deals.teamless, deals.ops].flat() as Deal[];
    /** Drafts are private: the vendor side sees a registration from its first submission on. */
    const submittedOnly = (list: Deal[]) => list.filter((d) => d.status !== "DRAFT");
    const VENDOR_SIDE = ["cm", "otherCm", "unassignedCm", "admin"];

    it.each([
      ["a seller sees only their own deals", "seller", ["seller"]],
      ["a peer seller sees only theirs, not the seller's", "peerSeller", ["peerSeller"]],
      [
        "a sales manager sees their own and their direct reports', not other sellers' of the org",
        "manager",
        ["manager", "seller", "peerSeller"],
      ],
      [
        "sales operations see the whole organization",
        "ops",
        ["seller", "peerSeller", "manager", "teamless", "ops"],
      ],
      [
        "the assigned channel manager sees the partner's deals, not another partner's",
        "cm",
        ["seller", "peerSeller", "manager", "teamless", "ops"],
      ],
      [
        "the other partner's seller sees none of this partner's deals",
        "otherSeller",
        ["otherSeller"],
      ],
      [
        "another partner's channel manager sees only that partner's deals",
        "otherCm",
        ["otherSeller"],
      ],
      ["a channel manager with no partners sees nothing", "unassignedCm", []],
    ] as const)("%s, in lists and in counts", async (_title, viewerKey, owners) => {
      const viewer = viewerKey === "unassignedCm" ? unassignedCm : world[viewerKey];
      const owned = owners.flatMap((owner) => deals[owner]!);
      const expected = VENDOR_SIDE.includes(viewerKey) ? submittedOnly(owned) : owned;
      const list = await dealsOf(viewer);
      expect(idsOf(list.nodes)).toEqual(idsOf(expected));
      expect(list.totalCount).toBe(expected.length);
      expect(await countsOf(viewer)).toEqual(expectedCounts(expected));
    });

    it("a vendor admin sees every submitted deal", async () => {
      const all = await app.db.dataSource.query(
        `SELECT id FROM deals WHERE submitted_at IS NOT NULL`,
      );
      const list = await dealsOf(world.admin);
      expect(idsOf(list.nodes)).toEqual(idsOf(all));
      expect(idsOf(list.nodes)).toEqual(
        expect.arrayContaining(idsOf(submittedOnly(partnerDeals()))),
      );
      const counts = await countsOf(world.admin);
      expect(counts.reduce((n, c) => n + c.count, 0)).toBe(all.length);
    });

    it("returns a deal's fields, with money as a decimal string and the partner and owner", async () => {
      const [deal] = deals.manager!;
      const list = await dealsOf(world.manager, { filter: { statuses: ["APPROVED"] } });
      expect(list.edges).toHaveLength(1);
      expect(list.edges[0]!.node).toEqual({
        id: deal!.id,
        number: expect.stringMatching(/^DR-\d{6}$/),
        status: "APPROVED",
        customerName: deal!.customerName,
        customerDomain: deal!.customerDomain,
        estimatedAmount: "400.40",
        expectedCloseDate: "2030-06-30",
        submittedAt: deal!.submittedAt!.toISOString(),
        createdAt: deal!.createdAt.toISOString(),
        timeInQueueHours: null,
        overSla: false,
        partner: { id: world.partner.id, name: world.partner.name },
        owner: { id: world.manager.id },
      });
    });

    it("filters by status and partner, within the scope", async () => {
      const submitted = await dealsOf(world.cm, { filter: { statuses: ["SUBMITTED"] } });
      expect(idsOf(submitted.nodes)).toEqual(idsOf([deals.seller![1]!, ...deals.peerSeller!]));
      const all = await dealsOf(world.cm, { filter: { statuses: [] } });
      expect(all.totalCount).toBe(submittedOnly(partnerDeals()).length);
      const byPartner = await dealsOf(world.admin, { filter: { partnerId: world.partner.id } });
      expect(idsOf(byPartner.nodes)).toEqual(idsOf(submittedOnly(partnerDeals())));
      // Another partner's id is simply empty for this channel manager, not an error.
      const outOfScope = await dealsOf(world.cm, { filter: { partnerId: world.otherPartner.id } });
      expect(outOfScope.totalCount).toBe(0);
      const malformed = await app.gql(
        DEALS,
        { filter: { partnerId: "nope" } },
        { token: await tokenOf(world.cm) },
      );
      expect(codeOf(malformed)).toBe("BAD_USER_INPUT");
      expect(malformed.errors![0]!.extensions!.field).toBe("filter.partnerId");
    });

    it("refuses anonymous callers", async () => {
      expect(codeOf(await app.gql(DEALS))).toBe("UNAUTHENTICATED");
      expect(codeOf(await app.gql(COUNTS))).toBe("UNAUTHENTICATED");
    });
  });

  describe("status counts", () => {
    it("lists every status, sums money in the database to the cent, and zeros the rest", async () => {
      const ds = app.db.dataSource;
      const { ops } = await createWorld(ds);
      // Summed as JavaScript numbers these would come out as 1.5000000000000002 and so on.
      for (let i = 0; i < 10; i++) {
        await createDeal(ds, {
          owner: ops,
          status: "SUBMITTED",
          estimatedAmount: i % 2 ? "0.20" : "0.10",
        });
      }
      for (const amount of ["0.10", "0.20", "0.30"]) {
        await createDeal(ds, { owner: ops, status: "DRAFT", estimatedAmount: amount });
      }
      for (let i = 0; i < 3; i++) {
        await createDeal(ds, {
          owner: ops,
          status: "APPROVED",
          estimatedAmount: "999999999999.99",
        });
      }
      expect(await countsOf(ops)).toEqual([
        { status: "DRAFT", count: 3, amount: "0.60" },
        { status: "SUBMITTED", count: 10, amount: "1.50" },
        { status: "APPROVED", count: 3, amount: "2999999999999.97" },
        { status: "RETURNED", count: 0, amount: "0.00" },
        { status: "REJECTED", count: 0, amount: "0.00" },
        { status: "WITHDRAWN", count: 0, amount: "0.00" },
        { status: "EXPIRED", count: 0, amount: "0.00" },
      ]);
    });

    it("counts deals created in a custom period: its first and last millisecond in, the next out", async () => {
      const ds = app.db.dataSource;
      const { seller } = await createWorld(ds);
      const at = (iso: string, amount: string) =>
        createDeal(ds, { owner: seller, createdAt: new Date(iso), estimatedAmount: amount });
      await at("2025-02-28T23:59:59.999Z", "1.00");
      await at("2025-03-01T00:00:00.000Z", "10.00");
      await at("2025-03-31T23:59:59.999Z", "100.00");
      await at("2025-04-01T00:00:00.000Z", "1000.00");
      const draftsIn = async (period?: Record<string, unknown>) =>
        (await countsOf(seller, period)).find((c) => c.status === "DRAFT");

      expect(await draftsIn({ preset: "CUSTOM", from: "2025-03-01", to: "2025-03-31" })).toEqual({
        status: "DRAFT",
        count: 2,
        amount: "110.00",
      });
      expect(
        await draftsIn({
          preset: "CUSTOM",
          from: "2025-03-01T00:00:00Z",
          to: "2025-04-01T00:00:00.000Z",
        }),
      ).toEqual({ status: "DRAFT", count: 2, amount: "110.00" });
      expect(
        await draftsIn({
          preset: "CUSTOM",
          from: "2025-03-31T23:59:59.999Z",
          to: "2025-04-01T00:00:00.001Z",
        }),
      ).toEqual({ status: "DRAFT", count: 2, amount: "1100.00" });
      expect(await draftsIn()).toEqual({ status: "DRAFT", count: 4, amount: "1111.00" });
      expect(await draftsIn({ preset: "THIS_MONTH" })).toEqual({
        status: "DRAFT",
        count: 0,
        amount: "0.00",
      });
    });

    it("names the field of an invalid period", async () => {
      const token = await tokenOf((await createWorld(app.db.dataSource)).seller);
      const missingFrom = await app.gql(
        COUNTS,
        { period: { preset: "CUSTOM", to: "2025-01-01" } },
        { token },
      );
      expect(codeOf(missingFrom)).toBe("BAD_USER_INPUT");
      expect(missingFrom.errors![0]!.extensions!.field).toBe("period.from");
      const backwards = await app.gql(
        COUNTS,
        { period: { preset: "CUSTOM", from: "2025-02-01", to: "2025-01-01" } },
        { token },
      );
      expect(codeOf(backwards)).toBe("BAD_USER_INPUT");
      expect(backwards.errors![0]!.extensions!.field).toBe("period.to");
      expect(backwards.errors![0]!.message).toBe('"to" must be after "from"');
    });
  });

  describe("ordering and paging", () => {
    /** Every page of `first` deals, following endCursor. */
    async function allPages(user: { email: string }, variables: Record<string, unknown>) {
      const pages: DealNode[][] = [];
      let after: string | null = null;
      for (;;) {
        const page = await dealsOf(user, { ...variables, after });
        pages.push(page.nodes);
        if (!page.pageInfo.hasNextPage) return pages;
        after = page.pageInfo.endCursor;
      }
    }

    it("OLDEST_SUBMITTED puts the longest waiting first, ties by id, drafts last, across pages", async () => {
      const ds = app.db.dataSource;
      const { cm, seller } = await createWorld(ds);
      const now = Date.now();
      const submitted = (ago: number) =>
        createDeal(ds, { owner: seller, status: "SUBMITTED", submittedAt: new Date(now - ago) });
      const fiveDays = await submitted(5 * DAY);
      const [tieA, tieB] = [await submitted(3 * DAY), await submitted(3 * DAY)].sort((a, b) =>
        a.id.localeCompare(b.id),
      );
      const oneHour = await submitted(HOUR);
      const approved = await createDeal(ds, {
        owner: seller,
        status: "APPROVED",
        submittedAt: new Date(now - 10 * DAY),
      });
      const draft = await createDeal(ds, { owner: seller });

      const queue = await allPages(cm, {
        orderBy: "OLDEST_SUBMITTED",
        filter: { statuses: ["SUBMITTED"] },
        first: 2,
      });
      expect(queue.map((page) => page.map((d) => d.id))).toEqual([
        [fiveDays.id, tieA!.id],
        [tieB!.id, oneHour.id],
      ]);

      // The seller's own view: the vendor side does not see drafts at all.
      const everything = await allPages(seller, { orderBy: "OLDEST_SUBMITTED", first: 4 });
      expect(everything.flat().map((d) => d.id)).toEqual([
        approved.id,
        fiveDays.id,
        tieA!.id,
        tieB!.id,
        oneHour.id,
        draft.id,
      ]);
    });

    it("NEWEST pages without repeating or skipping deals created microseconds apart", async () => {
      const ds = app.db.dataSource;
      const { ops, seller } = await createWorld(ds);
      const created = [];
      for (let i = 0; i < 5; i++) created.push(await createDeal(ds, { owner: seller }));
      // Within one millisecond: a cursor holding a JavaScript Date would lose the difference.
      for (const [i, deal] of created.entries()) {
        await ds.query(
          `UPDATE deals SET created_at = '2026-01-15 10:00:00.000100+00'::timestamptz + make_interval(secs => $2::float8 / 1000000) WHERE id = $1`,
          [deal.id, i * 100],
        );
      }
      const pages = await allPages(ops, { first: 2 });
      expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
      expect(pages.flat().map((d) => d.id)).toEqual(created.map((d) => d.id).reverse());
    });

    it("refuses a cursor it did not make", async () => {
      const token = await tokenOf((await createWorld(app.db.dataSource)).ops);
      const forged = Buffer.from(JSON.stringify(["yesterday", "not-an-id"])).toString("base64url");
      for (const after of ["garbage", forged]) {
        const res = await app.gql(DEALS, { after }, { token });
        expect(codeOf(res)).toBe("BAD_USER_INPUT");
        expect(res.errors![0]!.extensions!.field).toBe("after");
      }
    });
  });

  describe("approval SLA", () => {
    it("flags submitted deals waiting longer than the configured SLA and reports business hours in queue", async () => {
      const ds = app.db.dataSource;
      const { cm, seller } = await createWorld(ds);
      const now = Date.now();
      const submittedAgo = (ago: number, status: DealStatus = "SUBMITTED") =>
        createDeal(ds, { owner: seller, status, submittedAt: new Date(now - ago) });
      const month = await submittedAgo(30 * DAY);
      const week = await submittedAgo(7 * DAY);
      const minute = await submittedAgo(60_000);
      const decided = await submittedAgo(30 * DAY, "APPROVED");
      const draft = await createDeal(ds, { owner: seller });

      const byId = new Map((await dealsOf(cm)).nodes.map((d) => [d.id, d]));
      // The SLA is 10 business days in this app: 30 calendar days are over it, 7 are not.
      expect(byId.get(month.id)).toMatchObject({ overSla: true });
      expect(byId.get(month.id)!.timeInQueueHours).toBeGreaterThan(10 * 24);
      expect(byId.get(week.id)).toMatchObject({ overSla: false });
      // A week always holds exactly five business days.
      expect(byId.get(week.id)!.timeInQueueHours).toBeCloseTo(5 * 24, 1);
      expect(byId.get(minute.id)).toMatchObject({ overSla: false });
      expect(byId.get(minute.id)!.timeInQueueHours).toBeLessThan(0.1);
      expect(byId.get(decided.id)).toMatchObject({ overSla: false, timeInQueueHours: null });
      expect(byId.has(draft.id)).toBe(false); // drafts are private
      const ownView = new Map((await dealsOf(seller)).nodes.map((d) => [d.id, d]));
      expect(ownView.get(draft.id)).toMatchObject({ overSla: false, timeInQueueHours: null });
    });
  });
});
