import {
  ACTIVITY_TYPE_LABELS,
  ACTIVITY_TYPES,
  canMoveStage,
  CLOSED_STAGES,
  isActivityType,
  isClosedStage,
  isOpenStage,
  isOpportunityStage,
  OPEN_STAGES,
  OPPORTUNITY_STAGES,
  requiresLossReason,
  STAGE_LABELS,
  STAGE_PROBABILITY,
} from "../opportunity-stages";

describe("opportunity stages", () => {
  it("has the default probabilities", () => {
    expect(STAGE_PROBABILITY).toEqual({
      QUALIFICATION: 10,
      DISCOVERY: 25,
      PROPOSAL: 50,
      NEGOTIATION: 75,
      CLOSED_WON: 100,
      CLOSED_LOST: 0,
    });
  });

  it("splits stages into open and closed", () => {
    expect([...OPEN_STAGES, ...CLOSED_STAGES]).toEqual([...OPPORTUNITY_STAGES]);
    for (const stage of OPPORTUNITY_STAGES) {
      expect(isOpenStage(stage)).toBe(!isClosedStage(stage));
    }
    expect(isClosedStage("CLOSED_WON")).toBe(true);
    expect(isOpenStage("NEGOTIATION")).toBe(true);
  });

  it.each(
    OPPORTUNITY_STAGES.flatMap((from) =>
      OPPORTUNITY_STAGES.map(
        (to) => [from, to, from !== to && !from.startsWith("CLOSED_")] as const,
      ),
    ),
  )("%s → %s allowed: %s", (from, to, allowed) => {
    expect(canMoveStage(from, to)).toBe(allowed);
  });

  it("needs a loss reason only to close as lost", () => {
    expect(OPPORTUNITY_STAGES.filter(requiresLossReason)).toEqual(["CLOSED_LOST"]);
  });

  it("labels every stage and activity type", () => {
    expect(Object.keys(STAGE_LABELS)).toEqual([...OPPORTUNITY_STAGES]);
    expect(STAGE_LABELS.CLOSED_WON).toBe("Closed won");
    expect(Object.keys(ACTIVITY_TYPE_LABELS)).toEqual([...ACTIVITY_TYPES]);
  });

  it("recognizes stages and activity types among unknown values", () => {
    expect(isOpportunityStage("PROPOSAL")).toBe(true);
    expect(isOpportunityStage("WON")).toBe(false);
    expect(ACTIVITY_TYPES).toEqual(["CALL", "EMAIL", "MEETING", "NOTE", "TASK"]);
    expect(isActivityType("TASK")).toBe(true);
    expect(isActivityType("SMS")).toBe(false);
  });
});
