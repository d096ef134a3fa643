import { dealNotificationTitle, NOTIFICATION_TITLE_MAX } from "../deal-notifications";

describe("dealNotificationTitle", () => {
  it("says which deal and what happened", () => {
    expect(dealNotificationTitle("DEAL_APPROVED", 123, "Acme Corp")).toBe(
      "DR-000123 Acme Corp was approved",
    );
    expect(dealNotificationTitle("DEAL_SUBMITTED", 7, "Globex")).toBe(
      "DR-000007 Globex was submitted for approval",
    );
  });

  it("shortens long customer names to fit", () => {
    const title = dealNotificationTitle("DEAL_EXPIRING_SOON", 1, "x".repeat(300));
    expect(title.length).toBeLessThanOrEqual(NOTIFICATION_TITLE_MAX);
    expect(title).toMatch(/^DR-000001 x+… loses its protection soon$/);
  });
});
