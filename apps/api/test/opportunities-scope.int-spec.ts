import { codeOf, startTestApp, type TestApp } from "./harness";
import {
  asUser,
  createOpportunity,
  createOpportunityWorld,
  writtenFor,
  type OpportunityWorld,
} from "./opportunities-helpers";

type Viewer = keyof Pick<
  OpportunityWorld,
  | "seller"
  | "peerSeller"
  | "manager"
  | "otherManager"
  | "ops"
  | "otherOps"
  | "otherSeller"
  | "cm"
  | "otherCm"
  | "admin"
>;
type Expected = "OK" | "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED";

/** Every new operation on the seller's opportunity, as each viewer (null: anonymous). */
const OPERATIONS: Record<
  string,
  {
    closed: boolean;
    request: (id: string, w: OpportunityWorld) => { query: string; variables: object };
    expected: Record<Viewer | "anonymous", Expected>;
  }
> = {
  opportunity: {
    closed: false,
    request: (id) => ({
      query: `query ($id: ID!) { opportunity(id: $id) { id stageHistory { toStage } allowedActions } }`,
      variables: { id },
    }),
    expected: {
      seller: "OK",
      manager: "OK",
      ops: "OK",
      cm: "OK",
      admin: "OK",
      peerSeller: "NOT_FOUND",
      otherManager: "NOT_FOUND",
      otherOps: "NOT_FOUND",
      otherSeller: "NOT_FOUND",
      otherCm: "NOT_FOUND",
      anonymous: "UNAUTHENTICATED",
    },
  },
  updateOpportunity: {
    closed: false,
    request: (id) => ({
      query: `mutation ($input: UpdateOpportunityInput!) { updateOpportunity(input: $input) { id version } }`,
      variables: { input: { id, version: 1, nextStep: "Call the buyer" } },
    }),
    expected: {
      seller: "OK",
      manager: "OK",
      ops: "OK",
      peerSeller: "NOT_FOUND",
      otherManager: "NOT_FOUND",
      otherOps: "NOT_FOUND",
      otherSeller: "NOT_FOUND",
      cm: "FORBIDDEN",
      otherCm: "FORBIDDEN",
      admin: "FORBIDDEN",
      anonymous: "UNAUTHENTICATED",
    },
  },
  moveOpportunityStage: {
    closed: false,
    request: (id) => ({
      query: `mutation ($input: MoveOpportunityStageInput!) { moveOpportunityStage(input: $input) { id stage } }`,
      variables: { input: { id, stage: "PROPOSAL" } },
    }),
    expected: {
      seller: "OK",
      manager: "OK",
      ops: "OK",
      peerSeller: "NOT_FOUND",
      otherManager: "NOT_FOUND",
      otherOps: "NOT_FOUND",
      otherSeller: "NOT_FOUND",
      cm: "FORBIDDEN",
      otherCm: "FORBIDDEN",
      admin: "FORBIDDEN",
      anonymous: "UNAUTHENTICATED",
    },
  },
  reopenOpportunity: {
    closed: true,
    request: (id) => ({
      query: `mutation ($input: ReopenOpportunityInput!) { reopenOpportunity(input: $input) { id stage } }`,
      variables: { input: { id, stage: "NEGOTIATION", reason: "The buyer came back" } },
    }),
    expected: {
      manager: "OK",
      ops: "OK",
      seller: "FORBIDDEN",
      peerSeller: "FORBIDDEN",
      otherSeller: "FORBIDDEN",
      otherManager: "NOT_FOUND",
      otherOps: "NOT_FOUND",
      cm: "FORBIDDEN",
      otherCm: "FORBIDDEN",
      admin: "FORBIDDEN",
      anonymous: "UNAUTHENTICATED",
    },
  },
  reassignOpportunity: {
    closed: false,
    request: (id, w) => ({
      query: `mutation ($input: ReassignOpportunityInput!) { reassignOpportunity(input: $input) { id owner { id } } }`,
      variables: { input: { id, ownerId: w.peerSeller.id } },
    }),
    expected: {
      manager: "OK",
      ops: "OK",
      seller: "FORBIDDEN",
      peerSeller: "FORBIDDEN",
      otherSeller: "FORBIDDEN",
      otherManager: "NOT_FOUND",
      otherOps: "NOT_FOUND",
      cm: "FORBIDDEN",
      otherCm: "FORBIDDEN",
      admin: "FORBIDDEN",
      anonymous: "UNAUTHENTICATED",
    },
  },
};

const CASES = Object.entries(OPERATIONS).flatMap(([operation, { expected }]) =>
  Object.entries(expected).map(([viewer, outcome]) => [operation, viewer, outcome] as const),
);

describe("who reaches the seller's opportunity, operation by operation", () => {
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

  it.each(CASES)("%s as %s: %s", async (operation, viewer, outcome) => {
    const spec = OPERATIONS[operation]!;
    const { id } = await createOpportunity(ds(), {
      owner: w.seller,
      stage: spec.closed ? "CLOSED_LOST" : "QUALIFICATION",
    });
    const before = await writtenFor(ds(), id);
    const { query, variables } = spec.request(id, w);
    const user = viewer === "anonymous" ? null : w[viewer as Viewer];
    const res = await as(user, query, variables as Record<string, unknown>);
    const field = Object.keys(res.data ?? {})[0] ?? operation;
    const isRead = operation === "opportunity";

    if (outcome === "OK") {
      expect(res.errors).toBeUndefined();
      expect(res.data[field].id).toBe(id);
      return;
    }
    if (isRead && outcome === "UNAUTHENTICATED") {
      expect(codeOf(res)).toBe(outcome);
      expect(res.data?.opportunity ?? null).toBeNull();
    } else if (isRead && outcome === "NOT_FOUND") {
      // Out of scope reads as absent: null, with no error that would tell it exists.
      expect(res.errors).toBeUndefined();
      expect(res.data.opportunity).toBeNull();
    } else {
      expect(codeOf(res)).toBe(outcome);
      expect(res.data).toBeNull();
      // The same answer as for an id that does not exist: nothing tells the record is there.
      if (outcome === "NOT_FOUND")
        expect(res.errors![0]!.message).toBe("Opportunity was not found.");
    }
    expect(await writtenFor(ds(), id)).toEqual(before);
  });

  it("answers NOT_FOUND for an id that does not exist or is no id, for every mutation", async () => {
    for (const [operation, spec] of Object.entries(OPERATIONS)) {
      if (operation === "opportunity") continue;
      for (const id of ["00000000-0000-4000-8000-000000000000", "not-an-id"]) {
        const { query, variables } = spec.request(id, w);
        const res = await as(w.ops, query, variables as Record<string, unknown>);
        expect([operation, codeOf(res)]).toEqual([operation, "NOT_FOUND"]);
      }
    }
  });
});
