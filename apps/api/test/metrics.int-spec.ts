import { codeOf, startTestApp, type TestApp } from "./harness";
import {
  LAST_MS_OF_Q1,
  Q1,
  createMetricsWorld,
  opportunityMakers,
  queryAs,
  type Period,
  type WinLossFigures,
} from "./metrics-fixture";

type MetricsWorld = Awaited<ReturnType<typeof createMetricsWorld>>;
type OpportunityMakers = ReturnType<typeof opportunityMakers>;

const LEADERBOARD = `query Leaderboard($period: PeriodInput!, $limit: Int) {
  partnerLeaderboard(period: $period, limit: $limit) {
    partner { id name tier } wonAmount wonCount rank
  }
}`;
const PIPELINE = `query Pipeline($period: PeriodInput!) {
  pipelineByPartner(period: $period) {
    partner { id name } openAmount weightedAmount openCount
    byStage { stage amount weightedAmount count }
  }
}`;
const WIN_LOSS = `query WinLoss($period: PeriodInput!) {
  partnerWinLoss(period: $period) {
    partner { id name } wonCount wonAmount lostCount lostAmount winRate winRateByAmount
  }
}`;

describe("partner metrics", () => {
  let app: TestApp;
  let world: MetricsWorld["world"];
  let alpha: MetricsWorld["alpha"];
  let charlie: MetricsWorld["charlie"];
  let delta: MetricsWorld["delta"];
  let unassignedCm: MetricsWorld["unassignedCm"];
  let won: OpportunityMakers["won"];
  let lost: OpportunityMakers["lost"];
  let open: OpportunityMakers["open"];

  const leaderboard = (user: { email: string }, period: Period = Q1, limit?: number) =>
    queryAs<{ partnerLeaderboard: LeaderRow[] }>(app, user, LEADERBOARD, { period, limit }).then(
      (d) => d.partnerLeaderboard,
    );
  const pipeline = (user: { email: string }, period: Period = Q1) =>
    queryAs<{ pipelineByPartner: PipelineRow[] }>(app, user, PIPELINE, { period }).then(
      (d) => d.pipelineByPartner,
    );
  const winLoss = (user: { email: string }, period: Period = Q1) =>
    queryAs<{ partnerWinLoss: WinLossRow[] }>(app, user, WIN_LOSS, { period }).then(
      (d) => d.partnerWinLoss,
    );

  beforeAll(async () => {
    app = await startTestApp();
    ({ world, alpha, charlie, delta, unassignedCm } = await createMetricsWorld(app));
    ({ won, lost, open } = opportunityMakers(app.db.dataSource));
  });
  afterAll(() => app.close());

  describe("partnerLeaderboard", () => {
    it("ranks by won amount to the cent, ties by name, partners without wins last with zero", async () => {
      const rows = await leaderboard(world.cm);
      expect(rows).toEqual([
        {
          partner: { id: alpha.id, name: "Alpha Partners", tier: "SILVER" },
          wonAmount: "2000.01",
          wonCount: 1,
          rank: 1,
        },
        {
          partner: { id: world.partner.id, name: "Bravo Partners", tier: "GOLD" },
          wonAmount: "1234.92",
          wonCount: 4,
          rank: 2,
        },
        {
          partner: { id: delta.id, name: "Delta Partners", tier: "SILVER" },
          wonAmount: "1234.92",
          wonCount: 2,
          rank: 3,
        },
        {
          partner: { id: charlie.id, name: "Charlie Partners", tier: "SILVER" },
          wonAmount: "0.00",
          wonCount: 0,
          rank: 4,
        },
      ]);
    });

    it("returns at most `limit` rows (10 by default) and rejects a limit outside 1–100", async () => {
      expect((await leaderboard(world.cm, Q1, 2)).map((r) => [r.partner.name, r.rank])).toEqual([
        ["Alpha Partners", 1],
        ["Bravo Partners", 2],
      ]);
      expect(await leaderboard(world.cm, Q1, 1)).toHaveLength(1);
      expect(await leaderboard(world.cm)).toHaveLength(4);
      for (const limit of [0, 101, -1]) {
        const res = await app.gql(
          LEADERBOARD,
          { period: Q1, limit },
          { token: await app.tokenOf(world.cm) },
        );
        expect(codeOf(res)).toBe("BAD_USER_INPUT");
        expect(res.errors![0]!.extensions!.field).toBe("limit");
      }
    });

    it("counts a win closed at the period's last millisecond, not one at the next period's first", async () => {
      const rows = await leaderboard(world.cm, {
        preset: "CUSTOM",
        from: "2025-04-01T00:00:00.000Z",
        to: "2025-07-01T00:00:00.000Z",
      });
      expect(rows.find((r) => r.partner.id === world.partner.id)).toMatchObject({
        wonAmount: "1000.00",
        wonCount: 1,
        rank: 1,
      });
      const q4 = await leaderboard(world.cm, {
        preset: "CUSTOM",
        from: "2024-10-01",
        to: "2024-12-31",
      });
      expect(q4[0]).toMatchObject({ wonAmount: "500.00", wonCount: 1 });
      // A period ending exactly at Q1's last millisecond (excluded) leaves the 0.05 out.
      const almost = await leaderboard(world.cm, {
        preset: "CUSTOM",
        from: "2025-01-01",
        to: "2025-03-31T23:59:59.999Z",
      });
      expect(almost.find((r) => r.partner.id === world.partner.id)!.wonAmount).toBe("1234.87");
    });
  });

  describe("pipelineByPartner", () => {
    const zeroStage = (stage: string) => ({
      stage,
      amount: "0.00",
      weightedAmount: "0.00",
      count: 0,
    });

    it("sums open and weighted amounts per stage (expected close date in the period; closed ones, all expected mid-Q1, never), zeros included", async () => {
      const rows = await pipeline(world.cm);
      expect(rows).toEqual([
        {
          partner: { id: alpha.id, name: "Alpha Partners" },
          openAmount: "5000.00",
          weightedAmount: "3750.00",
          openCount: 1,
          byStage: [
            zeroStage("QUALIFICATION"),
            zeroStage("DISCOVERY"),
            zeroStage("PROPOSAL"),
            { stage: "NEGOTIATION", amount: "5000.00", weightedAmount: "3750.00", count: 1 },
          ],
        },
        {
          partner: { id: world.partner.id, name: "Bravo Partners" },
          // 1000.05 + 0.10 + 0.30 + 1234.57 + 333.33; 100.01 + 0.03 + 0.08 + 617.29 + 250.00
          openAmount: "2568.35",
          weightedAmount: "967.41",
          openCount: 5,
          byStage: [
            { stage: "QUALIFICATION", amount: "1000.05", weightedAmount: "100.01", count: 1 },
            { stage: "DISCOVERY", amount: "0.40", weightedAmount: "0.11", count: 2 },
            { stage: "PROPOSAL", amount: "1234.57", weightedAmount: "617.29", count: 1 },
            { stage: "NEGOTIATION", amount: "333.33", weightedAmount: "250.00", count: 1 },
          ],
        },
        ...[
          [charlie.id, "Charlie Partners"],
          [delta.id, "Delta Partners"],
        ].map(([id, name]) => ({
          partner: { id, name },
          openAmount: "0.00",
          weightedAmount: "0.00",
          openCount: 0,
          byStage: ["QUALIFICATION", "DISCOVERY", "PROPOSAL", "NEGOTIATION"].map(zeroStage),
        })),
      ]);
    });

    it("weights by the opportunity's own probability and takes only open stages", async () => {
      const rows = await pipeline(world.cm, {
        preset: "CUSTOM",
        from: "2025-04-01",
        to: "2025-06-30",
      });
      // 7777.77 in negotiation expected on 2025-04-01: × 75 % = 5833.3275 → 5833.33; and the
      // 0.50 at its own 33 % → 0.17.
      expect(rows[0]).toMatchObject({
        partner: { id: world.partner.id },
        openAmount: "7778.27",
        weightedAmount: "5833.50",
        openCount: 2,
      });
      expect(rows[0]!.byStage[2]).toEqual({
        stage: "PROPOSAL",
        amount: "0.50",
        weightedAmount: "0.17",
        count: 1,
      });
      expect(rows.slice(1).every((r) => r.openAmount === "0.00")).toBe(true);
    });
  });

  describe("partnerWinLoss", () => {
    it("counts won and lost closed in the period, with win rates by count and amount, by name", async () => {
      const rows = await winLoss(world.cm);
      expect(rows.map((r) => r.partner.name)).toEqual([
        "Alpha Partners",
        "Bravo Partners",
        "Charlie Partners",
        "Delta Partners",
      ]);
      const [a, b, c, d] = rows;
      expect(a).toMatchObject({
        wonCount: 1,
        wonAmount: "2000.01",
        lostCount: 1,
        lostAmount: "999.99",
      });
      expect(a!.winRate).toBe(0.5);
      expect(a!.winRateByAmount).toBeCloseTo(2000.01 / 3000.0, 12);
      expect(b).toMatchObject({
        wonCount: 4,
        wonAmount: "1234.92",
        lostCount: 2,
        lostAmount: "100.08",
      });
      expect(b!.winRate).toBeCloseTo(4 / 6, 12);
      expect(b!.winRateByAmount).toBeCloseTo(123492 / 133500, 12);
      expect(c).toEqual({
        partner: { id: charlie.id, name: "Charlie Partners" },
        wonCount: 0,
        wonAmount: "0.00",
        lostCount: 0,
        lostAmount: "0.00",
        winRate: null,
        winRateByAmount: null,
      });
      expect(d).toMatchObject({
        wonCount: 2,
        wonAmount: "1234.92",
        lostCount: 0,
        lostAmount: "0.00",
      });
      expect(d!.winRate).toBe(1);
      expect(d!.winRateByAmount).toBe(1);
    });

    it("takes Q2's first millisecond into Q2 only", async () => {
      const rows = await winLoss(world.cm, {
        preset: "CUSTOM",
        from: "2025-04-01",
        to: "2025-06-30",
      });
      const bravo = rows.find((r) => r.partner.id === world.partner.id)!;
      expect(bravo).toMatchObject({
        wonCount: 1,
        wonAmount: "1000.00",
        lostCount: 1,
        lostAmount: "50.00",
      });
      expect(bravo.winRate).toBe(0.5);
      expect(bravo.winRateByAmount).toBeCloseTo(1000 / 1050, 12);
    });
  });

  describe("scope", () => {
    it("never shows or counts another channel manager's partner, whatever its opportunities", async () => {
      const before = [
        await leaderboard(world.cm),
        await pipeline(world.cm),
        await winLoss(world.cm),
      ];
      for (const rows of before) {
        expect(rows.map((r) => r.partner.id)).not.toContain(world.otherPartner.id);
      }
      await won(world.otherSeller, "99999.99");
      await won(world.otherSeller, "0.01", LAST_MS_OF_Q1);
      await lost(world.otherSeller, "12.34");
      await open(world.otherSeller, "PROPOSAL", "4321.00", "2025-02-02");
      const after = [
        await leaderboard(world.cm),
        await pipeline(world.cm),
        await winLoss(world.cm),
      ];
      expect(after).toEqual(before);

      // Its own channel manager sees it, alone.
      expect(await leaderboard(world.otherCm)).toEqual([
        {
          partner: { id: world.otherPartner.id, name: world.otherPartner.name, tier: "GOLD" },
          wonAmount: "100000.00",
          wonCount: 2,
          rank: 1,
        },
      ]);
      const [otherPipeline] = await pipeline(world.otherCm);
      expect(otherPipeline).toMatchObject({
        openAmount: "4321.00",
        weightedAmount: "2160.50",
        openCount: 1,
      });
    });

    it("gives a channel manager without partners empty lists", async () => {
      expect(await leaderboard(unassignedCm)).toEqual([]);
      expect(await pipeline(unassignedCm)).toEqual([]);
      expect(await winLoss(unassignedCm)).toEqual([]);
    });

    it("lets the vendor admin see every partner", async () => {
      const rows = await leaderboard(world.admin);
      expect(rows.map((r) => [r.partner.id, r.wonAmount, r.rank])).toEqual([
        [world.otherPartner.id, "100000.00", 1],
        [alpha.id, "2000.01", 2],
        [world.partner.id, "1234.92", 3],
        [delta.id, "1234.92", 4],
        [charlie.id, "0.00", 5],
      ]);
      const wl = await winLoss(world.admin);
      expect(wl).toHaveLength(5);
      expect(wl.find((r) => r.partner.id === world.otherPartner.id)).toMatchObject({
        wonCount: 2,
        lostCount: 1,
        lostAmount: "12.34",
      });
      const pl = await pipeline(world.admin);
      expect(pl.map((r) => r.openAmount)).toEqual([
        "5000.00",
        "4321.00",
        "2568.35",
        "0.00",
        "0.00",
      ]);
    });

    it("is for the vendor side: anonymous is UNAUTHENTICATED, partner roles FORBIDDEN", async () => {
      for (const [doc, variables] of [
        [LEADERBOARD, { period: Q1 }],
        [PIPELINE, { period: Q1 }],
        [WIN_LOSS, { period: Q1 }],
      ] as const) {
        expect(codeOf(await app.gql(doc, variables))).toBe("UNAUTHENTICATED");
        for (const user of [world.seller, world.manager, world.ops]) {
          const res = await app.gql(doc, variables, { token: await app.tokenOf(user) });
          expect(codeOf(res)).toBe("FORBIDDEN");
        }
      }
    });

    it("names the field of an invalid period", async () => {
      for (const doc of [LEADERBOARD, PIPELINE, WIN_LOSS]) {
        const res = await app.gql(
          doc,
          { period: { preset: "CUSTOM", to: "2025-01-01" } },
          { token: await app.tokenOf(world.cm) },
        );
        expect(codeOf(res)).toBe("BAD_USER_INPUT");
        expect(res.errors![0]!.extensions!.field).toBe("period.from");
      }
    });
  });
});

interface LeaderRow {
  partner: { id: string; name: string; tier: string | null };
  wonAmount: string;
  wonCount: number;
  rank: number;
}
interface PipelineRow {
  partner: { id: string; name: string };
  openAmount: string;
  weightedAmount: string;
  openCount: number;
  byStage: { stage: string; amount: string; weightedAmount: string; count: number }[];
}
interface WinLossRow extends WinLossFigures {
  partner: { id: string; name: string };
}
