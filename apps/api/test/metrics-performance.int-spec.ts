import { createDeal, createUser } from "./factories";
import { codeOf, startTestApp, type TestApp } from "./harness";
import { statementsOf } from "./opportunities-helpers";
import {
  Q1,
  createMetricsWorld,
  opportunityMakers,
  queryAs,
  quota,
  type Period,
} from "./metrics-fixture";

const FIGURES = `wonAmount wonCount lostAmount lostCount winRate winRateByAmount
  openAmount weightedAmount openCount quotaAmount quotaAttainment`;
const PERFORMANCE = `query Performance($period: PeriodInput!, $first: Int, $after: String,
    $orderBy: PartnerPerformanceOrder) {
  partnerPerformance(period: $period, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { partner { id name } ${FIGURES} byStage { stage amount count } } }
  }
}`;
const TEAM = `query Team($period: PeriodInput!, $partnerId: ID) {
  teamPerformance(period: $period, partnerId: $partnerId) { seller { id name } ${FIGURES} }
}`;
const DETAIL = `query Detail($id: ID!, $period: PeriodInput!) {
  partner(id: $id, period: $period) {
    partner { id name }
    performance { partner { id } ${FIGURES} byStage { stage amount weightedAmount count } }
    topSellers { seller { id } wonAmount wonCount quotaAmount quotaAttainment }
    recentDeals { id customerName }
  }
}`;

type Figures = Record<string, unknown>;
interface PerformancePage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Figures & { partner: { id: string; name: string } } }[];
}
type Sort = "NAME" | "WON_AMOUNT" | "OPEN_AMOUNT" | "QUOTA_AMOUNT" | "QUOTA_ATTAINMENT";

const ZERO_STAGES = ["QUALIFICATION", "DISCOVERY", "PROPOSAL", "NEGOTIATION"].map((stage) => ({
  stage,
  amount: "0.00",
  count: 0,
}));

