import { ACTIVITY_FIGURE_NAMES } from "@prm/domain";
import { createScopeWorld, insertActivity, type ScopeWorld } from "./accounts-fixture";
import { codeOf, startTestApp, type TestApp } from "./harness";

const TEAM_ACTIVITY = `query ($period: PeriodInput!, $partnerId: ID) {
  teamActivity(period: $period, partnerId: $partnerId) {
    seller { id name }
    calls emails meetings notes tasksCompleted tasksOpen tasksOverdue oldestOverdueDueAt
  }
}`;

const OPEN_TASKS = `query ($filter: ActivityFilter) { activities(filter: $filter, first: 1) { totalCount } }`;

/** 2025-01-01 up to and including 2025-03-31 (UTC): the range is [Jan 1, Apr 1). */
const Q1 = { preset: "CUSTOM", from: "2025-01-01", to: "2025-03-31" };
const DAY = 86_400_000;

type Row = {
  seller: { id: string; name: string };
  oldestOverdueDueAt: string | null;
} & Record<(typeof ACTIVITY_FIGURE_NAMES)[number], number>;

const ZERO = {
  calls: 0,
  emails: 0,
  meetings: 0,
  notes: 0,
  tasksCompleted: 0,
  tasksOpen: 0,
  tasksOverdue: 0,
  oldestOverdueDueAt: null,
};
const COUNTS = ACTIVITY_FIGURE_NAMES.filter((name) => name !== "oldestOverdueDueAt");

