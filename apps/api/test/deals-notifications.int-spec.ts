import { createDeal, createWorld } from "./factories";
import { codeOf, startTestApp, type TestApp } from "./harness";
import { DEAL_MUTATIONS } from "./deals-helpers";

type World = Awaited<ReturnType<typeof createWorld>>;

const LIST = `query ($unreadOnly: Boolean, $first: Int, $after: String) {
  unreadNotificationCount
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id type title entityId readAt } }
  }
}`;
const MARK = `mutation ($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }`;

describe("notifications", () => {
  let app: TestApp;
  let world: World;
  const tokenOf = (user: { email: string }) => app.tokenOf(user);
  const ds = () => app.db.dataSource;

  beforeAll(async () => {
    app = await startTestApp();
    world = await createWorld(ds());
  });
  afterAll(() => app.close());

  async function act(
    user: { email: string },
    request: { query: string; variables: Record<string, unknown> },
  ) {
    const res = await app.gql(request.query, request.variables, { token: await tokenOf(user) });
    expect(res.errors).toBeUndefined();
  }

  async function listOf(user: { email: string }, variables: Record<string, unknown> = {}) {
    const res = await app.gql(LIST, variables, { token: await tokenOf(user) });
    expect(res.errors).toBeUndefined();
    return res.data as {
      unreadNotificationCount: number;
      notifications: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: {
          node: {
            id: string;
            type: string;
            title: string;
            entityId: string;
            readAt: string | null;
          };
        }[];
      };
    };
  }

  it("goes to the right people: submissions to the channel manager, decisions to the owner", async () => {
    const a = await createDeal(ds(), { owner: world.seller, status: "DRAFT" });
    const b = await createDeal(ds(), { owner: world.seller, status: "DRAFT" });
    const c = await createDeal(ds(), { owner: world.seller, status: "DRAFT" });
    for (const deal of [a, b, c]) await act(world.seller, DEAL_MUTATIONS.submit(deal.id));
    await act(world.cm, DEAL_MUTATIONS.approve(a.id));
    await act(world.cm, DEAL_MUTATIONS.return(b.id));
    await act(world.admin, DEAL_MUTATIONS.reject(c.id));

    const cm = await listOf(world.cm);
    expect(cm.notifications.edges.map((e) => [e.node.type, e.node.entityId])).toEqual([
      ["DEAL_SUBMITTED", c.id],
      ["DEAL_SUBMITTED", b.id],
      ["DEAL_SUBMITTED", a.id],
    ]);
    const seller = await listOf(world.seller);
    expect(seller.notifications.edges.map((e) => [e.node.type, e.node.entityId])).toEqual([
      ["DEAL_REJECTED", c.id],
      ["DEAL_RETURNED", b.id],
      ["DEAL_APPROVED", a.id],
    ]);
    expect(seller.notifications.edges[2]!.node.title).toBe(
      `DR-${String(a.number).padStart(6, "0")} ${a.customerName} was approved`,
    );
    for (const outsider of [
      world.otherCm,
      world.admin,
      world.peerSeller,
      world.manager,
      world.otherSeller,
    ]) {
      expect((await listOf(outsider)).notifications.totalCount).toBe(0);
    }
  });

  it("pages, filters unread, and marks only one's own as read", async () => {
    const sellerList = await listOf(world.seller);
    const cmList = await listOf(world.cm);
    expect(sellerList.unreadNotificationCount).toBe(3);
    expect(cmList.unreadNotificationCount).toBe(3);

    const page1 = await listOf(world.seller, { first: 2 });
    expect(page1.notifications.edges).toHaveLength(2);
    expect(page1.notifications.pageInfo.hasNextPage).toBe(true);
    const page2 = await listOf(world.seller, {
      first: 2,
      after: page1.notifications.pageInfo.endCursor,
    });
    expect(page2.notifications.edges.map((e) => e.node.id)).toEqual([
      sellerList.notifications.edges[2]!.node.id,
    ]);

    // Someone else's ids change nothing.
    const cmIds = cmList.notifications.edges.map((e) => e.node.id);
    const foreign = await app.gql(
      MARK,
      { input: { ids: cmIds } },
      { token: await tokenOf(world.seller) },
    );
    expect(foreign.data.markNotificationsRead).toBe(0);
    expect((await listOf(world.cm)).unreadNotificationCount).toBe(3);

    const [first] = sellerList.notifications.edges;
    const one = await app.gql(
      MARK,
      { input: { ids: [first!.node.id] } },
      { token: await tokenOf(world.seller) },
    );
    expect(one.data.markNotificationsRead).toBe(1);
    const unread = await listOf(world.seller, { unreadOnly: true });
    expect(unread.unreadNotificationCount).toBe(2);
    expect(unread.notifications.totalCount).toBe(2);
    expect(unread.notifications.edges.map((e) => e.node.id)).not.toContain(first!.node.id);

    const all = await app.gql(
      MARK,
      { input: { all: true } },
      { token: await tokenOf(world.seller) },
    );
    expect(all.data.markNotificationsRead).toBe(2);
    expect((await listOf(world.seller)).unreadNotificationCount).toBe(0);
    expect((await listOf(world.cm)).unreadNotificationCount).toBe(3);

    const nothing = await app.gql(MARK, { input: {} }, { token: await tokenOf(world.seller) });
    expect(nothing.errors![0]!.extensions).toEqual({ code: "BAD_USER_INPUT", field: "ids" });
    expect(codeOf(await app.gql(LIST))).toBe("UNAUTHENTICATED");
  });
});
