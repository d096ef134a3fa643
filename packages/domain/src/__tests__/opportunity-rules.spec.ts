import {
  canReopenTo,
  checkOpportunityFields,
  checkStageMove,
  isActionLegalInStage,
  mayOwnOpportunity,
  OPPORTUNITY_ACTION_ACTORS,
  OPPORTUNITY_FIELD_LIMITS,
  opportunityActions,
  opportunityCloseDate,
  reopenReasonError,
} from "../opportunity-rules";
import { opportunityNotificationTitle } from "../opportunity-notifications";
import { CLOSED_STAGES, OPEN_STAGES, OPPORTUNITY_STAGES } from "../opportunity-stages";
import { NOTIFICATION_TITLE_MAX } from "../deal-notifications";
import { ROLES } from "../roles";

const TODAY = "2026-06-15";

describe("who may do what to an opportunity", () => {
  it("lets the partner roles edit and move, and only managers and sales ops reopen and reassign", () => {
    expect(OPPORTUNITY_ACTION_ACTORS).toEqual({
      EDIT: ["PARTNER_SELLER", "PARTNER_SALES_MANAGER", "PARTNER_SALES_OPS"],
      MOVE_STAGE: ["PARTNER_SELLER", "PARTNER_SALES_MANAGER", "PARTNER_SALES_OPS"],
      REOPEN: ["PARTNER_SALES_MANAGER", "PARTNER_SALES_OPS"],
      REASSIGN: ["PARTNER_SALES_MANAGER", "PARTNER_SALES_OPS"],
    });
  });

  it.each([
    ["PARTNER_SELLER", "PROPOSAL", ["EDIT", "MOVE_STAGE"]],
    ["PARTNER_SELLER", "CLOSED_WON", []],
    ["PARTNER_SALES_MANAGER", "DISCOVERY", ["EDIT", "MOVE_STAGE", "REASSIGN"]],
    ["PARTNER_SALES_MANAGER", "CLOSED_LOST", ["REOPEN"]],
    ["PARTNER_SALES_OPS", "CLOSED_WON", ["REOPEN"]],
    ["PARTNER_SALES_OPS", "NEGOTIATION", ["EDIT", "MOVE_STAGE", "REASSIGN"]],
    ["CHANNEL_MANAGER", "NEGOTIATION", []],
    ["VENDOR_ADMIN", "CLOSED_LOST", []],
  ] as const)("%s on %s: %j", (role, stage, expected) => {
    expect(opportunityActions(stage, role)).toEqual(expected);
  });

  it("edits, moves and reassigns open opportunities, and reopens closed ones", () => {
    for (const stage of OPEN_STAGES) {
      expect(isActionLegalInStage("EDIT", stage)).toBe(true);
      expect(isActionLegalInStage("REOPEN", stage)).toBe(false);
    }
    for (const stage of CLOSED_STAGES) {
      expect(isActionLegalInStage("MOVE_STAGE", stage)).toBe(false);
      expect(isActionLegalInStage("REASSIGN", stage)).toBe(false);
      expect(isActionLegalInStage("REOPEN", stage)).toBe(true);
    }
  });

  it("reopens only from a closed stage to an open one", () => {
    const legal = OPPORTUNITY_STAGES.flatMap((from) =>
      OPPORTUNITY_STAGES.filter((to) => canReopenTo(from, to)).map((to) => `${from}→${to}`),
    );
    expect(legal).toHaveLength(CLOSED_STAGES.length * OPEN_STAGES.length);
    expect(legal).toContain("CLOSED_LOST→PROPOSAL");
    expect(canReopenTo("CLOSED_WON", "CLOSED_LOST")).toBe(false);
  });

  it("is owned by sellers and sales managers", () => {
    expect(ROLES.filter(mayOwnOpportunity)).toEqual(["PARTNER_SELLER", "PARTNER_SALES_MANAGER"]);
  });
});

describe("close date", () => {
  it("is when it closed, else the start of its expected close date (UTC)", () => {
    const closedAt = new Date("2026-03-02T15:30:00Z");
    expect(opportunityCloseDate({ closedAt, expectedCloseDate: "2026-05-01" })).toBe(closedAt);
    expect(opportunityCloseDate({ closedAt: null, expectedCloseDate: "2026-05-01" })).toEqual(
      new Date("2026-05-01T00:00:00Z"),
    );
  });
});