describe("teamActivity", () => {
  let app: TestApp;
  let w: ScopeWorld;
  const now = Date.now();
  const oldestOverdue = new Date(now - 10 * DAY);
  const otherTeamOverdue = new Date(now - DAY);

  const as = async (user: { email: string } | null, variables: Record<string, unknown> = {}) =>
    app.gql<{ teamActivity: Row[] }>(
      TEAM_ACTIVITY,
      { period: Q1, ...variables },
      user ? { token: await app.tokenOf(user) } : {},
    );
  async function rows(user: { email: string }, variables: Record<string, unknown> = {}) {
    const res = await as(user, variables);
    expect(res.errors).toBeUndefined();
    return res.data.teamActivity;
  }
  const byId = (list: Row[]) => Object.fromEntries(list.map((row) => [row.seller.id, row]));
  const sum = (list: Row[], figure: (typeof COUNTS)[number]) =>
    list.reduce((total, row) => total + row[figure], 0);

  beforeAll(async () => {
    app = await startTestApp();
    w = await createScopeWorld(app.db.dataSource);
    const ds = app.db.dataSource;
    const log = (
      owner: { id: string; organizationId: string },
      type: "CALL" | "EMAIL" | "MEETING" | "NOTE",
      at: string,
    ) => insertActivity(ds, { owner, type, occurredAt: new Date(at) });
    const task = (
      owner: { id: string; organizationId: string },
      fields: { dueAt: Date; completedAt?: Date; occurredAt?: Date },
    ) => insertActivity(ds, { owner, type: "TASK", ...fields });

    // The seller: the period's first and last instants count, the instants either side do not.
    await log(w.seller, "CALL", "2025-01-01T00:00:00.000Z");
    await log(w.seller, "CALL", "2025-03-31T23:59:59.999Z");
    await log(w.seller, "CALL", "2024-12-31T23:59:59.999Z");
    await log(w.seller, "EMAIL", "2025-04-01T00:00:00.000Z");
    await log(w.seller, "EMAIL", "2025-02-10T12:00:00.000Z");
    await log(w.seller, "MEETING", "2025-02-11T09:30:00.000Z");
    // Tasks: completed in the period (created before it), completed after it, and three open
    // now — two of them overdue, whatever the period.
    await task(w.seller, {
      occurredAt: new Date("2024-12-20T00:00:00Z"),
      dueAt: new Date("2025-01-15T00:00:00Z"),
      completedAt: new Date("2025-02-15T08:00:00Z"),
    });
    await task(w.seller, {
      occurredAt: new Date("2025-03-20T00:00:00Z"),
      dueAt: new Date("2025-03-25T00:00:00Z"),
      completedAt: new Date("2025-04-01T00:00:00Z"),
    });
    await task(w.seller, { dueAt: new Date(now - 2 * DAY) });
    await task(w.seller, { dueAt: oldestOverdue });
    await task(w.seller, { dueAt: new Date(now + DAY) });

    // The peer seller (same manager): two notes and a task completed in the period.
    await log(w.peerSeller, "NOTE", "2025-03-01T10:00:00Z");
    await log(w.peerSeller, "NOTE", "2025-03-02T10:00:00Z");
    await task(w.peerSeller, {
      occurredAt: new Date("2025-03-01T00:00:00Z"),
      dueAt: new Date("2025-03-04T00:00:00Z"),
      completedAt: new Date("2025-03-05T00:00:00Z"),
    });

    // Another manager's seller in the same partner, and a seller of another partner.
    await log(w.otherTeamSeller, "CALL", "2025-02-01T00:00:00Z");
    await task(w.otherTeamSeller, { dueAt: otherTeamOverdue });
    await log(w.otherSeller, "CALL", "2025-02-01T00:00:00Z");
    await log(w.otherSeller, "MEETING", "2025-02-01T00:00:00Z");
  });
  afterAll(() => app.close());

  const sellerFigures = () => ({
    calls: 2,
    emails: 1,
    meetings: 1,
    notes: 0,
    tasksCompleted: 1,
    tasksOpen: 3,
    tasksOverdue: 2,
    oldestOverdueDueAt: oldestOverdue.toISOString(),
  });
  const peerFigures = { ...ZERO, notes: 2, tasksCompleted: 1 };

  it("gives a sales manager one row per person of the team, themselves with zeros included, figured by hand", async () => {
    const team = await rows(w.manager);
    expect(team.map((row) => row.seller.id).sort()).toEqual(
      [w.manager.id, w.seller.id, w.peerSeller.id].sort(),
    );
    const found = byId(team);
    expect(found[w.seller.id]).toMatchObject(sellerFigures());
    expect(found[w.peerSeller.id]).toMatchObject(peerFigures);
    expect(found[w.manager.id]).toMatchObject(ZERO);
  });

  it("never counts, for a manager, a seller who does not report to them", async () => {
    const ids = (await rows(w.manager)).map((row) => row.seller.id);
    expect(ids).not.toContain(w.otherTeamSeller.id);
    expect(ids).not.toContain(w.otherSeller.id);
    const other = await rows(w.otherManager);
    expect(other.map((row) => row.seller.id).sort()).toEqual(
      [w.otherManager.id, w.otherTeamSeller.id].sort(),
    );
    expect(byId(other)[w.otherTeamSeller.id]).toMatchObject({
      ...ZERO,
      calls: 1,
      tasksOpen: 1,
      tasksOverdue: 1,
      oldestOverdueDueAt: otherTeamOverdue.toISOString(),
    });
  });

  it("gives sales operations their whole organization and never another partner's people", async () => {
    const org = await rows(w.ops);
    expect(org.map((row) => row.seller.id).sort()).toEqual(
      [w.manager, w.seller, w.peerSeller, w.ops, w.otherManager, w.otherTeamSeller]
        .map((user) => user.id)
        .sort(),
    );
    const found = byId(org);
    expect(found[w.seller.id]).toMatchObject(sellerFigures());
    expect(found[w.peerSeller.id]).toMatchObject(peerFigures);
    // The organization's totals are the sum of its people's, computed here by hand.
    expect(Object.fromEntries(COUNTS.map((figure) => [figure, sum(org, figure)]))).toEqual({
      calls: 3,
      emails: 1,
      meetings: 1,
      notes: 2,
      tasksCompleted: 2,
      tasksOpen: 4,
      tasksOverdue: 3,
    });
    // The other partner's operations see only their own (who have no activities).
    const otherOrg = await rows(w.otherOps);
    expect(otherOrg.map((row) => row.seller.id)).not.toContain(w.seller.id);
    expect(byId(otherOrg)[w.otherSeller.id]).toMatchObject({ ...ZERO, calls: 1, meetings: 1 });
  });

  it("makes the team's open and overdue tasks the sum of its rows, as the activities list counts them", async () => {
    const team = await rows(w.manager);
    const token = await app.tokenOf(w.manager);
    const count = async (filter: object) =>
      (await app.gql(OPEN_TASKS, { filter }, { token })).data.activities.totalCount;
    expect(sum(team, "tasksOpen")).toBe(await count({ status: "OPEN" }));
    expect(sum(team, "tasksOverdue")).toBe(await count({ due: "OVERDUE" }));
    expect(sum(team, "calls")).toBe(2);
  });

  it("counts by the period: an empty period gives zeros for the period's figures, open tasks stay", async () => {
    const team = await rows(w.manager, {
      period: { preset: "CUSTOM", from: "2020-01-01", to: "2020-01-31" },
    });
    expect(byId(team)[w.seller.id]).toMatchObject({
      ...sellerFigures(),
      calls: 0,
      emails: 0,
      meetings: 0,
      tasksCompleted: 0,
    });
  });

  it("shows the vendor side the partner it names and oversees, with the partner operations' figures", async () => {
    const missing = await as(w.cm);
    expect(codeOf(missing)).toBe("BAD_USER_INPUT");
    const cmView = await rows(w.cm, { partnerId: w.partner.id });
    expect(cmView).toEqual(await rows(w.ops));
    expect(await rows(w.cm, { partnerId: w.otherPartner.id })).toEqual([]);
    expect(await rows(w.unassignedCm, { partnerId: w.partner.id })).toEqual([]);
    const admin = await rows(w.admin, { partnerId: w.otherPartner.id });
    expect(byId(admin)[w.otherSeller.id]).toMatchObject({ ...ZERO, calls: 1, meetings: 1 });
  });

  it("refuses a seller and the anonymous caller", async () => {
    expect(codeOf(await as(w.seller))).toBe("FORBIDDEN");
    expect(codeOf(await as(null))).toBe("UNAUTHENTICATED");
  });
});