describe("partnerPerformance, teamPerformance and the partner drill-down", () => {
  let app: TestApp;
  let w: Awaited<ReturnType<typeof createMetricsWorld>>;
  let world: Awaited<ReturnType<typeof createMetricsWorld>>["world"];

  const performance = (
    user: { email: string },
    variables: { first?: number; after?: string | null; orderBy?: object; period?: Period } = {},
  ) =>
    queryAs<{ partnerPerformance: PerformancePage }>(app, user, PERFORMANCE, {
      period: Q1,
      ...variables,
    }).then((d) => d.partnerPerformance);
  const order = async (user: { email: string }, field: Sort, direction: "ASC" | "DESC") =>
    (await performance(user, { orderBy: { field, direction } })).edges.map(
      (e) => e.node.partner.name,
    );
  const team = (user: { email: string }, partnerId?: string, period: Period = Q1) =>
    queryAs<{ teamPerformance: (Figures & { seller: { id: string } })[] }>(app, user, TEAM, {
      period,
      partnerId,
    }).then((d) => d.teamPerformance);
  const detail = (user: { email: string }, id: string, period: Period = Q1) =>
    queryAs<{ partner: DetailResult }>(app, user, DETAIL, { id, period });

  beforeAll(async () => {
    app = await startTestApp();
    w = await createMetricsWorld(app);
    world = w.world;
  });
  afterAll(() => app.close());

  describe("partnerPerformance", () => {
    it("gives every figure per partner, to the cent, with quota attainment over the quotas lying in the period", async () => {
      const page = await performance(world.cm);
      expect(page.totalCount).toBe(4);
      expect(page.pageInfo.hasNextPage).toBe(false);
      const byName = Object.fromEntries(page.edges.map((e) => [e.node.partner.name, e.node]));
      expect(byName["Alpha Partners"]).toMatchObject({
        wonAmount: "2000.01",
        wonCount: 1,
        lostAmount: "999.99",
        lostCount: 1,
        winRate: 0.5,
        openAmount: "5000.00",
        weightedAmount: "3750.00",
        openCount: 1,
        quotaAmount: "4000.00",
      });
      expect(byName["Alpha Partners"]!.quotaAttainment).toBeCloseTo(2000.01 / 4000, 12);
      // Bravo's two quotas overlap in February: 2000.00 + 500.00, and every win counts once.
      expect(byName["Bravo Partners"]).toMatchObject({
        wonAmount: "1234.92",
        wonCount: 4,
        lostAmount: "100.08",
        lostCount: 2,
        openAmount: "2568.35",
        weightedAmount: "967.41",
        openCount: 5,
        quotaAmount: "2500.00",
        byStage: [
          { stage: "QUALIFICATION", amount: "1000.05", count: 1 },
          { stage: "DISCOVERY", amount: "0.40", count: 2 },
          { stage: "PROPOSAL", amount: "1234.57", count: 1 },
          { stage: "NEGOTIATION", amount: "333.33", count: 1 },
        ],
      });
      expect(byName["Bravo Partners"]!.winRate).toBeCloseTo(4 / 6, 12);
      expect(byName["Bravo Partners"]!.quotaAttainment).toBeCloseTo(1234.92 / 2500, 12);
      // No data at all: zeros, not missing; a quota with nothing won is 0 % attained.
      expect(byName["Charlie Partners"]).toEqual({
        partner: { id: w.charlie.id, name: "Charlie Partners" },
        wonAmount: "0.00",
        wonCount: 0,
        lostAmount: "0.00",
        lostCount: 0,
        winRate: null,
        winRateByAmount: null,
        openAmount: "0.00",
        weightedAmount: "0.00",
        openCount: 0,
        quotaAmount: "100.00",
        quotaAttainment: 0,
        byStage: ZERO_STAGES,
      });
      // Delta's half-year quota does not lie within Q1: no quota, no attainment.
      expect(byName["Delta Partners"]).toMatchObject({
        wonAmount: "1234.92",
        quotaAmount: null,
        quotaAttainment: null,
      });
    });

    it("gives the same figures whether byStage is asked or not, and finds it through fragments", async () => {
      const asked = await performance(world.cm);
      const pageOf = async (node: string, fragments = "") =>
        (
          await queryAs<{ partnerPerformance: PerformancePage }>(
            app,
            world.cm,
            `query List($period: PeriodInput!) {
               partnerPerformance(period: $period) { edges { node { ${node} } } }
             } ${fragments}`,
            { period: Q1 },
          )
        ).partnerPerformance.edges.map((edge) => edge.node);
      const withoutStages = asked.edges.map(
        ({ node: { byStage: _stages, ...figures } }) => figures,
      );
      // As the SPA's partners list asks: no byStage, and its statement groups nothing by stage.
      let listed: unknown;
      const [statement, ...more] = await statementsOf(app.db.dataSource, async () => {
        listed = await pageOf(`partner { id name } ${FIGURES}`);
      });
      expect(listed).toEqual(withoutStages);
      expect(more).toEqual([]);
      expect(statement).not.toMatch(/by_stage|GROUP BY o\.k, o\.stage/);
      const everything = asked.edges.map((edge) => edge.node);
      expect(
        await pageOf(
          "...Row",
          `fragment Row on PartnerPerformance { partner { id name } ${FIGURES} ...Stages }
           fragment Stages on PartnerPerformance { byStage { stage amount count } }`,
        ),
      ).toEqual(everything);
      expect(
        await pageOf(
          `partner { id name } ${FIGURES} ... on PartnerPerformance { byStage { stage amount count } }`,
        ),
      ).toEqual(everything);
    });

    it("takes a quota into a period that holds its whole range, and only the wins inside it", async () => {
      const year = { preset: "CUSTOM", from: "2025-01-01", to: "2025-12-31" };
      const wholeYear = await performance(world.cm, { period: year });
      const delta = wholeYear.edges.find((e) => e.node.partner.id === w.delta.id)!.node;
      expect(delta).toMatchObject({ quotaAmount: "5000.00", wonAmount: "1234.92" });
      expect(delta.quotaAttainment).toBeCloseTo(1234.92 / 5000, 12);
      const half = { preset: "CUSTOM", from: "2025-01-01", to: "2025-06-30" };
      const page = await performance(world.cm, { period: half });
      // Bravo in H1: its Q1 quota, 2500.00; won 2234.92 in H1, but the 1000.00
      // won on Q2's first millisecond lies outside every quota range.
      const bravo = page.edges.find((e) => e.node.partner.id === world.partner.id)!.node;
      expect(bravo).toMatchObject({ quotaAmount: "2500.00", wonAmount: "2234.92" });
      expect(bravo.quotaAttainment).toBeCloseTo(1234.92 / 2500, 12);
      // A period ending a millisecond before Q1 ends holds January's and February's quotas,
      // not March's.
      const almost = await performance(world.cm, {
        period: { preset: "CUSTOM", from: "2025-01-01", to: "2025-03-31T23:59:59.999Z" },
      });
      const alpha = almost.edges.find((e) => e.node.partner.id === w.alpha.id)!.node;
      expect(alpha.quotaAmount).toBe("2500.00");
      expect(alpha.quotaAttainment).toBeCloseTo(2000.01 / 2500, 12);
    });

    it("sorts by every column either way, ties by name; no quota sorts lowest", async () => {
      const A = "Alpha Partners";
      const B = "Bravo Partners";
      const C = "Charlie Partners";
      const D = "Delta Partners";
      expect(await order(world.cm, "WON_AMOUNT", "DESC")).toEqual([A, B, D, C]);
      expect(await order(world.cm, "WON_AMOUNT", "ASC")).toEqual([C, B, D, A]);
      expect(await order(world.cm, "OPEN_AMOUNT", "DESC")).toEqual([A, B, C, D]);
      expect(await order(world.cm, "QUOTA_AMOUNT", "DESC")).toEqual([A, B, C, D]);
      expect(await order(world.cm, "QUOTA_AMOUNT", "ASC")).toEqual([D, C, B, A]);
      expect(await order(world.cm, "QUOTA_ATTAINMENT", "DESC")).toEqual([A, B, C, D]);
      expect(await order(world.cm, "QUOTA_ATTAINMENT", "ASC")).toEqual([D, C, B, A]);
      expect(await order(world.cm, "NAME", "ASC")).toEqual([A, B, C, D]);
      expect(await order(world.cm, "NAME", "DESC")).toEqual([D, C, B, A]);
      // The default: won amount, highest first.
      expect((await performance(world.cm)).edges.map((e) => e.node.partner.name)).toEqual([
        A,
        B,
        D,
        C,
      ]);
    });

    it("pages with cursors in every order, across ties, without repeats or gaps", async () => {
      for (const [field, direction] of [
        ["WON_AMOUNT", "ASC"],
        ["QUOTA_ATTAINMENT", "DESC"],
        ["NAME", "DESC"],
      ] as const) {
        const all = await order(world.cm, field, direction);
        const seen: string[] = [];
        let after: string | null = null;
        for (let pageNo = 0; pageNo < 10; pageNo++) {
          const page: PerformancePage = await performance(world.cm, {
            first: 1,
            after,
            orderBy: { field, direction },
          });
          expect(page.totalCount).toBe(4);
          seen.push(...page.edges.map((e) => e.node.partner.name));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect(seen).toEqual(all);
      }
    });

    it("refuses a cursor that is not one, or that belongs to another ordering", async () => {
      const token = await app.tokenOf(world.cm);
      const byName = await performance(world.cm, {
        first: 1,
        orderBy: { field: "NAME", direction: "ASC" },
      });
      for (const after of ["nonsense", byName.pageInfo.endCursor]) {
        const res = await app.gql(
          PERFORMANCE,
          { period: Q1, after, orderBy: { field: "WON_AMOUNT", direction: "DESC" } },
          { token },
        );
        expect(codeOf(res)).toBe("BAD_USER_INPUT");
        expect(res.errors![0]!.extensions!.field).toBe("after");
      }
      const tooMany = await app.gql(PERFORMANCE, { period: Q1, first: 101 }, { token });
      expect(codeOf(tooMany)).toBe("BAD_USER_INPUT");
    });

    it("shows the vendor admin every partner and an unassigned channel manager none", async () => {
      const all = await performance(world.admin);
      expect(all.totalCount).toBe(5);
      expect(
        all.edges.find((e) => e.node.partner.id === world.otherPartner.id)!.node,
      ).toMatchObject({ quotaAmount: "1.00", wonAmount: "0.00" });
      expect(await performance(w.unassignedCm)).toEqual({
        totalCount: 0,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: [],
      });
    });
  });

  describe("teamPerformance", () => {
    it("gives a sales manager themself and their direct reports, with seller quotas", async () => {
      const rows = await team(world.manager);
      expect(rows.map((r) => r.seller.id)).toEqual([
        world.manager.id, // 0.20
        world.seller.id, // 0.15
        world.peerSeller.id, // 0.00
      ]);
      expect(rows[1]).toMatchObject({
        wonAmount: "0.15",
        wonCount: 2,
        lostAmount: "100.08",
        lostCount: 2,
        openAmount: "2568.35",
        quotaAmount: "1000.00",
      });
      expect(rows[1]!.quotaAttainment).toBeCloseTo(0.15 / 1000, 12);
      expect(rows[2]).toMatchObject({ wonAmount: "0.00", openAmount: "0.00", quotaAmount: null });
    });

    it("gives sales operations the whole organization; a seller quota outside the period is none", async () => {
      const rows = await team(world.ops);
      expect(rows.map((r) => r.seller.id)).toEqual(
        expect.arrayContaining([world.ops.id, world.manager.id, world.seller.id]),
      );
      expect(rows).toHaveLength(4);
      expect(rows[0]).toMatchObject({ seller: { id: world.ops.id }, wonAmount: "1234.57" });
      expect(rows[0]).toMatchObject({ quotaAmount: null, quotaAttainment: null });
      const q2 = await team(world.ops, undefined, {
        preset: "CUSTOM",
        from: "2025-04-01",
        to: "2025-06-30",
      });
      expect(q2.find((r) => r.seller.id === world.ops.id)).toMatchObject({
        quotaAmount: "1000.00",
        quotaAttainment: 0,
      });
    });

    it("needs a partner on the vendor side, and shows nothing of a partner not overseen", async () => {
      const token = await app.tokenOf(world.cm);
      const res = await app.gql(TEAM, { period: Q1 }, { token });
      expect(codeOf(res)).toBe("BAD_USER_INPUT");
      expect(res.errors![0]!.extensions!.field).toBe("partnerId");
      const notAnId = await app.gql(TEAM, { period: Q1, partnerId: "not-a-uuid" }, { token });
      expect(codeOf(notAnId)).toBe("BAD_USER_INPUT");
      expect(notAnId.errors![0]!.extensions!.field).toBe("partnerId");
      expect(await team(world.cm, world.partner.id)).toHaveLength(4);
      expect(await team(world.cm, world.otherPartner.id)).toEqual([]);
      // A partner role cannot look into another organization through partnerId.
      expect(await team(world.ops, world.otherPartner.id)).toEqual([]);
    });

    it("is not for sellers or the anonymous", async () => {
      expect(codeOf(await app.gql(TEAM, { period: Q1 }))).toBe("UNAUTHENTICATED");
      const res = await app.gql(TEAM, { period: Q1 }, { token: await app.tokenOf(world.seller) });
      expect(codeOf(res)).toBe("FORBIDDEN");
    });
  });

  describe("partner(id)", () => {
    it("gives the partner's figures, pipeline by stage, top sellers and recent deals", async () => {
      const older = await createDeal(app.db.dataSource, {
        owner: world.seller,
        customerName: "Older Customer",
        status: "SUBMITTED",
        createdAt: new Date("2025-01-05T00:00:00Z"),
      });
      const newer = await createDeal(app.db.dataSource, {
        owner: world.peerSeller,
        customerName: "Newer Customer",
        status: "APPROVED",
        createdAt: new Date("2025-02-05T00:00:00Z"),
      });
      // Another partner's deal never shows.
      await createDeal(app.db.dataSource, {
        owner: world.otherSeller,
        customerName: "Not Bravo's",
        status: "SUBMITTED",
      });

      const { partner } = await detail(world.cm, world.partner.id);
      const list = await performance(world.cm);
      const listed = list.edges.find((e) => e.node.partner.id === world.partner.id)!.node;
      const { byStage: _listedStages, ...listedFigures } = listed;
      expect(partner.partner).toEqual({ id: world.partner.id, name: "Bravo Partners" });
      expect(partner.performance).toMatchObject({
        ...listedFigures,
        partner: { id: world.partner.id },
      });
      expect(partner.performance.byStage[0]).toEqual({
        stage: "QUALIFICATION",
        amount: "1000.05",
        weightedAmount: "100.01",
        count: 1,
      });
      expect(partner.topSellers.map((s) => [s.seller.id, s.wonAmount])).toEqual([
        [world.ops.id, "1234.57"],
        [world.manager.id, "0.20"],
        [world.seller.id, "0.15"],
        [world.peerSeller.id, "0.00"],
      ]);
      expect(partner.topSellers[2]).toMatchObject({ wonCount: 2, quotaAmount: "1000.00" });
      expect(partner.recentDeals).toEqual([
        { id: newer.id, customerName: "Newer Customer" },
        { id: older.id, customerName: "Older Customer" },
      ]);
    });

    it("takes 1 to 20 recent deals, and names the limit when asked for more or fewer", async () => {
      const RECENT = `query Recent($id: ID!, $period: PeriodInput!, $limit: Int!) {
        partner(id: $id, period: $period) { recentDeals(limit: $limit) { id } }
      }`;
      const token = await app.tokenOf(world.cm);
      const ok = await app.gql(RECENT, { id: world.partner.id, period: Q1, limit: 1 }, { token });
      expect(ok.data.partner.recentDeals).toHaveLength(1);
      for (const limit of [0, 21]) {
        const res = await app.gql(RECENT, { id: world.partner.id, period: Q1, limit }, { token });
        expect(res.errors![0]!.extensions).toEqual({ code: "BAD_USER_INPUT", field: "limit" });
        expect(res.errors![0]!.message).toBe("limit must be between 1 and 20.");
      }
    });

    it("lists at most five top sellers", async () => {
      for (let i = 0; i < 3; i++) {
        await createUser(app.db.dataSource, {
          organizationId: w.charlie.id,
          role: "PARTNER_SELLER",
          name: `Charlie seller ${i}`,
        });
      }
      const { won } = opportunityMakers(app.db.dataSource);
      const sellers = await app.db.dataSource.query(
        `SELECT id, organization_id AS "organizationId" FROM users WHERE organization_id = $1 ORDER BY name`,
        [w.charlie.id],
      );
      await won(sellers[3], "10.00");
      const { partner } = await detail(world.cm, w.charlie.id);
      expect(partner.topSellers).toHaveLength(4);
      await quota(
        app.db.dataSource,
        w.charlie.id,
        sellers[3].id,
        "2025-01-01",
        "2025-04-01",
        "40.00",
      );
      for (let i = 0; i < 2; i++) {
        await createUser(app.db.dataSource, {
          organizationId: w.charlie.id,
          role: "PARTNER_SELLER",
        });
      }
      const again = (await detail(world.cm, w.charlie.id)).partner;
      expect(again.topSellers).toHaveLength(5);
      expect(again.topSellers[0]).toMatchObject({
        seller: { id: sellers[3].id },
        wonAmount: "10.00",
        quotaAmount: "40.00",
        quotaAttainment: 0.25,
      });
      expect(again.performance).toMatchObject({ wonAmount: "10.00", quotaAmount: "100.00" });
    });

    it("is NOT_FOUND for a partner the channel manager does not oversee, or a non-id", async () => {
      const token = await app.tokenOf(world.cm);
      for (const id of [world.otherPartner.id, world.vendor.id, "not-a-uuid"]) {
        const res = await app.gql(DETAIL, { id, period: Q1 }, { token });
        expect(codeOf(res)).toBe("NOT_FOUND");
        expect(JSON.stringify(res)).not.toContain(world.otherPartner.name);
      }
      const admin = await detail(world.admin, world.otherPartner.id);
      expect(admin.partner.performance).toMatchObject({ quotaAmount: "1.00" });
    });

    it("is for the vendor side only", async () => {
      expect(codeOf(await app.gql(DETAIL, { id: world.partner.id, period: Q1 }))).toBe(
        "UNAUTHENTICATED",
      );
      expect(codeOf(await app.gql(PERFORMANCE, { period: Q1 }))).toBe("UNAUTHENTICATED");
      for (const user of [world.seller, world.manager, world.ops]) {
        const token = await app.tokenOf(user);
        const res = await app.gql(DETAIL, { id: world.partner.id, period: Q1 }, { token });
        expect(codeOf(res)).toBe("FORBIDDEN");
        const list = await app.gql(PERFORMANCE, { period: Q1 }, { token });
        expect(codeOf(list)).toBe("FORBIDDEN");
      }
    });
  });

  it("never lets an unassigned partner's data change a channel manager's figures", async () => {
    const before = [
      await performance(world.cm),
      (await detail(world.cm, world.partner.id)).partner,
    ];
    const { won, lost, open } = opportunityMakers(app.db.dataSource);
    await won(world.otherSeller, "777.77");
    await lost(world.otherSeller, "1.11");
    await open(world.otherSeller, "NEGOTIATION", "5.55", "2025-03-03");
    await quota(
      app.db.dataSource,
      world.otherPartner.id,
      world.otherSeller.id,
      "2025-01-01",
      "2025-04-01",
      "9.99",
    );
    await createDeal(app.db.dataSource, {
      owner: world.otherSeller,
      customerName: "Other's deal",
      status: "SUBMITTED",
    });
    const after = [await performance(world.cm), (await detail(world.cm, world.partner.id)).partner];
    expect(after).toEqual(before);
  });
});

interface DetailResult {
  partner: { id: string; name: string };
  performance: Figures & { byStage: Figures[] };
  topSellers: (Figures & { seller: { id: string } })[];
  recentDeals: { id: string; customerName: string }[];
}
