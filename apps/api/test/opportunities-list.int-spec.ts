import { opportunityCloseDate, STAGE_PROBABILITY, type OpportunityStage } from "@prm/domain";
import { codeOf, startTestApp, type TestApp } from "./harness";
import { createDeal } from "./factories";
import {
  asUser,
  createAccount,
  createOpportunity,
  createOpportunityWorld,
  statementsOf,
  type OpportunityFields,
  type OpportunityWorld,
} from "./opportunities-helpers";

const LIST = `query ($filter: OpportunityFilter, $orderBy: OpportunityOrder, $first: Int = 100, $after: String) {
  opportunities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } }
  }
}`;

const BOARD = `query ($filter: OpportunityBoardFilter, $perStage: Int) {
  opportunityBoard(filter: $filter, perStage: $perStage) {
    columns { stage totalCount amount weightedAmount opportunities { id stage } }
  }
}`;

interface Made extends Required<Pick<OpportunityFields, "stage" | "amount" | "expectedCloseDate">> {
  id: string;
  closedAt: Date | null;
  lastActivityAt: Date | null;
  createdAt: Date;
}

describe("opportunity lists and the board", () => {
  let app: TestApp;
  let w: OpportunityWorld;
  let as: ReturnType<typeof asUser>;
  const ds = () => app.db.dataSource;
  const made: Record<string, Made> = {};
  let zephyr: { id: string };
  let dealNumber: number;

  beforeAll(async () => {
    app = await startTestApp();
    w = await createOpportunityWorld(ds());
    as = asUser(app);
    zephyr = await createAccount(ds(), w.seller, "Zephyr Labs");
    const deal = await createDeal(ds(), { owner: w.seller, status: "APPROVED" });
    dealNumber = deal.number;
    const make = async (key: string, fields: OpportunityFields) => {
      const closedAt = fields.closedAt ?? null;
      const createdAt = fields.createdAt ?? new Date("2026-01-01T00:00:00Z");
      const { id } = await createOpportunity(ds(), { ...fields, createdAt });
      made[key] = {
        id,
        stage: fields.stage ?? "QUALIFICATION",
        amount: fields.amount ?? "1000.00",
        expectedCloseDate: fields.expectedCloseDate ?? "2031-06-30",
        closedAt,
        lastActivityAt: fields.lastActivityAt ?? null,
        createdAt,
      };
    };
    await make("s1", {
      owner: w.seller,
      name: "Alpha renewal",
      amount: "500.00",
      expectedCloseDate: "2031-01-10",
      accountId: zephyr.id,
      lastActivityAt: new Date("2026-05-01T10:00:00.123456Z"),
      createdAt: new Date("2026-01-05T00:00:00Z"),
    });
    await make("s2", {
      owner: w.seller,
      stage: "PROPOSAL",
      name: "Beta expansion",
      amount: "9000.00",
      expectedCloseDate: "2031-03-01",
      dealId: deal.id,
      createdAt: new Date("2026-02-01T00:00:00Z"),
    });
    await make("s3", {
      owner: w.seller,
      stage: "CLOSED_WON",
      amount: "700.00",
      expectedCloseDate: "2026-04-30",
      closedAt: new Date("2026-04-15T12:00:00Z"),
      lastActivityAt: new Date("2026-04-10T00:00:00Z"),
      createdAt: new Date("2025-12-01T00:00:00Z"),
    });
    await make("s4", {
      owner: w.seller,
      stage: "CLOSED_LOST",
      amount: "300.00",
      expectedCloseDate: "2026-02-28",
      closedAt: new Date("2026-02-20T08:00:00Z"),
      createdAt: new Date("2025-11-01T00:00:00Z"),
    });
    await make("p1", {
      owner: w.peerSeller,
      stage: "NEGOTIATION",
      amount: "4000.00",
      expectedCloseDate: "2031-02-01",
      lastActivityAt: new Date("2026-06-01T00:00:00Z"),
      createdAt: new Date("2026-03-01T00:00:00Z"),
    });
    await make("m1", {
      owner: w.manager,
      stage: "DISCOVERY",
      amount: "2500.00",
      expectedCloseDate: "2031-01-10",
      createdAt: new Date("2026-03-01T00:00:00Z"),
    });
    await make("t1", { owner: w.otherTeamSeller, amount: "100.00" });
    await make("x1", { owner: w.otherSeller, stage: "PROPOSAL", amount: "800.00" });
  });
  afterAll(() => app.close());

  const keyOf = (id: string) => Object.keys(made).find((k) => made[k]!.id === id);

  async function list(user: { email: string } | null, variables: Record<string, unknown> = {}) {
    const res = await as(user, LIST, variables);
    expect(res.errors).toBeUndefined();
    const conn = res.data.opportunities as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { id: string } }[];
    };
    return { ...conn, keys: conn.edges.map((e) => keyOf(e.node.id)) };
  }

  /** Every page of size `first`, in order; the total must be the same on each. */
  async function walk(user: { email: string }, variables: Record<string, unknown>, first = 3) {
    const keys: (string | undefined)[] = [];
    let after: string | null = null;
    let total: number | null = null;
    for (let pages = 0; pages < 20; pages++) {
      const page = await list(user, { ...variables, first, after });
      total ??= page.totalCount;
      expect(page.totalCount).toBe(total);
      keys.push(...page.keys);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(keys).toHaveLength(total!);
    return keys;
  }

  describe("scope: exactly the deals' rule, in rows and totals", () => {
    it.each([
      ["seller", () => w.seller, ["s1", "s2", "s3", "s4"]],
      ["peer seller", () => w.peerSeller, ["p1"]],
      [
        "sales manager (own and direct reports')",
        () => w.manager,
        ["s1", "s2", "s3", "s4", "p1", "m1"],
      ],
      ["manager of another team", () => w.otherManager, ["t1"]],
      ["sales operations (organization)", () => w.ops, ["s1", "s2", "s3", "s4", "p1", "m1", "t1"]],
      ["another partner's sales operations", () => w.otherOps, ["x1"]],
      [
        "channel manager (assigned partner)",
        () => w.cm,
        ["s1", "s2", "s3", "s4", "p1", "m1", "t1"],
      ],
      ["unassigned channel manager", () => w.otherCm, ["x1"]],
      ["another partner's seller", () => w.otherSeller, ["x1"]],
      ["vendor admin", () => w.admin, ["s1", "s2", "s3", "s4", "p1", "m1", "t1", "x1"]],
    ])("%s", async (_title, user, expected) => {
      const conn = await list(user());
      expect([...conn.keys].sort()).toEqual([...expected].sort());
      expect(conn.totalCount).toBe(expected.length);
      const board = await as(user(), BOARD);
      expect(board.errors).toBeUndefined();
      const columns = board.data.opportunityBoard.columns as {
        totalCount: number;
        opportunities: { id: string }[];
      }[];
      const open = expected.filter((k) => !made[k]!.closedAt);
      expect(columns.flatMap((c) => c.opportunities.map((o) => keyOf(o.id))).sort()).toEqual(
        open.sort(),
      );
      expect(columns.reduce((n, c) => n + c.totalCount, 0)).toBe(open.length);
    });

    it("answers the anonymous caller UNAUTHENTICATED", async () => {
      for (const query of [LIST, BOARD]) {
        const res = await as(null, query);
        expect(codeOf(res)).toBe("UNAUTHENTICATED");
        expect(res.data).toBeNull();
      }
    });

    it("finds nothing of another partner by filtering for it", async () => {
      const conn = await list(w.seller, { filter: { partnerId: w.otherPartner.id } });
      expect(conn).toMatchObject({ totalCount: 0, keys: [] });
      const byOwner = await list(w.cm, { filter: { ownerId: w.otherSeller.id } });
      expect(byOwner).toMatchObject({ totalCount: 0, keys: [] });
    });
  });

  describe("filters", () => {
    const ALL = () => w.admin;
    it.each([
      ["stages", { stages: ["PROPOSAL", "NEGOTIATION"] }, ["s2", "p1", "x1"]],
      ["open", { open: true }, ["s1", "s2", "p1", "m1", "t1", "x1"]],
      ["closed", { open: false }, ["s3", "s4"]],
      ["stages and open together", { stages: ["PROPOSAL", "CLOSED_WON"], open: false }, ["s3"]],
      [
        "expected close range (inclusive)",
        { expectedCloseFrom: "2031-01-10", expectedCloseTo: "2031-02-01" },
        ["s1", "m1", "p1"],
      ],
      [
        "closed-at range",
        { closedFrom: "2026-04-01T00:00:00Z", closedTo: "2026-05-01T00:00:00Z" },
        ["s3"],
      ],
      ["search: the opportunity's name", { search: "beta EXP" }, ["s2"]],
      ["search: the account's name", { search: "zephyr" }, ["s1"]],
      ["search: LIKE characters taken literally", { search: "%" }, []],
    ])("%s", async (_title, filter, expected) => {
      const conn = await list(ALL(), { filter });
      expect([...conn.keys].sort()).toEqual([...expected].sort());
      expect(conn.totalCount).toBe(expected.length);
    });

    it("by owner, partner and account", async () => {
      expect((await list(ALL(), { filter: { ownerId: w.seller.id } })).keys.sort()).toEqual([
        "s1",
        "s2",
        "s3",
        "s4",
      ]);
      expect((await list(ALL(), { filter: { partnerId: w.otherPartner.id } })).keys).toEqual([
        "x1",
      ]);
      expect((await list(ALL(), { filter: { accountId: zephyr.id } })).keys).toEqual(["s1"]);
    });

    it("by the number of the deal it came from", async () => {
      const formatted = `DR-${String(dealNumber).padStart(6, "0")}`;
      expect((await list(ALL(), { filter: { search: formatted } })).keys).toEqual(["s2"]);
      expect((await list(w.seller, { filter: { search: String(dealNumber) } })).keys).toContain(
        "s2",
      );
    });

    it.each([
      ["filter.expectedCloseFrom", { filter: { expectedCloseFrom: "2026-02-30" } }],
      ["filter.expectedCloseTo", { filter: { expectedCloseTo: "tomorrow" } }],
      ["filter.ownerId", { filter: { ownerId: "not-an-id" } }],
      ["filter.partnerId", { filter: { partnerId: "1" } }],
      ["filter.accountId", { filter: { accountId: "x" } }],
      ["filter.search", { filter: { search: "x".repeat(201) } }],
      ["first", { first: 0 }],
      ["first", { first: 101 }],
      ["after", { after: "bm90IGEgY3Vyc29y" }],
    ])("refuses a bad %s with BAD_USER_INPUT naming it", async (field, variables) => {
      const res = await as(w.seller, LIST, variables);
      expect(codeOf(res)).toBe("BAD_USER_INPUT");
      expect(res.errors![0]!.extensions!.field).toBe(field);
    });
  });

  describe("orders, page by page", () => {
    const dayKey = (m: Made) => opportunityCloseDate(m).getTime();
    const ORDER_KEYS: Record<string, (m: Made) => number> = {
      CLOSE_DATE: dayKey,
      AMOUNT: (m) => Number(m.amount),
      LAST_ACTIVITY: (m) => m.lastActivityAt?.getTime() ?? -Infinity,
      STAGE: (m) =>
        [
          "QUALIFICATION",
          "DISCOVERY",
          "PROPOSAL",
          "NEGOTIATION",
          "CLOSED_WON",
          "CLOSED_LOST",
        ].indexOf(m.stage),
      NEWEST: (m) => m.createdAt.getTime(),
    };
    const NATURAL: Record<string, "ASC" | "DESC"> = {
      CLOSE_DATE: "ASC",
      AMOUNT: "DESC",
      LAST_ACTIVITY: "DESC",
      STAGE: "ASC",
      NEWEST: "DESC",
    };

    function expectedOrder(field: string, direction: "ASC" | "DESC", only?: boolean) {
      const sign = direction === "ASC" ? 1 : -1;
      const key = ORDER_KEYS[field]!;
      return Object.keys(made)
        .filter((k) => only === undefined || !made[k]!.closedAt === only)
        .sort((a, b) => {
          const [ma, mb] = [made[a]!, made[b]!];
          const byKey = key(ma) === key(mb) ? 0 : key(ma) < key(mb) ? -1 : 1;
          return sign * (byKey || (ma.id < mb.id ? -1 : 1));
        });
    }

    const cases = Object.keys(ORDER_KEYS).flatMap((field) =>
      (["ASC", "DESC", null] as const).flatMap((direction) =>
        [undefined, true, false].map((open) => [field, direction, open] as const),
      ),
    );

    it.each(cases)("%s %s (open: %s)", async (field, direction, open) => {
      const keys = await walk(w.admin, {
        orderBy: { field, direction },
        filter: open === undefined ? null : { open },
      });
      expect(keys).toEqual(expectedOrder(field, direction ?? NATURAL[field]!, open));
    });

    it("defaults to the close date, soonest first", async () => {
      expect((await list(w.admin)).keys).toEqual(expectedOrder("CLOSE_DATE", "ASC"));
    });

    it("refuses a cursor of another order's key", async () => {
      const page = await list(w.admin, { orderBy: { field: "AMOUNT" }, first: 1 });
      const res = await as(w.admin, LIST, {
        orderBy: { field: "NEWEST" },
        first: 1,
        after: page.pageInfo.endCursor,
      });
      expect(codeOf(res)).toBe("BAD_USER_INPUT");
      expect(res.errors![0]!.extensions!.field).toBe("after");
    });
  });

  describe("the board", () => {
    type Column = {
      stage: OpportunityStage;
      totalCount: number;
      amount: string;
      weightedAmount: string;
      opportunities: { id: string; stage: string }[];
    };
    async function board(user: { email: string }, variables: Record<string, unknown> = {}) {
      const res = await as(user, BOARD, variables);
      expect(res.errors).toBeUndefined();
      return (res.data.opportunityBoard.columns as Column[]).map((c) => ({
        ...c,
        keys: c.opportunities.map((o) => keyOf(o.id)),
      }));
    }

    it("has one column per open stage, with counts, amounts and weighted amounts", async () => {
      const columns = await board(w.seller);
      expect(
        columns.map((c) => [c.stage, c.totalCount, c.amount, c.weightedAmount, c.keys]),
      ).toEqual([
        ["QUALIFICATION", 1, "500.00", "50.00", ["s1"]],
        ["DISCOVERY", 0, "0.00", "0.00", []],
        ["PROPOSAL", 1, "9000.00", "4500.00", ["s2"]],
        ["NEGOTIATION", 0, "0.00", "0.00", []],
      ]);
    });

    it("caps each column at perStage, soonest expected close first, and counts them all", async () => {
      const columns = await board(w.admin, { perStage: 1 });
      const qualification = columns.find((c) => c.stage === "QUALIFICATION")!;
      expect(qualification).toMatchObject({
        totalCount: 2,
        amount: "600.00",
        weightedAmount: String((500 + 100) * (STAGE_PROBABILITY.QUALIFICATION / 100)) + ".00",
        keys: ["s1"],
      });
      expect(columns.find((c) => c.stage === "PROPOSAL")).toMatchObject({
        totalCount: 2,
        keys: ["s2"],
      });
    });

    it("filters by owner, partner and search", async () => {
      const flat = (columns: { keys: (string | undefined)[] }[]) =>
        columns.flatMap((c) => c.keys).sort();
      expect(flat(await board(w.ops, { filter: { ownerId: w.manager.id } }))).toEqual(["m1"]);
      expect(flat(await board(w.admin, { filter: { partnerId: w.otherPartner.id } }))).toEqual([
        "x1",
      ]);
      expect(flat(await board(w.manager, { filter: { search: "zephyr" } }))).toEqual(["s1"]);
    });

    it.each([
      ["perStage", { perStage: 0 }],
      ["perStage", { perStage: 101 }],
      ["filter.ownerId", { filter: { ownerId: "nobody" } }],
    ])("refuses a bad %s", async (field, variables) => {
      const res = await as(w.seller, BOARD, variables);
      expect(codeOf(res)).toBe("BAD_USER_INPUT");
      expect(res.errors![0]!.extensions!.field).toBe(field);
    });
  });

  describe("statements", () => {
    const PAGE = `query ($first: Int) {
      opportunities(first: $first, filter: { open: true }, orderBy: { field: AMOUNT }) {
        totalCount edges { node { id name stage amount weightedAmount lastActivityAt
          owner { id name } partner { id name } deal { id number } } }
      }
    }`;

    it("reads a page with its total in one statement, and each kind of reference in one more, whatever the page size", async () => {
      const bare = await statementsOf(ds(), () =>
        as(
          w.admin,
          `{ opportunities(first: 50) { totalCount edges { node { id name stage amount } } } }`,
        ),
      );
      expect(bare).toHaveLength(1);
      const small = await statementsOf(ds(), () => as(w.ops, PAGE, { first: 1 }));
      const large = await statementsOf(ds(), () => as(w.ops, PAGE, { first: 50 }));
      // The page, then owners, partners and deals: one batched statement each.
      expect(small).toHaveLength(4);
      expect(large).toHaveLength(4);
    });

    it("reads the board in one statement", async () => {
      const statements = await statementsOf(ds(), () =>
        as(
          w.seller,
          `{ opportunityBoard { columns { stage totalCount amount opportunities { id name } } } }`,
        ),
      );
      expect(statements).toHaveLength(1);
    });

    it("counts an empty page's total", async () => {
      const conn = await list(w.seller, { filter: { search: "no such opportunity" } });
      expect(conn).toMatchObject({
        totalCount: 0,
        keys: [],
        pageInfo: { hasNextPage: false, endCursor: null },
      });
      const last = await list(w.seller, { first: 4 });
      const after = await list(w.seller, { first: 4, after: last.pageInfo.endCursor });
      expect(after).toMatchObject({ totalCount: 4, keys: [] });
    });
  });
});
