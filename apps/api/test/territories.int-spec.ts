import { createDeal, createUser, createWorld, TEST_PASSWORD } from "./factories";
import { codeOf, startTestApp, type TestApp } from "./harness";

const TERRITORIES = `query Territories($organizationId: ID) {
  territories(organizationId: $organizationId) { id name parentId path mine }
}`;

interface TerritoryNode {
  id: string;
  name: string;
  parentId: string | null;
  path: string;
  mine: boolean;
}

describe("territories", () => {
  let app: TestApp;
  let world: Awaited<ReturnType<typeof createWorld>>;
  let unassignedCm: Awaited<ReturnType<typeof createUser>>;
  const ids: Record<string, string> = {};

  async function territoriesOf(user: { email: string }, organizationId?: string) {
    const token = await app.login(user.email, TEST_PASSWORD);
    const res = await app.gql<{ territories: TerritoryNode[] }>(
      TERRITORIES,
      { organizationId },
      { token },
    );
    expect(res.errors).toBeUndefined();
    return res.data.territories;
  }

  beforeAll(async () => {
    app = await startTestApp();
    const ds = app.db.dataSource;
    world = await createWorld(ds);
    unassignedCm = await createUser(ds, {
      organizationId: world.vendor.id,
      role: "CHANNEL_MANAGER",
    });
    const add = async (key: string, organizationId: string, name: string, parent?: string) => {
      const rows: { id: string }[] = await ds.query(
        `INSERT INTO territories (organization_id, parent_id, name) VALUES ($1, $2, $3) RETURNING id`,
        [organizationId, parent ? ids[parent] : null, name],
      );
      ids[key] = rows[0]!.id;
    };
    // Inserted out of order on purpose: the answer is a tree, by name.
    await add("emea", world.partner.id, "EMEA");
    await add("amer", world.partner.id, "Americas");
    await add("germany", world.partner.id, "Germany", "emea");
    await add("bavaria", world.partner.id, "Bavaria", "germany");
    await add("france", world.partner.id, "France", "emea");
    await add("usa", world.partner.id, "USA", "amer");
    await add("other", world.otherPartner.id, "Other EMEA");
    await ds.query(
      `INSERT INTO user_territories (user_id, territory_id) VALUES ($1, $2), ($1, $3)`,
      [world.seller.id, ids.germany, ids.usa],
    );
  });
  afterAll(() => app.close());

  it("gives a partner user their organization's tree, with paths and their own marked", async () => {
    const list = await territoriesOf(world.seller);
    expect(list.map((t) => t.path)).toEqual([
      "Americas",
      "Americas › USA",
      "EMEA",
      "EMEA › France",
      "EMEA › Germany",
      "EMEA › Germany › Bavaria",
    ]);
    const byPath = new Map(list.map((t) => [t.path, t]));
    expect(byPath.get("EMEA › Germany")).toEqual({
      id: ids.germany,
      name: "Germany",
      parentId: ids.emea,
      path: "EMEA › Germany",
      mine: true,
    });
    expect(byPath.get("EMEA")!.parentId).toBeNull();
    expect(
      list
        .filter((t) => t.mine)
        .map((t) => t.id)
        .sort(),
    ).toEqual([ids.germany, ids.usa].sort());
    // Someone else of the same organization: the same tree, none of it theirs.
    const peer = await territoriesOf(world.peerSeller, world.partner.id);
    expect(peer.map((t) => t.id)).toEqual(list.map((t) => t.id));
    expect(peer.some((t) => t.mine)).toBe(false);
  });

  it("never shows a partner another partner's territories", async () => {
    const own = await territoriesOf(world.otherSeller);
    expect(own.map((t) => t.id)).toEqual([ids.other]);
    expect(await territoriesOf(world.otherSeller, world.partner.id)).toEqual([]);
    expect(await territoriesOf(world.seller, world.otherPartner.id)).toEqual([]);
    expect(await territoriesOf(world.seller, "not-a-uuid")).toEqual([]);
  });

  it("shows the vendor side a partner's territories only if they see that partner", async () => {
    expect(await territoriesOf(world.cm)).toEqual([]);
    const cmView = await territoriesOf(world.cm, world.partner.id);
    expect(cmView.map((t) => t.path)).toHaveLength(6);
    expect(cmView.some((t) => t.mine)).toBe(false);
    expect(await territoriesOf(world.cm, world.otherPartner.id)).toEqual([]);
    expect(await territoriesOf(unassignedCm, world.partner.id)).toEqual([]);
    expect(await territoriesOf(world.admin, world.otherPartner.id)).toHaveLength(1);
    expect(await territoriesOf(world.admin, world.vendor.id)).toEqual([]);
  });

  it("gives a deal's territory the same path and mine", async () => {
    const ds = app.db.dataSource;
    const deal = await createDeal(ds, { owner: world.seller });
    await ds.query(`UPDATE deals SET territory_id = $1 WHERE id = $2`, [ids.bavaria, deal.id]);
    const res = await app.gql<{ deal: { territory: TerritoryNode } }>(
      `query ($id: ID!) { deal(id: $id) { territory { id name parentId path mine } } }`,
      { id: deal.id },
      { token: await app.login(world.seller.email, TEST_PASSWORD) },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.deal.territory).toEqual({
      id: ids.bavaria,
      name: "Bavaria",
      parentId: ids.germany,
      path: "EMEA › Germany › Bavaria",
      mine: false,
    });
  });

  it("refuses anonymous callers", async () => {
    const res = await app.gql(TERRITORIES, {});
    expect(codeOf(res)).toBe("UNAUTHENTICATED");
  });
});