describe("checkOpportunityFields", () => {
  const check = (input: Parameters<typeof checkOpportunityFields>[0]) =>
    checkOpportunityFields(input, { today: TODAY });

  it("checks only the fields given, trimmed and normalized", () => {
    expect(check({})).toEqual({ errors: [], values: {} });
    expect(
      check({
        name: "  Acme renewal ",
        amount: "$1,234.5",
        expectedCloseDate: TODAY,
        nextStep: "  Send the quote ",
      }),
    ).toEqual({
      errors: [],
      values: {
        name: "Acme renewal",
        amount: "1234.50",
        expectedCloseDate: TODAY,
        nextStep: "Send the quote",
      },
    });
  });

  it("clears the next step when blank or null", () => {
    expect(check({ nextStep: "  " }).values).toEqual({ nextStep: null });
    expect(check({ nextStep: null }).values).toEqual({ nextStep: null });
  });

  it.each([
    ["name", { name: " " }],
    ["name", { name: null }],
    ["name", { name: "x".repeat(OPPORTUNITY_FIELD_LIMITS.name + 1) }],
    ["amount", { amount: "" }],
    ["amount", { amount: "-5" }],
    ["amount", { amount: "1.234" }],
    ["amount", { amount: "1000000000000" }],
    ["amount", { amount: "ten" }],
    ["expectedCloseDate", { expectedCloseDate: null }],
    ["expectedCloseDate", { expectedCloseDate: "2026-02-30" }],
    ["expectedCloseDate", { expectedCloseDate: "2026-06-14" }],
    ["nextStep", { nextStep: "x".repeat(OPPORTUNITY_FIELD_LIMITS.nextStep + 1) }],
  ] as const)("refuses a bad %s: %j", (field, input) => {
    const { errors, values } = check(input);
    expect(errors.map((e) => e.field)).toEqual([field]);
    expect(errors[0]!.message).toMatch(/\w/);
    expect(values).toEqual({});
  });

  it("takes the largest numeric(14,2) amount and zero", () => {
    expect(check({ amount: "999999999999.99" }).values.amount).toBe("999999999999.99");
    expect(check({ amount: "0" }).values.amount).toBe("0.00");
  });
});

describe("checkStageMove", () => {
  it("needs a reason from the list to close as lost, with an optional note", () => {
    expect(
      checkStageMove({ stage: "CLOSED_LOST", lossReason: "PRICE", lossNote: " Too dear " }),
    ).toEqual({ errors: [], lossReason: "PRICE", lossNote: "Too dear" });
    expect(checkStageMove({ stage: "CLOSED_LOST", lossReason: "TIMING" })).toEqual({
      errors: [],
      lossReason: "TIMING",
      lossNote: null,
    });
    expect(checkStageMove({ stage: "CLOSED_LOST" }).errors.map((e) => e.field)).toEqual([
      "lossReason",
    ]);
    expect(
      checkStageMove({ stage: "CLOSED_LOST", lossReason: "BORED" }).errors.map((e) => e.field),
    ).toEqual(["lossReason"]);
    expect(
      checkStageMove({
        stage: "CLOSED_LOST",
        lossReason: "PRICE",
        lossNote: "x".repeat(OPPORTUNITY_FIELD_LIMITS.lossNote + 1),
      }).errors.map((e) => e.field),
    ).toEqual(["lossNote"]);
  });

  it("takes neither a reason nor a note for any other stage", () => {
    expect(checkStageMove({ stage: "PROPOSAL" })).toEqual({
      errors: [],
      lossReason: null,
      lossNote: null,
    });
    expect(
      checkStageMove({ stage: "CLOSED_WON", lossReason: "PRICE", lossNote: "n" }).errors.map(
        (e) => e.field,
      ),
    ).toEqual(["lossReason", "lossNote"]);
  });
});

describe("reopenReasonError", () => {
  it("needs a reason of at most 2000 characters", () => {
    expect(reopenReasonError("Customer came back")).toBeNull();
    expect(reopenReasonError("  ")).toMatch(/why/);
    expect(reopenReasonError(null)).toMatch(/why/);
    expect(reopenReasonError("x".repeat(2001))).toMatch(/2000/);
  });
});

describe("opportunityNotificationTitle", () => {
  it("names the opportunity, cut to fit", () => {
    expect(opportunityNotificationTitle("OPPORTUNITY_ASSIGNED", "Acme — Cloud")).toBe(
      'Opportunity "Acme — Cloud" was assigned to you',
    );
    const long = opportunityNotificationTitle("OPPORTUNITY_ASSIGNED", "x".repeat(400));
    expect(long).toHaveLength(NOTIFICATION_TITLE_MAX);
    expect(long).toMatch(/…" was assigned to you$/);
  });
});
