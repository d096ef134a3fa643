import type { DealStatus } from "@prm/domain";
import { createDeal, createUser, createWorld } from "./factories";
import { codeOf, startTestApp, type TestApp } from "./harness";

const APPROVAL_TIME = `query ApprovalTime($period: PeriodInput) {
  approvalTime(period: $period) { decidedCount medianHours p90Hours }
}`;

const HOUR = 3_600_000;

interface Stats {
  decidedCount: number;
  medianHours: number | null;
  p90Hours: number | null;
}

/** percentile_cont: linear interpolation between the closest ranks of the sorted values. */
function percentileCont(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const position = fraction * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

describe("approval time", () => {
  let app: TestApp;
  let world: Awaited<ReturnType<typeof createWorld>>;
  let unassignedCm: Awaited<ReturnType<typeof createUser>>;

  const tokenOf = (user: { email: string }) => app.tokenOf(user);

  async function statsOf(user: { email: string }, period?: Record<string, unknown>) {
    const res = await app.gql<{ approvalTime: Stats }>(
      APPROVAL_TIME,
      { period },
      { token: await tokenOf(user) },
    );
    expect(res.errors).toBeUndefined();
    return res.data.approvalTime;
  }

  /** A deal of `owner` submitted at `submittedAt` and decided `hours` later. */
  async function decided(
    owner: { id: string; organizationId: string },
    status: DealStatus,
    submittedAt: Date,
    hours: number | null,
  ) {
    const deal = await createDeal(app.db.dataSource, { owner, status, submittedAt });
    if (hours !== null) {
      await app.db.dataSource.query(`UPDATE deals SET decided_at = $2 WHERE id = $1`, [
        deal.id,
        new Date(submittedAt.getTime() + hours * HOUR),
      ]);
    }
    return deal;
  }

  // Ten decisions in March 2025 on the channel manager's partner, in a scrambled order.
  const MARCH_HOURS = [30, 2, 100, 6, 48, 12.5, 75, 1, 200, 24];
  const marchStart = new Date("2025-03-01T00:00:00Z");

  beforeAll(async () => {
    app = await startTestApp();
    const ds = app.db.dataSource;
    world = await createWorld(ds);
    unassignedCm = await createUser(ds, {
      organizationId: world.vendor.id,
      role: "CHANNEL_MANAGER",
    });
    const statuses: DealStatus[] = ["APPROVED", "RETURNED", "REJECTED"];
    for (const [index, hours] of MARCH_HOURS.entries()) {
      const owner = index % 2 === 0 ? world.seller : world.manager;
      // Submitted on day index + 1; every decision still lands in March.
      const submittedAt = new Date(marchStart.getTime() + index * 24 * HOUR + HOUR);
      await decided(owner, statuses[index % 3]!, submittedAt, hours);
    }
    // Another channel manager's partner: never in this channel manager's figures.
    await decided(world.otherSeller, "APPROVED", new Date("2025-03-05T00:00:00Z"), 5000 / 60);
    await decided(world.otherSeller, "REJECTED", new Date("2025-03-06T00:00:00Z"), 0.5);
    // Waiting or never submitted: no decision to count.
    await decided(world.seller, "SUBMITTED", new Date("2025-03-07T00:00:00Z"), null);
    await decided(world.seller, "DRAFT", new Date("2025-03-07T00:00:00Z"), null);
    // Decided in April (submitted in March): outside a March period, inside all time.
    await decided(world.seller, "APPROVED", new Date("2025-03-31T20:00:00Z"), 8);
  });
  afterAll(() => app.close());

  const MARCH = { preset: "CUSTOM", from: "2025-03-01", to: "2025-03-31" };

  it("gives the median and p90 of the calendar hours to decision, interpolated like percentile_cont", async () => {
    const stats = await statsOf(world.cm, MARCH);
    expect(stats.decidedCount).toBe(10);
    // Sorted: 1 2 6 12.5 24 30 48 75 100 200 → median (24 + 30) / 2, p90 100 + 0.1 × 100.
    expect(stats.medianHours).toBeCloseTo(27, 6);
    expect(stats.p90Hours).toBeCloseTo(110, 6);
    expect(stats.medianHours).toBeCloseTo(percentileCont(MARCH_HOURS, 0.5), 6);
    expect(stats.p90Hours).toBeCloseTo(percentileCont(MARCH_HOURS, 0.9), 6);
  });

  it("counts by decision time: a deal decided after the period ends is out, all time takes it in", async () => {
    const allTime = await statsOf(world.cm);
    const hours = [...MARCH_HOURS, 8];
    expect(allTime.decidedCount).toBe(11);
    expect(allTime.medianHours).toBeCloseTo(percentileCont(hours, 0.5), 6);
    expect(allTime.p90Hours).toBeCloseTo(percentileCont(hours, 0.9), 6);

    const april = await statsOf(world.cm, {
      preset: "CUSTOM",
      from: "2025-04-01",
      to: "2025-04-30",
    });
    expect(april).toEqual({ decidedCount: 1, medianHours: 8, p90Hours: 8 });
  });

  it("takes a decision at the period's first instant in and one at its end out", async () => {
    const from = "2025-06-01T00:00:00.000Z";
    const to = "2025-06-02T00:00:00.000Z";
    await decided(world.ops, "APPROVED", new Date("2025-05-31T20:00:00Z"), 4); // decided at `from`
    await decided(world.ops, "REJECTED", new Date("2025-06-01T20:00:00Z"), 4); // decided at `to`
    expect(await statsOf(world.cm, { preset: "CUSTOM", from, to })).toEqual({
      decidedCount: 1,
      medianHours: 4,
      p90Hours: 4,
    });
  });

  it("sees only the viewer's scope: the other partner's decisions count for its manager and the admin", async () => {
    const other = await statsOf(world.otherCm, MARCH);
    expect(other.decidedCount).toBe(2);
    expect(other.medianHours).toBeCloseTo(percentileCont([5000 / 60, 0.5], 0.5), 6);

    const admin = await statsOf(world.admin, MARCH);
    expect(admin.decidedCount).toBe(12);
    expect(admin.p90Hours).toBeCloseTo(percentileCont([...MARCH_HOURS, 5000 / 60, 0.5], 0.9), 6);
  });

  it("answers zero and nulls when there are no decisions", async () => {
    expect(await statsOf(unassignedCm, MARCH)).toEqual({
      decidedCount: 0,
      medianHours: null,
      p90Hours: null,
    });
    expect(
      await statsOf(world.cm, { preset: "CUSTOM", from: "2020-01-01", to: "2020-01-31" }),
    ).toEqual({ decidedCount: 0, medianHours: null, p90Hours: null });
  });

  it("is for the vendor side: anonymous is UNAUTHENTICATED, partner roles FORBIDDEN", async () => {
    expect(codeOf(await app.gql(APPROVAL_TIME, { period: MARCH }))).toBe("UNAUTHENTICATED");
    for (const user of [world.seller, world.manager, world.ops]) {
      const res = await app.gql(APPROVAL_TIME, { period: MARCH }, { token: await tokenOf(user) });
      expect(codeOf(res)).toBe("FORBIDDEN");
    }
  });

  it("names the field of an invalid period", async () => {
    const res = await app.gql(
      APPROVAL_TIME,
      { period: { preset: "CUSTOM", to: "2025-01-01" } },
      { token: await tokenOf(world.cm) },
    );
    expect(codeOf(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0]!.extensions!.field).toBe("period.from");
  });
});
