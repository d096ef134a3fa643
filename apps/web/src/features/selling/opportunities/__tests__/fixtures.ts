// Opportunities as the API answers them, for the component tests.
import type { OpportunityStage } from "@prm/domain";

export type Fixture = Record<string, unknown>;

export const OPPORTUNITY_ID = "opp-1";
export const ACCOUNT_ID = "acc-1";

export function opportunityRow(overrides: Fixture = {}): Fixture {
  return {
    __typename: "Opportunity",
    id: OPPORTUNITY_ID,
    name: "Fabrikam POS rollout",
    stage: "PROPOSAL",
    amount: "48000.00",
    probability: 50,
    weightedAmount: "24000.00",
    expectedCloseDate: "2099-06-30",
    closedAt: null,
    lastActivityAt: null,
    nextStep: null,
    lossReason: null,
    version: 1,
    allowedActions: ["EDIT", "MOVE_STAGE"],
    owner: { __typename: "User", id: "user-PARTNER_SELLER", name: "Sam Seller" },
    partner: { __typename: "Organization", id: "org-northwind", name: "Northwind Solutions" },
    account: { __typename: "Account", id: ACCOUNT_ID, name: "Fabrikam Retail" },
    deal: { __typename: "Deal", id: "deal-1", number: "DR-000123" },
    ...overrides,
  };
}

export function opportunityDetail(overrides: Fixture = {}): Fixture {
  return {
    ...opportunityRow(),
    lossNote: null,
    createdAt: "2026-01-05T10:00:00.000Z",
    updatedAt: "2026-02-01T10:00:00.000Z",
    stageHistory: [
      {
        __typename: "OpportunityStageChange",
        id: "change-1",
        fromStage: null,
        toStage: "QUALIFICATION",
        amount: "48000.00",
        changedAt: "2026-01-05T10:00:00.000Z",
        reason: null,
        changedBy: { __typename: "User", id: "user-PARTNER_SELLER", name: "Sam Seller" },
      },
      {
        __typename: "OpportunityStageChange",
        id: "change-2",
        fromStage: "QUALIFICATION",
        toStage: "PROPOSAL",
        amount: "48000.00",
        changedAt: "2026-02-01T10:00:00.000Z",
        reason: null,
        changedBy: { __typename: "User", id: "user-PARTNER_SELLER", name: "Sam Seller" },
      },
    ],
    ...overrides,
  };
}

/** The board's answer: each open stage with the given cards. */
export function board(cards: Partial<Record<OpportunityStage, Fixture[]>>): Fixture {
  return {
    __typename: "OpportunityBoard",
    columns: (["QUALIFICATION", "DISCOVERY", "PROPOSAL", "NEGOTIATION"] as const).map((stage) => {
      const opportunities = cards[stage] ?? [];
      return {
        __typename: "OpportunityBoardColumn",
        stage,
        totalCount: opportunities.length,
        amount: "0.00",
        weightedAmount: "0.00",
        opportunities,
      };
    }),
  };
}
