// Answers of the seller's working day as the API gives them, for the component tests.

export const SELLER_ID = "user-PARTNER_SELLER";

export type Fixture = Record<string, unknown>;

export function activityFixture(overrides: Fixture = {}): Fixture {
  return {
    __typename: "Activity",
    id: "act-1",
    type: "CALL",
    subject: "Discovery call",
    body: null,
    occurredAt: new Date(Date.now() - 2 * 3600_000).toISOString(),
    dueAt: null,
    completedAt: null,
    overdue: false,
    canEdit: true,
    canComplete: false,
    createdAt: new Date(Date.now() - 2 * 3600_000).toISOString(),
    owner: { __typename: "User", id: SELLER_ID, name: "Sam Seller" },
    contact: null,
    opportunity: null,
    ...overrides,
  };
}

export function taskFixture(overrides: Fixture = {}): Fixture {
  return activityFixture({
    type: "TASK",
    subject: "Send the proposal",
    dueAt: new Date(Date.now() + 30 * 24 * 3600_000).toISOString(),
    canComplete: true,
    opportunity: null,
    account: null,
    ...overrides,
  });
}

export function activityConnection(nodes: Fixture[], totalCount = nodes.length) {
  return {
    __typename: "ActivityConnection",
    totalCount,
    pageInfo: { __typename: "PageInfo", hasNextPage: totalCount > nodes.length },
    edges: nodes.map((node) => ({ __typename: "ActivityEdge", node })),
  };
}

export function contactFixture(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "Contact",
    id: "contact-1",
    name: "Dana Buyer",
    title: "Head of IT",
    email: "dana@fabrikam.example",
    phone: "+1 555 0100",
    ...overrides,
  };
}

export const ACCOUNT_ID = "acc-1";

export function accountFixture(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "Account",
    id: ACCOUNT_ID,
    name: "Fabrikam Retail",
    domain: "fabrikam.example",
    industry: "Retail",
    openAmount: "48000.00",
    partner: { __typename: "Organization", id: "org-northwind", name: "Northwind Solutions" },
    opportunities: [
      {
        __typename: "Opportunity",
        id: "opp-1",
        name: "Fabrikam POS rollout",
        stage: "PROPOSAL",
        amount: "48000.00",
        expectedCloseDate: "2026-06-30",
        closedAt: null,
        owner: { __typename: "User", id: SELLER_ID, name: "Sam Seller" },
      },
    ],
    ...overrides,
  };
}
