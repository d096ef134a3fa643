import { dueWindowRange, type ActivityDueWindow } from "@prm/domain";
import {
  createScopeWorld,
  insertAccount,
  insertActivity,
  insertContact,
  insertOpportunity,
  scopeMatrix,
  type ScopeWorld,
} from "./accounts-fixture";
import { codeOf, startTestApp, type GqlResult, type TestApp } from "./harness";

const ACTIVITIES = `query ($filter: ActivityFilter, $orderBy: ActivityOrder, $first: Int, $after: String) {
  activities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount
    edges { cursor node { id type subject occurredAt dueAt completedAt } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const DETAILS = `query ($filter: ActivityFilter) {
  activities(filter: $filter, first: 50) {
    edges { node {
      id overdue canEdit canComplete
      owner { id } opportunity { id } account { id } contact { id name }
    } }
  }
}`;

const TIMELINE = `query ($id: ID!, $first: Int) {
  opportunity(id: $id) { id activities(first: $first) { id } }
}`;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe("activities list", () => {
  let app: TestApp;
  let w: ScopeWorld;
  let account: string;
  let opportunity: string;
  let contact: string;
  const ds = () => app.db.dataSource;
  const now = Date.now();
  /** The seller's activities on the opportunity, by name. */
  const a: Record<string, string> = {};
  /** Due times of the seller's tasks, and whether each is done. */
  const tasks: Record<string, { dueAt: Date; done: boolean }> = {};

  async function gqlAs(user: { email: string } | null, query: string, variables = {}) {
    return app.gql(query, variables, user ? { token: await app.tokenOf(user) } : {});
  }
  async function list(user: { email: string }, variables: Record<string, unknown>) {
    const res = await gqlAs(user, ACTIVITIES, { first: 100, ...variables });
    expect(res.errors).toBeUndefined();
    const ids: string[] = res.data.activities.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(res.data.activities.totalCount).toBe(ids.length);
    return ids;
  }
  const named = (...names: string[]) => names.map((name) => a[name]!);

  beforeAll(async () => {
    app = await startTestApp();
    w = await createScopeWorld(ds());
    account = await insertAccount(ds(), { owner: w.seller });
    opportunity = await insertOpportunity(ds(), { owner: w.seller, accountId: account });
    contact = await insertContact(ds(), { owner: w.seller, accountId: account, name: "Ann" });
    const on = { opportunityId: opportunity, accountId: account };
    const at = (ms: number) => new Date(now + ms);
    a.call = await insertActivity(ds(), {
      owner: w.seller,
      ...on,
      contactId: contact,
      occurredAt: at(-2 * HOUR),
    });
    a.email = await insertActivity(ds(), {
      owner: w.seller,
      type: "EMAIL",
      ...on,
      occurredAt: at(-DAY),
    });
    a.accountNote = await insertActivity(ds(), {
      owner: w.seller,
      type: "NOTE",
      accountId: account,
      occurredAt: at(-3 * DAY),
    });
    const task = async (name: string, dueAt: Date, done = false) => {
      tasks[name] = { dueAt, done };
      a[name] = await insertActivity(ds(), {
        owner: w.seller,
        type: "TASK",
        ...on,
        occurredAt: at(-10 * DAY),
        dueAt,
        completedAt: done ? at(-HOUR) : null,
      });
    };
    await task("overdue", at(-3 * DAY));
    await task("dueSoon", at(2 * HOUR));
    await task("nextWeek", at(8 * DAY));
    await task("done", at(-DAY), true);
    // The manager's note on the seller's opportunity: theirs, so the seller does not see it.
    a.managerNote = await insertActivity(ds(), {
      owner: w.manager,
      type: "NOTE",
      ...on,
      occurredAt: at(-30 * 60_000),
    });
  });
  afterAll(() => app.close());

  it("shows activities by author: own, team, organization, partners — never to the others", async () => {
    const sellers = named("call", "email", "accountNote", "overdue", "dueSoon", "nextWeek", "done");
    const all = [...sellers, a.managerNote!];
    const { see, blind } = scopeMatrix(w);
    const expected: [{ email: string }, string[]][] = [
      [see.seller, sellers],
      [see.manager, all],
      [see.ops, all],
      [see.cm, all],
      [see.admin, all],
      ...Object.values(blind).map((user) => [user, []] as [{ email: string }, string[]]),
    ];
    for (const [user, ids] of expected) {
      const listed = await list(user, { filter: { accountId: account } });
      expect([user.email, listed.sort()]).toEqual([user.email, [...ids].sort()]);
    }
    expect(codeOf(await gqlAs(null, ACTIVITIES, {}))).toBe("UNAUTHENTICATED");
  });

  it("lists newest first by when they happened, the opportunity's and the account's", async () => {
    const ids = await list(w.manager, { filter: { opportunityId: opportunity } });
    // The tasks were all created at the same moment; ties go by id, descending.
    const tasksByIdDesc = named("overdue", "dueSoon", "nextWeek", "done").sort().reverse();
    expect(ids).toEqual([...named("managerNote", "call", "email"), ...tasksByIdDesc]);
    expect(
      await list(w.seller, { filter: { accountId: account, types: ["NOTE", "EMAIL"] } }),
    ).toEqual(named("email", "accountNote"));
    expect(
      await list(w.manager, { filter: { accountId: account, ownerId: w.manager.id } }),
    ).toEqual(named("managerNote"));
  });

  it("lists tasks by due time, overdue first, open or done", async () => {
    const open = await list(w.seller, { filter: { accountId: account, status: "OPEN" } });
    expect(open).toEqual(named("overdue", "dueSoon", "nextWeek"));
    expect(await list(w.seller, { filter: { accountId: account, status: "DONE" } })).toEqual(
      named("done"),
    );
    expect(await list(w.seller, { filter: { accountId: account }, orderBy: "DUE" })).toEqual(
      named("overdue", "done", "dueSoon", "nextWeek"),
    );
    expect(
      await list(w.seller, { filter: { accountId: account, status: "OPEN" }, orderBy: "NEWEST" }),
    ).toEqual(named("overdue", "dueSoon", "nextWeek").sort().reverse());
  });

  function dueIn(window: ActivityDueWindow, timeZone = "UTC", status?: "OPEN") {
    const { from, to } = dueWindowRange(window, new Date(), timeZone);
    return Object.entries(tasks)
      .filter(([, t]) => !(window === "OVERDUE" || status === "OPEN") || !t.done)
      .filter(([, t]) => (!from || t.dueAt >= from) && t.dueAt < to)
      .sort(([, x], [, y]) => x.dueAt.getTime() - y.dueAt.getTime())
      .map(([name]) => a[name]!);
  }

  it.each(["OVERDUE", "TODAY", "THIS_WEEK"] as const)(
    "filters tasks due %s (UTC, or the clocks of a time zone)",
    async (due) => {
      expect(dueIn("OVERDUE")).toEqual(named("overdue"));
      for (const timeZone of ["UTC", "Pacific/Kiritimati", "America/Los_Angeles"]) {
        expect([
          timeZone,
          await list(w.seller, { filter: { accountId: account, due, timeZone } }),
        ]).toEqual([timeZone, dueIn(due, timeZone)]);
        expect(
          await list(w.seller, { filter: { accountId: account, due, timeZone, status: "OPEN" } }),
        ).toEqual(dueIn(due, timeZone, "OPEN"));
      }
    },
  );

  it("pages with cursors in either order", async () => {
    for (const orderBy of ["NEWEST", "DUE"]) {
      const everything = await list(w.manager, { filter: { accountId: account }, orderBy });
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const res: GqlResult = await gqlAs(w.manager, ACTIVITIES, {
          filter: { accountId: account },
          orderBy,
          first: 2,
          after,
        });
        expect(res.data.activities.totalCount).toBe(everything.length);
        seen.push(...res.data.activities.edges.map((e: { node: { id: string } }) => e.node.id));
        const page = res.data.activities.pageInfo;
        after = page.hasNextPage ? page.endCursor : null;
      } while (after);
      expect([orderBy, seen]).toEqual([orderBy, everything]);
    }
  });

  it.each([
    ["filter.timeZone", { filter: { timeZone: "Mars/Olympus_Mons" } }],
    ["filter.timeZone", { filter: { timeZone: "x".repeat(65) } }],
    ["filter.ownerId", { filter: { ownerId: "me" } }],
    ["filter.opportunityId", { filter: { opportunityId: "1" } }],
    ["first", { first: 0 }],
    ["first", { first: 101 }],
    ["after", { after: "bm90IGEgY3Vyc29y" }],
    [
      "after",
      {
        after: Buffer.from(
          JSON.stringify(["2026-02-30T00:00:00.000000Z", "00000000-0000-4000-8000-000000000000"]),
        ).toString("base64url"),
      },
    ],
  ])("answers BAD_USER_INPUT naming %s", async (field, variables) => {
    const res = await gqlAs(w.seller, ACTIVITIES, variables);
    expect(res.errors![0]!.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
  });

  it("describes each activity for the viewer: what it is on, who, and what they may do", async () => {
    const nodesOf = async (user: { email: string }) => {
      const res = await gqlAs(user, DETAILS, { filter: { accountId: account } });
      expect(res.errors).toBeUndefined();
      return new Map(
        res.data.activities.edges.map((e: { node: { id: string } }) => [e.node.id, e.node]),
      );
    };
    const seller = await nodesOf(w.seller);
    expect(seller.get(a.call)).toEqual({
      id: a.call,
      overdue: false,
      canEdit: true,
      canComplete: false,
      owner: { id: w.seller.id },
      opportunity: { id: opportunity },
      account: { id: account },
      contact: { id: contact, name: "Ann" },
    });
    expect(seller.get(a.overdue)).toMatchObject({
      overdue: true,
      canEdit: true,
      canComplete: true,
    });
    expect(seller.get(a.done)).toMatchObject({ overdue: false, canComplete: false });
    expect(seller.get(a.accountNote)).toMatchObject({
      opportunity: null,
      account: { id: account },
    });
    const manager = await nodesOf(w.manager);
    expect(manager.get(a.overdue)).toMatchObject({ canEdit: false, canComplete: true });
    expect(manager.get(a.managerNote)).toMatchObject({ canEdit: true, canComplete: false });
    const cm = await nodesOf(w.cm);
    expect(cm.get(a.overdue)).toMatchObject({
      canEdit: false,
      canComplete: false,
      contact: null,
      opportunity: { id: opportunity },
    });
    expect(cm.get(a.call)).toMatchObject({ contact: { id: contact } });
  });

  it("gives an opportunity its newest activities the viewer sees", async () => {
    const res = await gqlAs(w.seller, TIMELINE, { id: opportunity, first: 2 });
    expect(res.errors).toBeUndefined();
    expect(res.data.opportunity.activities.map((x: { id: string }) => x.id)).toEqual(
      named("call", "email"),
    );
    const manager = await gqlAs(w.manager, TIMELINE, { id: opportunity, first: 1 });
    expect(manager.data.opportunity.activities).toEqual([{ id: a.managerNote }]);
    const tooMany = await gqlAs(w.seller, TIMELINE, { id: opportunity, first: 101 });
    expect(codeOf(tooMany)).toBe("BAD_USER_INPUT");
  });
});
