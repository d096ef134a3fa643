import type { LossReason } from "@prm/domain";
import { createOrganization, createUser, createWorld } from "./factories";
import { codeOf, startTestApp, type TestApp } from "./harness";
import {
  FIRST_MS_OF_Q2,
  LAST_MS_OF_Q1,
  Q1,
  opportunityMakers,
  queryAs,
  quota,
  type WinLossFigures,
} from "./metrics-fixture";

const SALES = `query Sales($input: SalesMetricsInput!) {
  salesMetrics(input: $input) {
    scope seller { id }
    pipeline { openAmount weightedAmount openCount byStage { stage amount weightedAmount count } }
    winLoss { wonCount wonAmount lostCount lostAmount winRate winRateByAmount
              lossReasons { reason count amount } }
    quota { quotaAmount wonAmount attainment amountToClose sellersQuotaAmount }
    trend { at openAmount openCount }
  }
}`;
const TEAM = `query Team($period: PeriodInput!) {
  teamPerformance(period: $period) {
    seller { id } wonAmount wonCount lostAmount lostCount openAmount weightedAmount openCount
    quotaAmount byStage { stage amount weightedAmount count }
  }
}`;
const PARTNER = `query Partner($id: ID!, $period: PeriodInput!) {
  partner(id: $id, period: $period) {
    performance { wonAmount wonCount lostAmount lostCount openAmount weightedAmount openCount
                  quotaAmount quotaAttainment winRate winRateByAmount }
  }
}`;

interface Sales {
  scope: string;
  seller: { id: string } | null;
  pipeline: {
    openAmount: string;
    weightedAmount: string;
    openCount: number;
    byStage: { stage: string; amount: string; weightedAmount: string; count: number }[];
  };
  winLoss: WinLossFigures & {
    lossReasons: { reason: LossReason; count: number; amount: string }[];
  };
  quota: {
    quotaAmount: string | null;
    wonAmount: string;
    attainment: number | null;
    amountToClose: string | null;
    sellersQuotaAmount: string | null;
  };
  trend: { at: string; openAmount: string; openCount: number }[];
}

const cents = (amount: string) => Math.round(Number(amount) * 100);
const sumOf = (amounts: string[]) => (amounts.reduce((a, b) => a + cents(b), 0) / 100).toFixed(2);

/**
 * A partner (world.partner) whose sales manager leads `seller` and `peerSeller`; `loner` reports
 * to nobody; ops see them all. Every figure below is worked out by hand for Q1 2025.
 */
