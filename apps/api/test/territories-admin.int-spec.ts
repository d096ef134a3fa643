import type { OpportunityStage } from "@prm/domain";
import { replaceUserTerritories } from "../src/modules/territories/territory-assignments";
import { createDeal, createOpportunity, createUser, createWorld } from "./factories";
import { codeOf, startTestApp, type GqlResult, type TestApp } from "./harness";

type World = Awaited<ReturnType<typeof createWorld>>;
type Person = { id: string; email: string; organizationId: string };

const TREE = `query ($organizationId: ID) {
  territories(organizationId: $organizationId) {
    id name parentId path openPipeline openOpportunityCount dealCount users { id }
  }
}`;
const CREATE = `mutation ($input: CreateTerritoryInput!) {
  createTerritory(input: $input) { id name parentId path }
}`;
const UPDATE = `mutation ($input: UpdateTerritoryInput!) {
  updateTerritory(input: $input) { id name parentId path }
}`;
const DELETE = `mutation ($id: ID!) { deleteTerritory(id: $id) }`;
const SET_USERS = `mutation ($input: SetTerritoryUsersInput!) {
  setTerritoryUsers(input: $input) { id users { id } }
}`;

interface Node {
  id: string;
  name: string;
  parentId: string | null;
  path: string;
  openPipeline: string;
  openOpportunityCount: number;
  dealCount: number;
  users: { id: string }[];
}

