import { createOrganization, createWorld } from "./factories";
import { codeOf, startTestApp, type TestApp } from "./harness";
import { as } from "./operators-helpers";

const PARTNERS = `query Partners($search: String, $first: Int, $after: String) {
  partners(search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id name } }
  }
}`;

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { id: string; name: string } }[];
}

/**
 * Issue 11, item 4: the vendor side's Partners section searches and pages on the server, through
 * every partner, within the viewer's scope.
 */
describe("partners: search and paging", () => {
  let app: TestApp;
  let world: Awaited<ReturnType<typeof createWorld>>;

  const partners = async (user: { email: string }, variables: Record<string, unknown>) => {
    const res = await as<{ partners: Page }>(app, user, PARTNERS, variables);
    expect(res.errors).toBeUndefined();
    return res.data.partners;
  };
  const names = (page: Page) => page.edges.map((edge) => edge.node.name);

  beforeAll(async () => {
    app = await startTestApp();
    const ds = app.db.dataSource;
    world = await createWorld(ds);
    for (const name of ["Zephyr Alpha", "Zephyr Beta", "Zephyr Gamma", "zephyrine Delta"]) {
      await createOrganization(ds, { name, channelManagerId: world.cm.id });
    }
    await createOrganization(ds, { name: "Zephyr Hidden", channelManagerId: world.otherCm.id });
    await createOrganization(ds, { name: "100% Zephyr" });
  });
  afterAll(() => app.close());

  it("finds a channel manager's partners by part of their name, case-insensitively, page by page", async () => {
    const first = await partners(world.cm, { search: "ZEPHYR", first: 2 });
    expect(first.totalCount).toBe(4);
    expect(names(first)).toEqual(["Zephyr Alpha", "Zephyr Beta"]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await partners(world.cm, {
      search: "ZEPHYR",
      first: 2,
      after: first.pageInfo.endCursor,
    });
    expect(second.totalCount).toBe(4);
    expect(names(second)).toEqual(["Zephyr Gamma", "zephyrine Delta"]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it("never finds a partner the channel manager does not oversee", async () => {
    expect(names(await partners(world.cm, { search: "hidden" }))).toEqual([]);
    expect(names(await partners(world.cm, { search: "100%" }))).toEqual([]);
    expect(names(await partners(world.otherCm, { search: "zephyr" }))).toEqual(["Zephyr Hidden"]);
    const admin = await partners(world.admin, { search: "zephyr", first: 100 });
    expect(admin.totalCount).toBe(6);
  });

  it("takes the search literally: % and _ are no wildcards", async () => {
    expect(names(await partners(world.admin, { search: "100%" }))).toEqual(["100% Zephyr"]);
    expect(names(await partners(world.admin, { search: "Zephyr_Alpha" }))).toEqual([]);
    expect((await partners(world.admin, { search: "%" })).totalCount).toBe(1);
  });

  it("refuses a search longer than 200 characters", async () => {
    const res = await as(app, world.cm, PARTNERS, { search: "z".repeat(201) });
    expect(codeOf(res)).toBe("BAD_USER_INPUT");
  });
});