describe("salesMetrics: the partner roles' figures", () => {
  let app: TestApp;
  let world: Awaited<ReturnType<typeof createWorld>>;
  let loner: Awaited<ReturnType<typeof createUser>>;

  const sales = (user: { email: string }, sellerId?: string) =>
    queryAs<{ salesMetrics: Sales }>(app, user, SALES, {
      input: { period: Q1, sellerId },
    }).then((d) => d.salesMetrics);

  beforeAll(async () => {
    app = await startTestApp();
    const ds = app.db.dataSource;
    world = await createWorld(ds);
    loner = await createUser(ds, { organizationId: world.partner.id, role: "PARTNER_SELLER" });
    const { won, lost, open } = opportunityMakers(ds);
    const lostFor = async (
      owner: { id: string; organizationId: string },
      amount: string,
      reason: LossReason,
    ) => {
      const { id } = await lost(owner, amount);
      await ds.query(`UPDATE opportunities SET loss_reason = $2 WHERE id = $1`, [id, reason]);
    };
    const history = async (opportunityId: string, moves: [string, string][]) => {
      let from: string | null = null;
      for (const [to, at] of moves) {
        await ds.query(
          `INSERT INTO opportunity_stage_changes
             (opportunity_id, partner_id, owner_id, from_stage, to_stage, amount, changed_at)
           SELECT id, partner_id, owner_id, $2, $3, 0, $4 FROM opportunities WHERE id = $1`,
          [opportunityId, from, to, at],
        );
        from = to;
      }
    };

    // The seller: won 1000.00 + 0.05 = 1000.05; lost 200.00 (price) + 50.10 (competitor);
    // open 400.00 in discovery (× 25 % = 100.00) and 333.33 in proposal (× 50 % = 166.665 →
    // 166.67): 733.33, weighted 266.67. A win at Q2's first millisecond is out.
    const bigWin = await won(world.seller, "1000.00");
    await won(world.seller, "0.05", LAST_MS_OF_Q1);
    await won(world.seller, "999.00", FIRST_MS_OF_Q2);
    await lostFor(world.seller, "200.00", "PRICE");
    await lostFor(world.seller, "50.10", "COMPETITOR");
    const discovery = await open(world.seller, "DISCOVERY", "400.00", "2025-02-15");
    const proposal = await open(world.seller, "PROPOSAL", "333.33", "2025-03-31");
    // The peer: won 500.00, lost 100.00 (price), open 1000.00 in negotiation (× 75 % = 750.00).
    await won(world.peerSeller, "500.00");
    await lostFor(world.peerSeller, "100.00", "PRICE");
    await open(world.peerSeller, "NEGOTIATION", "1000.00", "2025-01-01");
    // The manager: won 0.20; open 10.00 in qualification (× 10 % = 1.00).
    await won(world.manager, "0.20");
    await open(world.manager, "QUALIFICATION", "10.00", "2025-03-01");
    // The loner: won 7000.00; open 2000.00 in proposal (1000.00). Ops: won 1.00.
    await won(loner, "7000.00");
    await open(loner, "PROPOSAL", "2000.00", "2025-02-01");
    await won(world.ops, "1.00");
    // Another partner's seller: never counted.
    await won(world.otherSeller, "99999.00");
    await open(world.otherSeller, "PROPOSAL", "5555.00", "2025-02-01");

    // Quotas: the seller Q1 1000.00; the peer January 300.00 (their win is in February); the
    // loner the year 2025 (not within Q1); the partner Q1 5000.00.
    await quota(ds, world.partner.id, world.seller.id, "2025-01-01", "2025-04-01", "1000.00");
    await quota(ds, world.partner.id, world.peerSeller.id, "2025-01-01", "2025-02-01", "300.00");
    await quota(ds, world.partner.id, loner.id, "2025-01-01", "2026-01-01", "9000.00");
    await quota(ds, world.partner.id, null, "2025-01-01", "2025-04-01", "5000.00");
    await quota(ds, world.otherPartner.id, null, "2025-01-01", "2025-04-01", "1.00");

    // Stage history of the seller's big win and their two open opportunities, for the trend.
    await history(bigWin.id, [
      ["QUALIFICATION", "2025-01-02T00:00:00Z"],
      ["CLOSED_WON", "2025-02-10T12:00:00Z"],
    ]);
    await history(discovery.id, [
      ["QUALIFICATION", "2025-01-10T00:00:00Z"],
      ["DISCOVERY", "2025-02-05T00:00:00Z"],
    ]);
    await history(proposal.id, [
      ["QUALIFICATION", "2025-01-20T09:00:00Z"],
      ["CLOSED_LOST", "2025-02-01T00:00:00Z"],
      ["PROPOSAL", "2025-03-04T00:00:00Z"],
    ]);
  });
  afterAll(() => app.close());

  it("gives a seller their own pipeline by stage, win/loss with loss reasons, and quota", async () => {
    const mine = await sales(world.seller);
    expect(mine.scope).toBe("SELF");
    expect(mine.seller).toEqual({ id: world.seller.id });
    expect(mine.pipeline).toEqual({
      openAmount: "733.33",
      weightedAmount: "266.67",
      openCount: 2,
      byStage: [
        { stage: "QUALIFICATION", amount: "0.00", weightedAmount: "0.00", count: 0 },
        { stage: "DISCOVERY", amount: "400.00", weightedAmount: "100.00", count: 1 },
        { stage: "PROPOSAL", amount: "333.33", weightedAmount: "166.67", count: 1 },
        { stage: "NEGOTIATION", amount: "0.00", weightedAmount: "0.00", count: 0 },
      ],
    });
    expect(mine.winLoss).toEqual({
      wonCount: 2,
      wonAmount: "1000.05",
      lostCount: 2,
      lostAmount: "250.10",
      winRate: 0.5,
      winRateByAmount: 100005 / 125015,
      lossReasons: [
        { reason: "PRICE", count: 1, amount: "200.00" },
        { reason: "COMPETITOR", count: 1, amount: "50.10" },
      ],
    });
    expect(mine.quota).toEqual({
      quotaAmount: "1000.00",
      wonAmount: "1000.05",
      attainment: 100005 / 100000,
      amountToClose: "0.00",
      sellersQuotaAmount: "1000.00",
    });
  });

  it("draws the trend from stage history: the open pipeline at each Monday of the period, then its end", async () => {
    const { trend, pipeline } = await sales(world.seller);
    const expected: [string, string, number][] = [
      ["2025-01-06", "1000.00", 1], // the big win, open since 2 January
      ["2025-01-13", "1400.00", 2], // + discovery (10 January)
      ["2025-01-20", "1400.00", 2], // proposal arrives at 09:00, after this instant
      ["2025-01-27", "1733.33", 3],
      ["2025-02-03", "1400.00", 2], // proposal lost on 1 February
      ["2025-02-10", "1400.00", 2], // the big win closes at noon, after this instant
      ["2025-02-17", "400.00", 1],
      ["2025-02-24", "400.00", 1],
      ["2025-03-03", "400.00", 1],
      ["2025-03-10", "733.33", 2], // proposal reopened on 4 March
      ["2025-03-17", "733.33", 2],
      ["2025-03-24", "733.33", 2],
      ["2025-03-31", "733.33", 2],
      ["2025-04-01", "733.33", 2], // the period's end
    ];
    expect(trend.map((p) => [p.at.slice(0, 10), p.openAmount, p.openCount])).toEqual(expected);
    expect(trend.every((p) => p.at.endsWith("T00:00:00.000Z"))).toBe(true);
    // The last point is the pipeline the pipeline widget shows.
    expect(trend.at(-1)!.openAmount).toBe(pipeline.openAmount);
  });

  it("gives a sales manager their team (themselves and direct reports), never the loner", async () => {
    const team = await sales(world.manager);
    expect(team.scope).toBe("TEAM");
    expect(team.seller).toBeNull();
    // 733.33 + 1000.00 + 10.00; weighted 266.67 + 750.00 + 1.00.
    expect(team.pipeline).toMatchObject({
      openAmount: "1743.33",
      weightedAmount: "1017.67",
      openCount: 4,
    });
    expect(team.winLoss).toMatchObject({
      wonCount: 4,
      wonAmount: "1500.25",
      lostCount: 3,
      lostAmount: "350.10",
      lossReasons: [
        { reason: "PRICE", count: 2, amount: "300.00" },
        { reason: "COMPETITOR", count: 1, amount: "50.10" },
      ],
    });
    // The team's quota is the sum of its members' (1000.00 + 300.00); attainment counts what
    // each won within their own quota: 1000.05 + 0 (the peer's win is not in January).
    expect(team.quota).toEqual({
      quotaAmount: "1300.00",
      wonAmount: "1000.05",
      attainment: 100005 / 130000,
      amountToClose: "299.95",
      sellersQuotaAmount: "1300.00",
    });
  });

  it("gives sales operations the organization: its partner quota, and its sellers' quotas beside", async () => {
    const org = await sales(world.ops);
    expect(org.scope).toBe("ORGANIZATION");
    expect(org.pipeline).toMatchObject({
      openAmount: "3743.33",
      weightedAmount: "2017.67",
      openCount: 5,
    });
    expect(org.winLoss).toMatchObject({
      wonCount: 6,
      wonAmount: "8501.25",
      lostCount: 3,
      lostAmount: "350.10",
    });
    expect(org.quota).toEqual({
      quotaAmount: "5000.00",
      wonAmount: "8501.25",
      attainment: 850125 / 500000,
      amountToClose: "0.00",
      sellersQuotaAmount: "1300.00",
    });
  });

  it("adds up: the team's and the organization's totals are the sums of their per-seller rows", async () => {
    for (const user of [world.manager, world.ops]) {
      const [total, rows] = await Promise.all([
        sales(user),
        queryAs<{ teamPerformance: Record<string, string>[] }>(app, user, TEAM, {
          period: Q1,
        }).then((d) => d.teamPerformance),
      ]);
      const sum = (field: string) => sumOf(rows.map((row) => row[field]!));
      expect([user.email, total.pipeline.openAmount]).toEqual([user.email, sum("openAmount")]);
      expect(total.pipeline.weightedAmount).toBe(sum("weightedAmount"));
      expect(total.winLoss.wonAmount).toBe(sum("wonAmount"));
      expect(total.winLoss.lostAmount).toBe(sum("lostAmount"));
      expect(total.quota.sellersQuotaAmount).toBe(
        sumOf(rows.map((row) => row.quotaAmount).filter((q): q is string => q !== null)),
      );
    }
  });

  it("shows sales operations the same figures the channel manager sees for the partner", async () => {
    const [org, cm] = await Promise.all([
      sales(world.ops),
      queryAs<{ partner: { performance: Record<string, unknown> } }>(app, world.cm, PARTNER, {
        id: world.partner.id,
        period: Q1,
      }),
    ]);
    const p = cm.partner.performance;
    expect({
      wonAmount: org.winLoss.wonAmount,
      wonCount: org.winLoss.wonCount,
      lostAmount: org.winLoss.lostAmount,
      lostCount: org.winLoss.lostCount,
      winRate: org.winLoss.winRate,
      winRateByAmount: org.winLoss.winRateByAmount,
      openAmount: org.pipeline.openAmount,
      weightedAmount: org.pipeline.weightedAmount,
      openCount: org.pipeline.openCount,
      quotaAmount: org.quota.quotaAmount,
      quotaAttainment: org.quota.attainment,
    }).toEqual(p);
  });

  it("opens one person of the team: the manager's report, as they see themselves", async () => {
    const [asManager, asSelf, asOps] = await Promise.all([
      sales(world.manager, world.seller.id),
      sales(world.seller),
      sales(world.ops, world.seller.id),
    ]);
    expect(asManager.scope).toBe("SELLER");
    expect(asManager.seller).toEqual({ id: world.seller.id });
    for (const view of [asManager, asOps]) {
      expect(view.pipeline).toEqual(asSelf.pipeline);
      expect(view.winLoss).toEqual(asSelf.winLoss);
      expect(view.quota).toEqual(asSelf.quota);
      expect(view.trend).toEqual(asSelf.trend);
    }
  });

  it("answers NOT_FOUND for anyone outside the viewer's team, and refuses the other roles", async () => {
    const ask = async (user: { email: string } | null, sellerId?: string) =>
      codeOf(
        await app.gql(
          SALES,
          { input: { period: Q1, sellerId } },
          user ? { token: await app.tokenOf(user) } : {},
        ),
      );
    expect(await ask(world.seller, world.peerSeller.id)).toBe("NOT_FOUND");
    expect(await ask(world.manager, loner.id)).toBe("NOT_FOUND");
    expect(await ask(world.ops, world.otherSeller.id)).toBe("NOT_FOUND");
    expect(await ask(world.otherSeller, world.seller.id)).toBe("NOT_FOUND");
    expect(await ask(world.manager, "not-a-uuid")).toBe("BAD_USER_INPUT");
    expect(await ask(world.cm)).toBe("FORBIDDEN");
    expect(await ask(world.admin)).toBe("FORBIDDEN");
    expect(await ask(null)).toBe("UNAUTHENTICATED");
    // The seller may name themselves.
    expect(await ask(world.seller, world.seller.id)).toBeUndefined();
  });

  it("counts nothing of another partner, and zeros for a partner without records", async () => {
    const other = await sales(world.otherSeller);
    expect(other.winLoss.wonAmount).toBe("99999.00");
    const empty = await createOrganization(app.db.dataSource, { channelManagerId: world.cm.id });
    const newcomer = await createUser(app.db.dataSource, {
      organizationId: empty.id,
      role: "PARTNER_SALES_OPS",
    });
    const nothing = await sales(newcomer);
    expect(nothing.pipeline.openAmount).toBe("0.00");
    expect(nothing.pipeline.byStage.every((s) => s.count === 0)).toBe(true);
    expect(nothing.winLoss).toMatchObject({ wonCount: 0, winRate: null, lossReasons: [] });
    expect(nothing.quota).toEqual({
      quotaAmount: null,
      wonAmount: "0.00",
      attainment: null,
      amountToClose: null,
      sellersQuotaAmount: null,
    });
    expect(nothing.trend.every((p) => p.openAmount === "0.00" && p.openCount === 0)).toBe(true);
  });
});
