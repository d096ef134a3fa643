import { createDeal, createWorld } from "./factories";
import { startTestApp, type TestApp } from "./harness";

type World = Awaited<ReturnType<typeof createWorld>>;

const DEALS = `query ($filter: DealFilter, $orderBy: DealOrder, $first: Int = 100, $after: String) {
  deals(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id estimatedAmount expectedCloseDate } }
  }
}`;

describe("deal list filters and orders", () => {
  let app: TestApp;
  let world: World;
  const tokenOf = (user: { email: string }) => app.tokenOf(user);
  const ds = () => app.db.dataSource;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestApp();
    world = await createWorld(ds());
    const make = async (key: string, fields: Parameters<typeof createDeal>[1]) => {
      ids[key] = (await createDeal(ds(), fields)).id;
    };
    await make("acme", {
      owner: world.seller,
      status: "SUBMITTED",
      customerName: "Acme 100% Widgets",
      estimatedAmount: "500.00",
      expectedCloseDate: "2031-01-01",
      createdAt: new Date("2026-01-10T00:00:00Z"),
    });
    await make("globex", {
      owner: world.peerSeller,
      status: "RETURNED",
      customerName: "Globex",
      customerDomain: "globex-widgets.example",
      estimatedAmount: "9000.00",
      expectedCloseDate: "2030-01-01",
      createdAt: new Date("2026-02-10T00:00:00Z"),
    });
    await make("initech", {
      owner: world.manager,
      status: "APPROVED",
      customerName: "Initech",
      estimatedAmount: "700.00",
      expectedCloseDate: "2032-01-01",
      createdAt: new Date("2026-03-10T00:00:00Z"),
    });
  });
  afterAll(() => app.close());

  async function list(variables: Record<string, unknown>) {
    const res = await app.gql(DEALS, variables, { token: await tokenOf(world.cm) });
    expect(res.errors).toBeUndefined();
    return res.data.deals as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { id: string } }[];
    };
  }
  const keysOf = (conn: { edges: { node: { id: string } }[] }) =>
    conn.edges.map((e) => Object.keys(ids).find((k) => ids[k] === e.node.id));

  it.each([
    ["owner", { ownerId: "peerSeller" }, ["globex"]],
    [
      "name or domain text, LIKE characters taken literally",
      { search: "widgets" },
      ["globex", "acme"],
    ],
    ["a literal percent sign", { search: "100%" }, ["acme"]],
    [
      "created range",
      { createdFrom: "2026-02-01T00:00:00Z", createdTo: "2026-03-01T00:00:00Z" },
      ["globex"],
    ],
  ])("filters by %s", async (_title, filter, expected) => {
    const resolved =
      "ownerId" in filter ? { ownerId: world.peerSeller.id } : (filter as Record<string, unknown>);
    const conn = await list({ filter: resolved });
    expect(keysOf(conn)).toEqual(expected);
    expect(conn.totalCount).toBe(expected.length);
  });

  it("finds a deal by its number", async () => {
    const [{ number }] = await ds().query(`SELECT number FROM deals WHERE id = $1`, [ids.initech]);
    const formatted = `DR-${String(number).padStart(6, "0")}`;
    expect(keysOf(await list({ filter: { search: formatted } }))).toEqual(["initech"]);
    // A bare number may also occur in names or domains; the deal is among the results.
    expect(keysOf(await list({ filter: { search: String(number) } }))).toContain("initech");
  });

  it.each([
    ["AMOUNT_DESC", ["globex", "initech", "acme"]],
    ["CLOSE_DATE", ["globex", "acme", "initech"]],
    ["NEWEST", ["initech", "globex", "acme"]],
  ])("orders by %s, page by page", async (orderBy, expected) => {
    const seen: (string | undefined)[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await list({ orderBy, first: 1, after });
      seen.push(...keysOf(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected);
  });
});
