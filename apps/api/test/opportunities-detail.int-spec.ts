import { randomBytes } from "node:crypto";
import { dateFromToday } from "./deals-helpers";
import { startTestApp, type TestApp } from "./harness";
import {
  asUser,
  createOpportunity,
  createOpportunityWorld,
  statementsOf,
  type OpportunityWorld,
} from "./opportunities-helpers";

const DETAIL = `query ($id: ID!) {
  opportunity(id: $id) {
    id name stage amount probability weightedAmount expectedCloseDate closedAt
    lossReason lossNote nextStep lastActivityAt version createdAt updatedAt allowedActions
    partner { id } owner { id } deal { id number status }
    stageHistory { id fromStage toStage amount changedAt reason changedBy { id name } }
  }
}`;

describe("one opportunity", () => {
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

  it("reads its working fields, weighted amount and version", async () => {
    const lastActivityAt = new Date("2026-05-04T09:30:00Z");
    const { id, name } = await createOpportunity(ds(), {
      owner: w.seller,
      stage: "NEGOTIATION",
      amount: "1234.57",
      expectedCloseDate: "2031-02-03",
      nextStep: "Send the contract",
      lastActivityAt,
    });
    const res = await as(w.seller, DETAIL, { id });
    expect(res.errors).toBeUndefined();
    expect(res.data.opportunity).toMatchObject({
      id,
      name,
      stage: "NEGOTIATION",
      amount: "1234.57",
      probability: 75,
      // 1234.57 × 0.75 = 925.9275 → 925.93
      weightedAmount: "925.93",
      expectedCloseDate: "2031-02-03",
      closedAt: null,
      lossReason: null,
      lossNote: null,
      nextStep: "Send the contract",
      lastActivityAt: lastActivityAt.toISOString(),
      version: 1,
      partner: { id: w.partner.id },
      owner: { id: w.seller.id },
      deal: null,
      allowedActions: ["EDIT", "MOVE_STAGE"],
      stageHistory: [
        {
          fromStage: null,
          toStage: "NEGOTIATION",
          amount: "1234.57",
          reason: null,
          changedBy: { id: w.seller.id, name: w.seller.name },
        },
      ],
    });
    expect(typeof res.data.opportunity.updatedAt).toBe("string");
  });

  it("reads a lost one's reason and note", async () => {
    const { id } = await createOpportunity(ds(), {
      owner: w.seller,
      stage: "CLOSED_LOST",
      lossReason: "NO_DECISION",
    });
    await ds().query(`UPDATE opportunities SET loss_note = 'They stalled' WHERE id = $1`, [id]);
    const res = await as(w.cm, DETAIL, { id });
    expect(res.data.opportunity).toMatchObject({
      lossReason: "NO_DECISION",
      lossNote: "They stalled",
      weightedAmount: "0.00",
      allowedActions: [],
    });
  });

  it.each([
    ["seller", "QUALIFICATION", ["EDIT", "MOVE_STAGE"]],
    ["seller", "CLOSED_WON", []],
    ["manager", "PROPOSAL", ["EDIT", "MOVE_STAGE", "REASSIGN"]],
    ["manager", "CLOSED_LOST", ["REOPEN"]],
    ["ops", "DISCOVERY", ["EDIT", "MOVE_STAGE", "REASSIGN"]],
    ["ops", "CLOSED_WON", ["REOPEN"]],
    ["cm", "PROPOSAL", []],
    ["admin", "CLOSED_WON", []],
  ] as const)("tells the %s what it may do to a %s one", async (viewer, stage, actions) => {
    const { id } = await createOpportunity(ds(), { owner: w.seller, stage });
    const res = await as(
      w[viewer],
      `query ($id: ID!) { opportunity(id: $id) { allowedActions } }`,
      { id },
    );
    expect(res.data.opportunity.allowedActions).toEqual(actions);
  });

  it("starts its stage history when its deal is approved, by the channel manager", async () => {
    const registered = await as(
      w.seller,
      `mutation ($input: RegisterDealInput!) { registerDeal(input: $input) { id } }`,
      {
        input: {
          customerName: `${randomBytes(6).toString("hex")} Ventures`,
          customerDomain: `detail-${randomBytes(4).toString("hex")}.example.com`,
          estimatedAmount: "7000",
          expectedCloseDate: dateFromToday(45),
          submit: true,
        },
      },
    );
    const dealId = registered.data.registerDeal.id;
    const approved = await as(
      w.cm,
      `mutation ($input: ApproveDealInput!) { approveDeal(input: $input) { number opportunity { id } } }`,
      { input: { id: dealId } },
    );
    expect(approved.errors).toBeUndefined();
    const id = approved.data.approveDeal.opportunity.id;
    const res = await as(w.seller, DETAIL, { id });
    expect(res.data.opportunity).toMatchObject({
      stage: "QUALIFICATION",
      probability: 10,
      weightedAmount: "700.00",
      deal: { id: dealId, number: approved.data.approveDeal.number, status: "APPROVED" },
      stageHistory: [
        {
          fromStage: null,
          toStage: "QUALIFICATION",
          amount: "7000.00",
          changedBy: { id: w.cm.id },
        },
      ],
    });
  });

  it("loads the stage history of a whole page in one statement", async () => {
    for (let i = 0; i < 3; i++) await createOpportunity(ds(), { owner: w.peerSeller });
    const query = `{ opportunities(first: 10) { edges { node { id stageHistory { toStage } } } } }`;
    const statements = await statementsOf(ds(), () => as(w.peerSeller, query));
    expect(statements.filter((s) => /opportunity_stage_changes/.test(s))).toHaveLength(1);
  });
});