describe("territory administration", () => {
  let app: TestApp;
  let world: World;
  let otherOps: Person;
  let unassignedCm: Person;
  const ds = () => app.db.dataSource;

  beforeAll(async () => {
    app = await startTestApp();
    world = await createWorld(ds());
    otherOps = await createUser(ds(), {
      organizationId: world.otherPartner.id,
      role: "PARTNER_SALES_OPS",
    });
    unassignedCm = await createUser(ds(), {
      organizationId: world.vendor.id,
      role: "CHANNEL_MANAGER",
    });
  });
  afterAll(() => app.close());

  const as = async <T = never>(
    user: { email: string },
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GqlResult<T>> => app.gql<T>(query, variables, { token: await app.tokenOf(user) });

  async function create(name: string, parentId?: string | null, user: Person = world.ops) {
    const res = await as<{ createTerritory: { id: string } }>(user, CREATE, {
      input: { name, parentId },
    });
    expect(res.errors).toBeUndefined();
    return res.data.createTerritory.id;
  }

  async function treeOf(user: { email: string }, organizationId?: string): Promise<Node[]> {
    const res = await as<{ territories: Node[] }>(user, TREE, { organizationId });
    expect(res.errors).toBeUndefined();
    return res.data.territories;
  }

  /** Every territory, assignment and territory audit event: what a refused change must not touch. */
  async function everything() {
    return {
      territories: await ds().query(
        `SELECT id, name, parent_id, organization_id FROM territories ORDER BY id`,
      ),
      assignments: await ds().query(
        `SELECT territory_id, user_id FROM user_territories ORDER BY territory_id, user_id`,
      ),
      audit: await ds().query(
        `SELECT count(*)::int AS n FROM audit_events WHERE entity_type IN ('territory', 'user')`,
      ),
    };
  }

  async function expectRefused(
    user: { email: string } | null,
    query: string,
    variables: Record<string, unknown>,
    code: string,
  ) {
    const before = await everything();
    const res = user ? await as(user, query, variables) : await app.gql(query, variables);
    expect({ code: codeOf(res), data: res.data ?? null }).toEqual({ code, data: null });
    expect(await everything()).toEqual(before);
    return res;
  }

  /** An opportunity in `stage` from a deal of `owner` registered in `territoryId`. */
  async function dealInTerritory(
    owner: Person,
    territoryId: string,
    opportunity?: { stage: OpportunityStage; amount: string },
  ) {
    const deal = await createDeal(ds(), { owner, status: "APPROVED" });
    await ds().query(`UPDATE deals SET territory_id = $1 WHERE id = $2`, [territoryId, deal.id]);
    if (opportunity) {
      const { id } = await createOpportunity(ds(), {
        owner,
        ...opportunity,
        closedAt: opportunity.stage.startsWith("CLOSED") ? new Date() : undefined,
      });
      await ds().query(`UPDATE opportunities SET deal_id = $1 WHERE id = $2`, [deal.id, id]);
    }
    return deal;
  }

  describe("building the tree", () => {
    it("lets sales operations create, rename and nest territories, each change audited", async () => {
      const emea = await create("EMEA");
      const germany = await create("Germany", emea);
      const renamed = await as<{ updateTerritory: Node }>(world.ops, UPDATE, {
        input: { id: germany, name: "  Deutschland " },
      });
      expect(renamed.errors).toBeUndefined();
      expect(renamed.data.updateTerritory).toEqual({
        id: germany,
        name: "Deutschland",
        parentId: emea,
        path: "EMEA › Deutschland",
      });
      const events = await ds().query(
        `SELECT action, actor_id, partner_id, data FROM audit_events
          WHERE entity_type = 'territory' AND entity_id = $1 ORDER BY created_at`,
        [germany],
      );
      expect(events).toEqual([
        {
          action: "CREATE",
          actor_id: world.ops.id,
          partner_id: world.partner.id,
          data: { name: "Germany", parentId: emea },
        },
        {
          action: "RENAME",
          actor_id: world.ops.id,
          partner_id: world.partner.id,
          data: { from: "Germany", to: "Deutschland" },
        },
      ]);
    });

    it("refuses a second territory of the same name in the same place, whatever the case", async () => {
      const parent = await create("Nordics");
      await create("Sweden", parent);
      const res = await expectRefused(
        world.ops,
        CREATE,
        { input: { name: "SWEDEN", parentId: parent } },
        "CONFLICT",
      );
      expect(res.errors![0]!.message).toBe(
        'There is already a territory named "SWEDEN" under Nordics; choose another name.',
      );
      // The same name elsewhere is fine.
      await create("Sweden");
    });

    it("answers BAD_USER_INPUT naming the field for a bad name or parent", async () => {
      for (const [input, field] of [
        [{ name: "   " }, "name"],
        [{ name: "x".repeat(121) }, "name"],
        [{ name: "Ok", parentId: "not-a-uuid" }, "parentId"],
        [{ name: "Ok", parentId: "00000000-0000-4000-8000-000000000000" }, "parentId"],
      ] as const) {
        const res = await expectRefused(world.ops, CREATE, { input }, "BAD_USER_INPUT");
        expect(res.errors![0]!.extensions!.field).toBe(field);
      }
    });

    it("moves a territory with everything under it, or to the top level", async () => {
      const americas = await create("Americas");
      const latam = await create("LATAM");
      const brazil = await create("Brazil", latam);
      const moved = await as<{ updateTerritory: Node }>(world.ops, UPDATE, {
        input: { id: latam, parentId: americas },
      });
      expect(moved.data.updateTerritory.path).toBe("Americas › LATAM");
      const tree = await treeOf(world.ops);
      expect(tree.find((t) => t.id === brazil)!.path).toBe("Americas › LATAM › Brazil");
      const back = await as<{ updateTerritory: Node }>(world.ops, UPDATE, {
        input: { id: latam, parentId: null },
      });
      expect(back.data.updateTerritory).toMatchObject({ parentId: null, path: "LATAM" });
    });

    it("refuses a move that would make a cycle, changing nothing", async () => {
      const apac = await create("APAC");
      const japan = await create("Japan", apac);
      const tokyo = await create("Tokyo", japan);
      const under = await expectRefused(
        world.ops,
        UPDATE,
        { input: { id: apac, parentId: tokyo, name: "Asia" } },
        "BAD_USER_INPUT",
      );
      expect(under.errors![0]).toMatchObject({
        message: "APAC cannot be moved under Tokyo, which is inside it.",
        extensions: { field: "parentId" },
      });
      const itself = await expectRefused(
        world.ops,
        UPDATE,
        { input: { id: japan, parentId: japan } },
        "BAD_USER_INPUT",
      );
      expect(itself.errors![0]!.message).toBe("Japan cannot be moved under itself.");
    });

    it("refuses a move next to a sibling of the same name", async () => {
      const a = await create("Region A");
      const b = await create("Region B");
      await create("Coast", a);
      const coastB = await create("Coast", b);
      await expectRefused(world.ops, UPDATE, { input: { id: coastB, parentId: a } }, "CONFLICT");
    });
  });

  describe("deleting", () => {
    it("deletes an empty territory, audited", async () => {
      const id = await create("Temporary");
      const res = await as<{ deleteTerritory: string }>(world.ops, DELETE, { id });
      expect(res.data.deleteTerritory).toBe(id);
      expect(await ds().query(`SELECT id FROM territories WHERE id = $1`, [id])).toEqual([]);
      const [event] = await ds().query(
        `SELECT action, data FROM audit_events WHERE entity_type = 'territory' AND entity_id = $1
          ORDER BY created_at DESC LIMIT 1`,
        [id],
      );
      expect(event).toEqual({ action: "DELETE", data: { name: "Temporary", parentId: null } });
    });

    it("refuses while it has children, users or deals, saying which, and changes nothing", async () => {
      const full = await create("Full");
      await create("Child one", full);
      await create("Child two", full);
      await replaceUserTerritories(ds().manager, {
        organizationId: world.partner.id,
        actorId: world.ops.id,
        userId: world.seller.id,
        territoryIds: [full],
      });
      for (let i = 0; i < 3; i++) await dealInTerritory(world.seller, full);
      const res = await expectRefused(world.ops, DELETE, { id: full }, "CONFLICT");
      expect(res.errors![0]!.message).toBe(
        "Full has 2 child territories, 1 assigned user and 3 deals: move or delete its child territories, unassign its users and move its deals to another territory first.",
      );
      const onlyDeal = await create("Only a deal");
      await dealInTerritory(world.peerSeller, onlyDeal);
      const single = await expectRefused(world.ops, DELETE, { id: onlyDeal }, "CONFLICT");
      expect(single.errors![0]!.message).toMatch(/^Only a deal has 1 deal: /);
    });
  });

  describe("people and pipeline", () => {
    let north: string;
    let berlin: string;
    let hamburg: string;

    beforeAll(async () => {
      north = await create("North");
      berlin = await create("Berlin", north);
      hamburg = await create("Hamburg", north);
      await dealInTerritory(world.seller, berlin, { stage: "PROPOSAL", amount: "1000.10" });
      await dealInTerritory(world.seller, berlin, { stage: "QUALIFICATION", amount: "500.00" });
      await dealInTerritory(world.seller, berlin, { stage: "CLOSED_WON", amount: "9999.00" });
      await dealInTerritory(world.peerSeller, hamburg, { stage: "NEGOTIATION", amount: "2000.00" });
      await dealInTerritory(world.peerSeller, north, { stage: "DISCOVERY", amount: "300.00" });
    });

    it("assigns exactly the people given, audited", async () => {
      const set = await as<{ setTerritoryUsers: { users: { id: string }[] } }>(
        world.ops,
        SET_USERS,
        { input: { territoryId: berlin, userIds: [world.seller.id, world.manager.id] } },
      );
      expect(set.errors).toBeUndefined();
      expect(set.data.setTerritoryUsers.users.map((u) => u.id).sort()).toEqual(
        [world.seller.id, world.manager.id].sort(),
      );
      const again = await as<{ setTerritoryUsers: { users: { id: string }[] } }>(
        world.ops,
        SET_USERS,
        { input: { territoryId: berlin, userIds: [world.seller.id] } },
      );
      expect(again.data.setTerritoryUsers.users).toEqual([{ id: world.seller.id }]);
      const [event] = await ds().query(
        `SELECT action, data FROM audit_events WHERE entity_type = 'territory' AND entity_id = $1
          ORDER BY created_at DESC LIMIT 1`,
        [berlin],
      );
      expect(event).toEqual({
        action: "SET_USERS",
        data: { added: [], removed: [world.manager.id] },
      });
      await as(world.ops, SET_USERS, {
        input: { territoryId: hamburg, userIds: [world.peerSeller.id] },
      });
    });

    it("refuses people of another organization, changing nothing", async () => {
      const res = await expectRefused(
        world.ops,
        SET_USERS,
        { input: { territoryId: berlin, userIds: [world.seller.id, world.otherSeller.id] } },
        "BAD_USER_INPUT",
      );
      expect(res.errors![0]!.extensions!.field).toBe("userIds");
    });

    it("shows each node's people and open pipeline, rolled up from the territories under it", async () => {
      const byName = new Map((await treeOf(world.ops)).map((t) => [t.name, t]));
      expect(byName.get("Berlin")).toMatchObject({
        openPipeline: "1500.10",
        openOpportunityCount: 2,
        dealCount: 3,
        users: [{ id: world.seller.id }],
      });
      expect(byName.get("Hamburg")).toMatchObject({
        openPipeline: "2000.00",
        openOpportunityCount: 1,
        users: [{ id: world.peerSeller.id }],
      });
      // Its own 300 plus Berlin's and Hamburg's; the won opportunity is not pipeline.
      expect(byName.get("North")).toMatchObject({
        openPipeline: "3800.10",
        openOpportunityCount: 4,
        dealCount: 1,
        users: [],
      });
    });

    it("counts only what the viewer may see", async () => {
      const seller = new Map((await treeOf(world.seller)).map((t) => [t.name, t]));
      expect(seller.get("North")).toMatchObject({ openPipeline: "1500.10", users: [] });
      expect(seller.get("Hamburg")).toMatchObject({
        openPipeline: "0.00",
        dealCount: 0,
        users: [],
      });
      expect(seller.get("Berlin")!.users).toEqual([{ id: world.seller.id }]);
      const cm = new Map((await treeOf(world.cm, world.partner.id)).map((t) => [t.name, t]));
      expect(cm.get("North")).toMatchObject({ openPipeline: "3800.10", dealCount: 1 });
      expect(cm.get("Hamburg")!.users).toEqual([{ id: world.peerSeller.id }]);
      expect(await treeOf(unassignedCm, world.partner.id)).toEqual([]);
      expect(await treeOf(otherOps, world.partner.id)).toEqual([]);
    });
  });

  describe("access", () => {
    let target: string;
    beforeAll(async () => {
      target = await create("Guarded");
    });

    it("refuses every other role, with nothing written", async () => {
      const variables = {
        create: { input: { name: "Intruder", parentId: target } },
        update: { input: { id: target, name: "Taken" } },
        delete: { id: target },
        users: { input: { territoryId: target, userIds: [] } },
      };
      for (const user of [world.seller, world.manager, world.cm, world.admin, unassignedCm]) {
        await expectRefused(user, CREATE, variables.create, "FORBIDDEN");
        await expectRefused(user, UPDATE, variables.update, "FORBIDDEN");
        await expectRefused(user, DELETE, variables.delete, "FORBIDDEN");
        await expectRefused(user, SET_USERS, variables.users, "FORBIDDEN");
      }
      await expectRefused(null, CREATE, variables.create, "UNAUTHENTICATED");
      await expectRefused(null, DELETE, variables.delete, "UNAUTHENTICATED");
    });

    it("gives another partner's sales operations nothing to change", async () => {
      await expectRefused(
        otherOps,
        CREATE,
        { input: { name: "Intruder", parentId: target } },
        "BAD_USER_INPUT",
      );
      await expectRefused(otherOps, UPDATE, { input: { id: target, name: "Taken" } }, "NOT_FOUND");
      await expectRefused(otherOps, DELETE, { id: target }, "NOT_FOUND");
      await expectRefused(
        otherOps,
        SET_USERS,
        { input: { territoryId: target, userIds: [otherOps.id] } },
        "NOT_FOUND",
      );
      // Nor can they move one of their own under ours.
      const own = await create("Their own", null, otherOps);
      await expectRefused(
        otherOps,
        UPDATE,
        { input: { id: own, parentId: target } },
        "BAD_USER_INPUT",
      );
      expect((await treeOf(otherOps)).map((t) => t.name)).toEqual(["Their own"]);
    });
  });

  describe("replaceUserTerritories (updateUser's territories)", () => {
    it("makes exactly the given territories a person's, within their organization", async () => {
      const a = await create("Assign A");
      const b = await create("Assign B");
      const person = await createUser(ds(), {
        organizationId: world.partner.id,
        role: "PARTNER_SELLER",
      });
      const change = (territoryIds: string[]) =>
        ds().transaction((tx) =>
          replaceUserTerritories(tx, {
            organizationId: world.partner.id,
            actorId: world.ops.id,
            userId: person.id,
            territoryIds,
          }),
        );
      expect(await change([a, b, a])).toEqual({ added: [a, b], removed: [] });
      expect(await change([b])).toEqual({ added: [], removed: [a] });
      const foreign = await create("Foreign", null, otherOps);
      await expect(change([foreign])).rejects.toMatchObject({
        extensions: { code: "BAD_USER_INPUT", field: "territoryIds" },
      });
      const rows = await ds().query(
        `SELECT territory_id FROM user_territories WHERE user_id = $1`,
        [person.id],
      );
      expect(rows).toEqual([{ territory_id: b }]);
    });
  });
});
