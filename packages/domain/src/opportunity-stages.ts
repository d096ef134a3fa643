export const OPPORTUNITY_STAGES = [
  "QUALIFICATION",
  "DISCOVERY",
  "PROPOSAL",
  "NEGOTIATION",
  "CLOSED_WON",
  "CLOSED_LOST",
] as const;
export type OpportunityStage = (typeof OPPORTUNITY_STAGES)[number];

/** Default win probability of each stage, in percent. */
export const STAGE_PROBABILITY: Readonly<Record<OpportunityStage, number>> = {
  QUALIFICATION: 10,
  DISCOVERY: 25,
  PROPOSAL: 50,
  NEGOTIATION: 75,
  CLOSED_WON: 100,
  CLOSED_LOST: 0,
};

export const OPEN_STAGES = [
  "QUALIFICATION",
  "DISCOVERY",
  "PROPOSAL",
  "NEGOTIATION",
] as const satisfies readonly OpportunityStage[];
export type OpenStage = (typeof OPEN_STAGES)[number];

export const CLOSED_STAGES = [
  "CLOSED_WON",
  "CLOSED_LOST",
] as const satisfies readonly OpportunityStage[];
export type ClosedStage = (typeof CLOSED_STAGES)[number];

export const STAGE_LABELS: Readonly<Record<OpportunityStage, string>> = {
  QUALIFICATION: "Qualification",
  DISCOVERY: "Discovery",
  PROPOSAL: "Proposal",
  NEGOTIATION: "Negotiation",
  CLOSED_WON: "Closed won",
  CLOSED_LOST: "Closed lost",
};

export function isOpportunityStage(value: unknown): value is OpportunityStage {
  return (OPPORTUNITY_STAGES as readonly unknown[]).includes(value);
}

export function isOpenStage(stage: OpportunityStage): stage is OpenStage {
  return (OPEN_STAGES as readonly OpportunityStage[]).includes(stage);
}

export function isClosedStage(stage: OpportunityStage): stage is ClosedStage {
  return (CLOSED_STAGES as readonly OpportunityStage[]).includes(stage);
}

/** An open opportunity may move to any other stage; a closed one is final. */
export function canMoveStage(from: OpportunityStage, to: OpportunityStage): boolean {
  return isOpenStage(from) && from !== to;
}

export function requiresLossReason(to: OpportunityStage): boolean {
  return to === "CLOSED_LOST";
}

/** Why an opportunity was lost: a fixed list (for win/loss analysis) plus optional free text. */
export const LOSS_REASONS = [
  "PRICE",
  "COMPETITOR",
  "NO_BUDGET",
  "NO_DECISION",
  "TIMING",
  "OTHER",
] as const;
export type LossReason = (typeof LOSS_REASONS)[number];

export const LOSS_REASON_LABELS: Readonly<Record<LossReason, string>> = {
  PRICE: "Price",
  COMPETITOR: "Lost to a competitor",
  NO_BUDGET: "No budget",
  NO_DECISION: "No decision",
  TIMING: "Timing",
  OTHER: "Other",
};

export function isLossReason(value: unknown): value is LossReason {
  return (LOSS_REASONS as readonly unknown[]).includes(value);
}

export const ACTIVITY_TYPES = ["CALL", "EMAIL", "MEETING", "NOTE", "TASK"] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const ACTIVITY_TYPE_LABELS: Readonly<Record<ActivityType, string>> = {
  CALL: "Call",
  EMAIL: "Email",
  MEETING: "Meeting",
  NOTE: "Note",
  TASK: "Task",
};

export function isActivityType(value: unknown): value is ActivityType {
  return (ACTIVITY_TYPES as readonly unknown[]).includes(value);
}
