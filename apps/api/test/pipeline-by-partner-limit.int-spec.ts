import { toCents } from "@prm/domain";
import { createOpportunity, createOrganization, createUser, createWorld } from "./factories";
import { codeOf, startTestApp, type TestApp } from "./harness";
import { as } from "./operators-helpers";

const PIPELINE = `query Pipeline($period: PeriodInput!, $limit: Int) {
  pipelineByPartner(period: $period, limit: $limit) {
    partner { id name } otherPartnerCount openAmount weightedAmount openCount
    byStage { stage amount weightedAmount count }
  }
}`;
const Q1_2025 = { preset: "CUSTOM", from: "2025-01-01", to: "2025-03-31" };

interface Row {
  partner: { id: string; name: string } | null;
  otherPartnerCount: number;
  openAmount: string;
  weightedAmount: string;
  openCount: number;
  byStage: { stage: string; amount: string; weightedAmount: string; count: number }[];
}

const cents = (rows: Row[], field: "openAmount" | "weightedAmount") =>
  rows.reduce((sum, row) => sum + toCents(row[field]), 0n);

/**
 * Issue 11, item 4: the vendor side's pipeline by partner is the top `limit` partners by open
 * amount plus one row summing all the others, so 2,000 partners are not 2,000 rows.
 */
describe("pipelineByPartner with a limit", () => {
  let app: TestApp;
  let world: Awaited<ReturnType<typeof createWorld>>;
  const names: string[] = [];

  const pipeline = async (user: { email: string }, limit?: number) => {
    const res = await as<{ pipelineByPartner: Row[] }>(app, user, PIPELINE, {
      period: Q1_2025,
      limit,
    });
    expect(res.errors).toBeUndefined();
    return res.data.pipelineByPartner;
  };

  beforeAll(async () => {
    app = await startTestApp();
    const ds = app.db.dataSource;
    world = await createWorld(ds);
    // Partners P01..P12 of the channel manager: Pi has a proposal of i × 100 + 0.25 at 50 %
    // (weighted i × 50 + 0.125 → i × 50 + 0.13) and a qualification of 0.33 at 10 % (0.033 → 0.03).
    // P00 has nothing open; another manager's partner has far more than all of them.
    for (let i = 0; i <= 12; i++) {
      const name = `Pipeline partner P${String(i).padStart(2, "0")}`;
      names.push(name);
      const partner = await createOrganization(ds, { name, channelManagerId: world.cm.id });
      const seller = await createUser(ds, { organizationId: partner.id, role: "PARTNER_SELLER" });
      if (i === 0) continue;
      await createOpportunity(ds, {
        owner: seller,
        stage: "PROPOSAL",
        amount: `${i * 100}.25`,
        probability: 50,
      });
      await createOpportunity(ds, {
        owner: seller,
        stage: "QUALIFICATION",
        amount: "0.33",
        probability: 10,
      });
    }
    const otherSeller = await createUser(ds, {
      organizationId: world.otherPartner.id,
      role: "PARTNER_SELLER",
    });
    await createOpportunity(ds, { owner: otherSeller, stage: "NEGOTIATION", amount: "99999.99" });
  });
  afterAll(() => app.close());

  it("gives the top partners by open amount and one row summing the others, to the cent", async () => {
    const rows = await pipeline(world.cm, 3);
    expect(rows.map((row) => [row.partner?.name ?? null, row.otherPartnerCount])).toEqual([
      ["Pipeline partner P12", 0],
      ["Pipeline partner P11", 0],
      ["Pipeline partner P10", 0],
      // P01..P09 and P00 (nothing open); the world's own partner has no opportunities either.
      [null, 11],
    ]);
    expect(rows[0]).toMatchObject({
      openAmount: "1200.58",
      weightedAmount: "600.16",
      openCount: 2,
    });
    // 100.25 + … + 900.25 + 9 × 0.33 = 4,502.25 + 2.97; weighted 50 × 45 + 9 × 0.13 + 9 × 0.03.
    const others = rows[3]!;
    expect(others).toMatchObject({
      openAmount: "4505.22",
      weightedAmount: "2251.44",
      openCount: 18,
    });
    expect(others.byStage).toEqual([
      { stage: "QUALIFICATION", amount: "2.97", weightedAmount: "0.27", count: 9 },
      { stage: "DISCOVERY", amount: "0.00", weightedAmount: "0.00", count: 0 },
      { stage: "PROPOSAL", amount: "4502.25", weightedAmount: "2251.17", count: 9 },
      { stage: "NEGOTIATION", amount: "0.00", weightedAmount: "0.00", count: 0 },
    ]);
    // The whole: 100 × (1 + … + 12) + 12 × 0.58 = 7,806.96, weighted 50 × 78 + 12 × 0.16 = 3,901.92.
    expect(cents(rows, "openAmount")).toBe(780696n);
    expect(cents(rows, "weightedAmount")).toBe(390192n);
    const everyone = await pipeline(world.cm, 100);
    expect(everyone.every((row) => row.partner && row.otherPartnerCount === 0)).toBe(true);
    expect(everyone).toHaveLength(14);
    expect(cents(everyone, "openAmount")).toBe(780696n);
    expect(cents(everyone, "weightedAmount")).toBe(390192n);
    expect(everyone.slice(0, 3)).toEqual(rows.slice(0, 3));
  });

  it("has no others row when every partner fits, and ten partner rows by default", async () => {
    expect((await pipeline(world.cm, 14)).every((row) => row.partner !== null)).toBe(true);
    const byDefault = await pipeline(world.cm);
    expect(byDefault).toHaveLength(11);
    expect(byDefault.slice(0, 10).map((row) => row.partner?.name)).toEqual(
      names.slice(3).reverse(),
    );
    expect(byDefault[10]).toMatchObject({ partner: null, otherPartnerCount: 4 });
    // P02, P01, P00 and the world's partner: 200.58 + 100.58.
    expect(byDefault[10]!.openAmount).toBe("301.16");
  });

  it("never counts a partner the viewer does not oversee; the vendor admin's others include it", async () => {
    const cm = await pipeline(world.cm, 1);
    expect(cents(cm, "openAmount")).toBe(780696n);
    const admin = await pipeline(world.admin, 1);
    expect(admin[0]!.partner?.id).toBe(world.otherPartner.id);
    expect(admin[0]!.openAmount).toBe("99999.99");
    expect(admin[1]).toMatchObject({ partner: null, otherPartnerCount: 14, openAmount: "7806.96" });
    expect(await pipeline(world.otherCm, 5)).toEqual([
      expect.objectContaining({ partner: expect.objectContaining({ id: world.otherPartner.id }) }),
    ]);
  });

  it("refuses a limit outside 1 to 100", async () => {
    for (const limit of [0, 101, -1]) {
      const res = await as(app, world.cm, PIPELINE, { period: Q1_2025, limit });
      expect(codeOf(res)).toBe("BAD_USER_INPUT");
      expect(res.errors?.[0]?.message).toMatch(/between 1 and 100/);
    }
  });
});
