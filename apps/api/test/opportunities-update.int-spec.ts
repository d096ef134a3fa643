import { dateFromToday } from "./deals-helpers";
import { codeOf, startTestApp, type TestApp } from "./harness";
import {
  asUser,
  createOpportunity,
  createOpportunityWorld,
  storedOpportunity,
  writtenFor,
  type OpportunityWorld,
} from "./opportunities-helpers";

const UPDATE = `mutation ($input: UpdateOpportunityInput!) {
  updateOpportunity(input: $input) {
    id name amount expectedCloseDate nextStep version probability weightedAmount updatedAt
  }
}`;

describe("updateOpportunity", () => {
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

  const open = () =>
    createOpportunity(ds(), { owner: w.seller, stage: "PROPOSAL", amount: "1000.00" });

  it("changes the fields named, bumps the version and writes the audit trail", async () => {
    const { id, name } = await open();
    const closeDate = dateFromToday(30);
    const res = await as(w.seller, UPDATE, {
      input: {
        id,
        version: 1,
        amount: "12,345.5",
        expectedCloseDate: closeDate,
        nextStep: "  Send the revised quote ",
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data.updateOpportunity).toMatchObject({
      id,
      name,
      amount: "12345.50",
      expectedCloseDate: closeDate,
      nextStep: "Send the revised quote",
      version: 2,
      probability: 50,
      weightedAmount: "6172.75",
    });
    const [event] = await ds().query(
      `SELECT action, actor_id, from_status, to_status, data FROM audit_events WHERE entity_id = $1`,
      [id],
    );
    expect(event).toMatchObject({
      action: "UPDATE",
      actor_id: w.seller.id,
      from_status: "PROPOSAL",
      to_status: "PROPOSAL",
      data: {
        changes: {
          amount: { from: "1000.00", to: "12345.50" },
          expectedCloseDate: { from: "2031-06-30", to: closeDate },
          nextStep: { from: null, to: "Send the revised quote" },
        },
      },
    });
    // No stage moved: no stage-history row beyond the first.
    expect((await writtenFor(ds(), id)).history).toBe(1);
  });

  it("lets the manager and sales operations edit in turn, each at the version they saw", async () => {
    const { id } = await open();
    const first = await as(w.manager, UPDATE, { input: { id, version: 1, name: "Renamed" } });
    expect(first.data.updateOpportunity).toMatchObject({ name: "Renamed", version: 2 });
    const second = await as(w.ops, UPDATE, { input: { id, version: 2, nextStep: "Demo" } });
    expect(second.data.updateOpportunity).toMatchObject({ nextStep: "Demo", version: 3 });
    const cleared = await as(w.seller, UPDATE, { input: { id, version: 3, nextStep: null } });
    expect(cleared.data.updateOpportunity).toMatchObject({ nextStep: null, version: 4 });
  });

  it("answers CONFLICT for a stale version and changes nothing", async () => {
    const { id } = await open();
    await as(w.seller, UPDATE, { input: { id, version: 1, name: "First edit" } });
    const before = await writtenFor(ds(), id);
    const stale = await as(w.manager, UPDATE, { input: { id, version: 1, amount: "1.00" } });
    expect(codeOf(stale)).toBe("CONFLICT");
    expect(stale.errors![0]!.message).toMatch(/someone else changed/i);
    expect(stale.data).toBeNull();
    expect(await writtenFor(ds(), id)).toEqual(before);
  });

  it("lets exactly one of two concurrent edits at the same version through", async () => {
    const { id } = await open();
    const results = await Promise.all([
      as(w.seller, UPDATE, { input: { id, version: 1, amount: "111.00" } }),
      as(w.manager, UPDATE, { input: { id, version: 1, amount: "222.00" } }),
    ]);
    const codes = results.map((r) => codeOf(r) ?? "OK").sort();
    expect(codes).toEqual(["CONFLICT", "OK"]);
    const winner = results.find((r) => !r.errors)!.data.updateOpportunity;
    const stored = await storedOpportunity(ds(), id);
    expect(stored).toMatchObject({ amount: winner.amount, version: 2 });
    const [{ n }] = await ds().query(
      `SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1`,
      [id],
    );
    expect(n).toBe(1);
  });

  it("refuses to edit a closed opportunity (CONFLICT: reopen it first)", async () => {
    const { id } = await createOpportunity(ds(), { owner: w.seller, stage: "CLOSED_WON" });
    const before = await writtenFor(ds(), id);
    const res = await as(w.ops, UPDATE, { input: { id, version: 1, amount: "5.00" } });
    expect(codeOf(res)).toBe("CONFLICT");
    expect(res.errors![0]!.message).toMatch(/reopen/);
    expect(await writtenFor(ds(), id)).toEqual(before);
  });

  it.each([
    ["name", { name: "   " }],
    ["name", { name: null }],
    ["name", { name: "n".repeat(201) }],
    ["amount", { amount: "-1" }],
    ["amount", { amount: "1.234" }],
    ["amount", { amount: "1000000000000" }],
    ["amount", { amount: null }],
    ["amount", { amount: "9".repeat(40) }],
    ["expectedCloseDate", { expectedCloseDate: "2026-13-01" }],
    ["expectedCloseDate", { expectedCloseDate: "2020-01-01" }],
    ["expectedCloseDate", { expectedCloseDate: "soon" }],
    ["nextStep", { nextStep: "s".repeat(501) }],
    ["input", {}],
  ])("refuses a bad %s with BAD_USER_INPUT naming it, changing nothing", async (field, change) => {
    const { id } = await open();
    const before = await writtenFor(ds(), id);
    const res = await as(w.seller, UPDATE, { input: { id, version: 1, ...change } });
    expect(codeOf(res)).toBe("BAD_USER_INPUT");
    expect(res.errors![0]!.extensions!.field).toBe(field);
    expect(res.errors![0]!.message).toMatch(/\w/);
    expect(await writtenFor(ds(), id)).toEqual(before);
  });
});
