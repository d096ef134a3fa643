import { createUser } from "./factories";
import { codeOf, startTestApp, type TestApp } from "./harness";
import {
  asUser,
  createOpportunity,
  createOpportunityWorld,
  writtenFor,
  type OpportunityWorld,
} from "./opportunities-helpers";

const REASSIGN = `mutation ($input: ReassignOpportunityInput!) {
  reassignOpportunity(input: $input) { id version owner { id } allowedActions }
}`;
const NOTIFICATIONS = `query { notifications(first: 20) { edges { node { type title entityType entityId } } } }`;
const LIST = `query { opportunities(first: 100) { totalCount edges { node { id } } } }`;

describe("reassignOpportunity", () => {
  let app: TestApp;
  let w: OpportunityWorld;
  let as: ReturnType<typeof asUser>;
  const ds = () => app.db.dataSource;

  beforeAll(async () => {
    app = await startTestApp();
    w = await createOpportunityWorld(ds());
    as = asUser(app);
  });
  afterAll(() => app.close());

  const ids = async (user: { email: string }) =>
    ((await as(user, LIST)).data.opportunities.edges as { node: { id: string } }[]).map(
      (e) => e.node.id,
    );

  it("lets the manager give a seller's opportunity to another of their team, who is told", async () => {
    const { id, name } = await createOpportunity(ds(), { owner: w.seller, name: "Acme rollout" });
    const res = await as(w.manager, REASSIGN, { input: { id, ownerId: w.peerSeller.id } });
    expect(res.errors).toBeUndefined();
    expect(res.data.reassignOpportunity).toMatchObject({
      id,
      version: 2,
      owner: { id: w.peerSeller.id },
      allowedActions: ["EDIT", "MOVE_STAGE", "REASSIGN"],
    });
    expect(await ids(w.peerSeller)).toContain(id);
    expect(await ids(w.seller)).not.toContain(id);

    const told = await as(w.peerSeller, NOTIFICATIONS);
    expect(told.data.notifications.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
      type: "OPPORTUNITY_ASSIGNED",
      title: `Opportunity "${name}" was assigned to you`,
      entityType: "opportunity",
      entityId: id,
    });
    const [event] = await ds().query(
      `SELECT action, actor_id, data FROM audit_events WHERE entity_id = $1`,
      [id],
    );
    expect(event).toEqual({
      action: "REASSIGN",
      actor_id: w.manager.id,
      data: { fromOwnerId: w.seller.id, toOwnerId: w.peerSeller.id },
    });
  });

  it("hands the stage history over with it: its stage changes follow their opportunity's owner", async () => {
    const { id } = await createOpportunity(ds(), { owner: w.seller, stage: "PROPOSAL" });
    const HISTORY = `query ($id: ID!) { opportunity(id: $id) { stageHistory { toStage } } }`;
    const before = await as(w.seller, HISTORY, { id });
    expect(before.data.opportunity.stageHistory).toEqual([{ toStage: "PROPOSAL" }]);

    expect(
      (await as(w.manager, REASSIGN, { input: { id, ownerId: w.peerSeller.id } })).errors,
    ).toBeUndefined();
    const after = await as(w.peerSeller, HISTORY, { id });
    expect(after.errors).toBeUndefined();
    expect(after.data.opportunity.stageHistory).toEqual(before.data.opportunity.stageHistory);
    expect((await as(w.seller, HISTORY, { id })).data.opportunity).toBeNull();
    const owners = await ds().query(
      `SELECT DISTINCT owner_id, partner_id FROM opportunity_stage_changes WHERE opportunity_id = $1`,
      [id],
    );
    expect(owners).toEqual([{ owner_id: w.peerSeller.id, partner_id: w.partner.id }]);
  });

  it("lets the manager take it over themselves, without telling themselves", async () => {
    const { id } = await createOpportunity(ds(), { owner: w.seller });
    const res = await as(w.manager, REASSIGN, { input: { id, ownerId: w.manager.id } });
    expect(res.data.reassignOpportunity.owner.id).toBe(w.manager.id);
    expect((await writtenFor(ds(), id)).notifications).toBe(0);
  });

  it("lets sales operations give it to anyone selling in the organization", async () => {
    const { id } = await createOpportunity(ds(), { owner: w.seller });
    const toOtherTeam = await as(w.ops, REASSIGN, { input: { id, ownerId: w.otherTeamSeller.id } });
    expect(toOtherTeam.data.reassignOpportunity.owner.id).toBe(w.otherTeamSeller.id);
    const toManager = await as(w.ops, REASSIGN, { input: { id, ownerId: w.otherManager.id } });
    expect(toManager.data.reassignOpportunity).toMatchObject({
      version: 3,
      owner: { id: w.otherManager.id },
    });
  });

  describe("refuses an owner outside the rule (BAD_USER_INPUT on ownerId), writing nothing", () => {
    const cases: [string, () => Promise<{ email: string }>, () => Promise<string>][] = [
      [
        "another team's seller, by a manager",
        async () => w.manager,
        async () => w.otherTeamSeller.id,
      ],
      ["another manager, by a manager", async () => w.manager, async () => w.otherManager.id],
      ["a sales operations user", async () => w.ops, async () => w.ops.id],
      ["another partner's seller", async () => w.ops, async () => w.otherSeller.id],
      ["a channel manager", async () => w.ops, async () => w.cm.id],
      [
        "a deactivated seller",
        async () => w.manager,
        async () =>
          (
            await createUser(ds(), {
              organizationId: w.partner.id,
              role: "PARTNER_SELLER",
              managerId: w.manager.id,
              active: false,
            })
          ).id,
      ],
      ["the current owner", async () => w.manager, async () => w.seller.id],
      ["no user", async () => w.ops, async () => "00000000-0000-4000-8000-000000000000"],
      ["not an id", async () => w.ops, async () => "someone"],
    ];
    it.each(cases)("%s", async (_title, actor, ownerId) => {
      const { id } = await createOpportunity(ds(), { owner: w.seller });
      const before = await writtenFor(ds(), id);
      const res = await as(await actor(), REASSIGN, { input: { id, ownerId: await ownerId() } });
      expect(codeOf(res)).toBe("BAD_USER_INPUT");
      expect(res.errors![0]!.extensions!.field).toBe("ownerId");
      expect(await writtenFor(ds(), id)).toEqual(before);
    });
  });

  it("refuses a closed opportunity (CONFLICT): its owner keeps its figures", async () => {
    const { id } = await createOpportunity(ds(), { owner: w.seller, stage: "CLOSED_WON" });
    const before = await writtenFor(ds(), id);
    const res = await as(w.ops, REASSIGN, { input: { id, ownerId: w.peerSeller.id } });
    expect(codeOf(res)).toBe("CONFLICT");
    expect(await writtenFor(ds(), id)).toEqual(before);
  });

  it("answers NOT_FOUND for another team's opportunity, even to a member of one's own team", async () => {
    const { id } = await createOpportunity(ds(), { owner: w.otherTeamSeller });
    const before = await writtenFor(ds(), id);
    const res = await as(w.manager, REASSIGN, { input: { id, ownerId: w.seller.id } });
    expect(codeOf(res)).toBe("NOT_FOUND");
    expect(await writtenFor(ds(), id)).toEqual(before);
  });
});
