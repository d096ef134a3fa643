import { notificationPath } from "../notification-targets";

describe("where a notification leads", () => {
  it.each([
    [
      { type: "DEAL_APPROVED", entityType: "Deal", entityId: "d-1" },
      "/seller",
      "/seller/deals/d-1",
    ],
    [
      { type: "OPPORTUNITY_REASSIGNED", entityType: "opportunity", entityId: "o-1" },
      "/seller",
      "/seller/opportunities/o-1",
    ],
    [
      { type: "PARTNER_ASSIGNED", entityType: "organization", entityId: "p-1" },
      "/cm",
      "/cm/partners/p-1",
    ],
    // The partner is no longer theirs to open: the partners they still have.
    [
      { type: "PARTNER_UNASSIGNED", entityType: "organization", entityId: "p-1" },
      "/cm",
      "/cm/partners",
    ],
    // About the departed colleague, whose records are now the recipient's.
    [
      { type: "RECORDS_REASSIGNED", entityType: "user", entityId: "u-1" },
      "/manager",
      "/manager/opportunities",
    ],
    [{ type: "SOMETHING_ELSE", entityType: null, entityId: null }, "/seller", null],
  ])("%o in %s → %s", (notification, portalBase, expected) => {
    expect(notificationPath(notification, portalBase)).toBe(expected);
  });
});
