import { addMoney } from "@prm/domain";
import { codeOf, startTestApp, type TestApp } from "./harness";
import {
  asUser,
  createOpportunity,
  createOpportunityWorld,
  stageHistoryOf,
  storedOpportunity,
  writtenFor,
  type OpportunityWorld,
} from "./opportunities-helpers";

const FIELDS = `id stage probability closedAt lossReason lossNote version allowedActions
  stageHistory { fromStage toStage amount reason changedBy { id } }`;
const MOVE = `mutation ($input: MoveOpportunityStageInput!) { moveOpportunityStage(input: $input) { ${FIELDS} } }`;
const REOPEN = `mutation ($input: ReopenOpportunityInput!) { reopenOpportunity(input: $input) { ${FIELDS} } }`;
const LEADERBOARD = `query { partnerLeaderboard(period: { preset: THIS_MONTH }, limit: 50) { partner { id } wonAmount wonCount } }`;

describe("stage moves and reopening", () => {
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

  it("moves to another open stage: its probability, one history row, an audit event", async () => {
    const { id } = await createOpportunity(ds(), { owner: w.seller, amount: "800.00" });
    const res = await as(w.seller, MOVE, { input: { id, stage: "PROPOSAL" } });
    expect(res.errors).toBeUndefined();
    expect(res.data.moveOpportunityStage).toMatchObject({
      stage: "PROPOSAL",
      probability: 50,
      closedAt: null,
      version: 2,
      stageHistory: [
        { fromStage: null, toStage: "QUALIFICATION", amount: "800.00", reason: null },
        {
          fromStage: "QUALIFICATION",
          toStage: "PROPOSAL",
          amount: "800.00",
          changedBy: { id: w.seller.id },
        },
      ],
    });
    const events = await ds().query(
      `SELECT action, from_status, to_status, actor_id FROM audit_events WHERE entity_id = $1`,
      [id],
    );
    expect(events).toEqual([
      {
        action: "MOVE_STAGE",
        from_status: "QUALIFICATION",
        to_status: "PROPOSAL",
        actor_id: w.seller.id,
      },
    ]);
  });

  it("closes as won: closedAt now, probability 100, and the won amount grows by exactly its amount", async () => {
    const wonBefore = await as(w.cm, LEADERBOARD);
    const before =
      (wonBefore.data.partnerLeaderboard as { partner: { id: string }; wonAmount: string }[]).find(
        (r) => r.partner.id === w.partner.id,
      )?.wonAmount ?? "0.00";
    const { id } = await createOpportunity(ds(), {
      owner: w.seller,
      stage: "NEGOTIATION",
      amount: "4321.09",
    });
    const started = Date.now();
    const res = await as(w.manager, MOVE, { input: { id, stage: "CLOSED_WON", version: 1 } });
    expect(res.errors).toBeUndefined();
    const won = res.data.moveOpportunityStage;
    expect(won).toMatchObject({ stage: "CLOSED_WON", probability: 100, lossReason: null });
    expect(Math.abs(new Date(won.closedAt).getTime() - started)).toBeLessThan(60_000);
    expect(won.allowedActions).toEqual(["REOPEN"]);
    const after = await as(w.cm, LEADERBOARD);
    const row = (
      after.data.partnerLeaderboard as { partner: { id: string }; wonAmount: string }[]
    ).find((r) => r.partner.id === w.partner.id);
    expect(row?.wonAmount).toBe(addMoney(before, "4321.09"));
  });

  it("closes as lost with a reason from the list and a note", async () => {
    const { id } = await createOpportunity(ds(), { owner: w.seller, stage: "DISCOVERY" });
    const res = await as(w.ops, MOVE, {
      input: {
        id,
        stage: "CLOSED_LOST",
        lossReason: "COMPETITOR",
        lossNote: "  Went with Initech ",
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.moveOpportunityStage).toMatchObject({
      stage: "CLOSED_LOST",
      probability: 0,
      lossReason: "COMPETITOR",
      lossNote: "Went with Initech",
    });
    expect(res.data.moveOpportunityStage.closedAt).not.toBeNull();
  });

  it.each([
    ["lossReason", { stage: "CLOSED_LOST" }],
    ["lossReason", { stage: "CLOSED_LOST", lossReason: null, lossNote: "Too expensive" }],
    ["lossReason", { stage: "PROPOSAL", lossReason: "PRICE" }],
    ["lossNote", { stage: "CLOSED_WON", lossNote: "n/a" }],
    ["lossNote", { stage: "CLOSED_LOST", lossReason: "PRICE", lossNote: "n".repeat(2001) }],
  ])("refuses a bad %s with BAD_USER_INPUT naming it, writing nothing", async (field, input) => {
    const { id } = await createOpportunity(ds(), { owner: w.seller, stage: "PROPOSAL" });
    const before = await writtenFor(ds(), id);
    const res = await as(w.seller, MOVE, { input: { id, ...input } });
    expect(codeOf(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0]!.extensions!.field).toBe(field);
    expect(await writtenFor(ds(), id)).toEqual(before);
  });

  it("refuses an unknown loss reason before anything runs", async () => {
    const { id } = await createOpportunity(ds(), { owner: w.seller });
    const res = await as(w.seller, MOVE, {
      input: { id, stage: "CLOSED_LOST", lossReason: "BORED" },
    });
    expect(codeOf(res)).toBe("BAD_USER_INPUT");
  });

  it.each([
    ["a closed one (reopen it instead)", "CLOSED_LOST", "PROPOSAL", /reopen/],
    ["a won one to lost", "CLOSED_WON", "CLOSED_LOST", /reopen/],
    ["to the stage it is in", "PROPOSAL", "PROPOSAL", /already in Proposal/],
  ] as const)("refuses to move %s: CONFLICT, nothing written", async (_t, from, to, message) => {
    const { id } = await createOpportunity(ds(), { owner: w.seller, stage: from });
    const before = await writtenFor(ds(), id);
    const res = await as(w.manager, MOVE, {
      input: { id, stage: to, ...(to === "CLOSED_LOST" ? { lossReason: "PRICE" } : {}) },
    });
    expect(codeOf(res)).toBe("CONFLICT");
    expect(res.errors![0]!.message).toMatch(message);
    expect(await writtenFor(ds(), id)).toEqual(before);
  });

  it("refuses a move at a stale version", async () => {
    const { id } = await createOpportunity(ds(), { owner: w.seller });
    await as(w.seller, MOVE, { input: { id, stage: "DISCOVERY" } });
    const before = await writtenFor(ds(), id);
    const res = await as(w.manager, MOVE, { input: { id, stage: "PROPOSAL", version: 1 } });
    expect(codeOf(res)).toBe("CONFLICT");
    expect(await writtenFor(ds(), id)).toEqual(before);
  });

  it("leaves a history consistent with the final stage after concurrent moves", async () => {
    for (let round = 0; round < 3; round++) {
      const { id } = await createOpportunity(ds(), { owner: w.seller, amount: "640.00" });
      const moves = [
        [w.seller, "DISCOVERY"],
        [w.manager, "PROPOSAL"],
        [w.ops, "NEGOTIATION"],
        [w.seller, "CLOSED_WON"],
        [w.manager, "CLOSED_LOST"],
      ] as const;
      const results = await Promise.all(
        moves.map(([user, stage]) =>
          as(user, MOVE, {
            input: { id, stage, ...(stage === "CLOSED_LOST" ? { lossReason: "TIMING" } : {}) },
          }),
        ),
      );
      for (const r of results) expect([undefined, "CONFLICT"]).toContain(codeOf(r));
      const succeeded = results.filter((r) => !r.errors).length;
      expect(succeeded).toBeGreaterThanOrEqual(1);

      const history = await stageHistoryOf(ds(), id);
      const stored = await storedOpportunity(ds(), id);
      expect(history).toHaveLength(1 + succeeded);
      expect(history[0]!.from_stage).toBeNull();
      for (let i = 1; i < history.length; i++) {
        expect(history[i]!.from_stage).toBe(history[i - 1]!.to_stage);
      }
      expect(history.at(-1)!.to_stage).toBe(stored!.stage);
      expect(stored!.version).toBe(1 + succeeded);
      // The API reads the same history back, in the same order.
      const read = await as(
        w.seller,
        `query ($id: ID!) { opportunity(id: $id) { stageHistory { fromStage toStage } } }`,
        { id },
      );
      expect(read.data.opportunity.stageHistory).toEqual(
        history.map((h) => ({ fromStage: h.from_stage, toStage: h.to_stage })),
      );
    }
  });

  describe("reopenOpportunity", () => {
    it("reopens a lost opportunity in an open stage, with the reason in its history", async () => {
      const { id } = await createOpportunity(ds(), {
        owner: w.seller,
        stage: "CLOSED_LOST",
        lossReason: "NO_BUDGET",
        amount: "900.00",
      });
      const res = await as(w.manager, REOPEN, {
        input: { id, stage: "PROPOSAL", reason: " Budget approved after all " },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data.reopenOpportunity).toMatchObject({
        stage: "PROPOSAL",
        probability: 50,
        closedAt: null,
        lossReason: "NO_BUDGET",
        version: 2,
        allowedActions: ["EDIT", "MOVE_STAGE", "REASSIGN"],
      });
      expect(res.data.reopenOpportunity.stageHistory.at(-1)).toEqual({
        fromStage: "CLOSED_LOST",
        toStage: "PROPOSAL",
        amount: "900.00",
        reason: "Budget approved after all",
        changedBy: { id: w.manager.id },
      });
      const [event] = await ds().query(
        `SELECT action, from_status, to_status, note FROM audit_events WHERE entity_id = $1`,
        [id],
      );
      expect(event).toEqual({
        action: "REOPEN",
        from_status: "CLOSED_LOST",
        to_status: "PROPOSAL",
        note: "Budget approved after all",
      });
      // Its seller works it again.
      const moved = await as(w.seller, MOVE, { input: { id, stage: "CLOSED_WON" } });
      expect(moved.data.moveOpportunityStage).toMatchObject({
        stage: "CLOSED_WON",
        lossReason: null,
      });
    });

    it("lets sales operations reopen a won one", async () => {
      const { id } = await createOpportunity(ds(), {
        owner: w.otherTeamSeller,
        stage: "CLOSED_WON",
      });
      const res = await as(w.ops, REOPEN, {
        input: { id, stage: "NEGOTIATION", reason: "Deal fell through" },
      });
      expect(res.data.reopenOpportunity).toMatchObject({ stage: "NEGOTIATION", probability: 75 });
    });

    it("refuses the seller, even on their own opportunity (FORBIDDEN), writing nothing", async () => {
      const { id } = await createOpportunity(ds(), { owner: w.seller, stage: "CLOSED_LOST" });
      const before = await writtenFor(ds(), id);
      const res = await as(w.seller, REOPEN, {
        input: { id, stage: "PROPOSAL", reason: "Please" },
      });
      expect(codeOf(res)).toBe("FORBIDDEN");
      expect(await writtenFor(ds(), id)).toEqual(before);
    });

    it("refuses to reopen an open one (CONFLICT)", async () => {
      const { id } = await createOpportunity(ds(), { owner: w.seller, stage: "DISCOVERY" });
      const res = await as(w.manager, REOPEN, { input: { id, stage: "PROPOSAL", reason: "x" } });
      expect(codeOf(res)).toBe("CONFLICT");
    });

    it.each([
      ["reason", { stage: "PROPOSAL", reason: "   " }],
      ["reason", { stage: "PROPOSAL", reason: "r".repeat(2001) }],
      ["stage", { stage: "CLOSED_WON", reason: "Wrongly lost" }],
    ])("refuses a bad %s with BAD_USER_INPUT naming it", async (field, input) => {
      const { id } = await createOpportunity(ds(), { owner: w.seller, stage: "CLOSED_LOST" });
      const before = await writtenFor(ds(), id);
      const res = await as(w.manager, REOPEN, { input: { id, ...input } });
      expect(codeOf(res)).toBe("BAD_USER_INPUT");
      expect(res.errors![0]!.extensions!.field).toBe(field);
      expect(await writtenFor(ds(), id)).toEqual(before);
    });
  });
});
