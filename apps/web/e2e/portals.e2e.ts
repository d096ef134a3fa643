import { describeInBrowser, useBrowser, newPage, screenshot, signIn } from "./support/browser";
import { DEMO_USERS, portalLabelOf, portalPathOf } from "./support/demo-users";

describeInBrowser("Each demo user's portal", () => {
  const browser = useBrowser();

  it.each(DEMO_USERS)("$email lands on the $name portal with real figures", async (user) => {
    const { context, page } = await newPage(browser.current);
    try {
      await signIn(page, user.email);
      await page.waitForURL(`**${portalPathOf(user)}`);
      await page.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();
      const nav = page.getByRole("navigation", { name: "Portal sections" });
      expect(await nav.textContent()).toContain(portalLabelOf(user));

      if (user.role === "CHANNEL_MANAGER" || user.role === "VENDOR_ADMIN") {
        // The partner widgets are checked figure by figure in partner-dashboard.e2e.ts.
        const leaderboard = page.getByRole("region", { name: "Partner leaderboard" });
        await leaderboard.getByText(/won by the top \d+ partners?/).waitFor();
        expect(await leaderboard.textContent()).toMatch(/\$[\d.,]+[KMB]? · \d+ won/);
        expect(await leaderboard.locator("svg[role=group] rect").count()).toBeGreaterThan(0);
        const partners = page.getByRole("region", { name: "Partners", exact: true });
        await partners.locator(".MuiDataGrid-row").first().waitFor();

        const queue = page.getByRole("region", { name: "Deals awaiting approval" });
        await queue.getByRole("table").waitFor();
        expect(await queue.textContent()).toMatch(/DR-\d{6}/);
        expect(await queue.textContent()).toMatch(/\$[\d,]+/);
      } else {
        const dealsByStatus = page.getByRole("region", { name: "Deals by status" });
        await dealsByStatus.getByText(/registrations worth/).waitFor();
        const summary = (await dealsByStatus.textContent()) ?? "";
        expect(summary).toMatch(/\d+\s*registrations worth \$[\d.,]+[KMB]?/);
        expect(await dealsByStatus.locator("svg[role=img] rect").count()).toBeGreaterThan(0);
        expect(await page.getByRole("region", { name: "Deals awaiting approval" }).count()).toBe(0);
      }
      await page.waitForLoadState("networkidle");
      await screenshot(page, user.shot);
    } finally {
      await context.close();
    }
  });

  it("keeps the session across a reload and signs out", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await signIn(page, "ops@northwind.demo");
      await page.waitForURL("**/ops");
      await page.reload();
      await page.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/ops");

      await page.getByRole("button", { name: /^Account menu:/ }).click();
      await page.getByRole("menuitem", { name: "Sign out" }).click();
      await page.waitForURL("**/login");
      await page.goto("/ops");
      await page.waitForURL("**/login");
    } finally {
      await context.close();
    }
  });

  it("shows another role's portal as not available", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await signIn(page, "seller@northwind.demo");
      await page.waitForURL("**/seller");
      await page.goto("/cm");
      await page.getByRole("heading", { name: "Not available for your role" }).waitFor();
      await screenshot(page, "not-available");
    } finally {
      await context.close();
    }
  });

  it("collapses the navigation into a drawer on a tablet, in the dark theme too", async () => {
    const { context, page } = await newPage(browser.current, { width: 768, height: 1024 });
    try {
      await signIn(page, "cm@demo.prm");
      await page
        .getByRole("region", { name: "Partner leaderboard" })
        .getByText(/won by the top/)
        .waitFor();
      await page.getByRole("button", { name: "Switch to dark theme" }).click();
      await page.mouse.move(400, 600);
      await page.getByRole("button", { name: "Open navigation" }).click();
      await page
        .getByRole("navigation", { name: "Portal sections" })
        .getByRole("link", { name: "Partners" })
        .click();
      await page.getByRole("heading", { name: "Partners", level: 1 }).waitFor();
      await page.getByRole("table", { name: "Partners" }).getByRole("row").nth(1).waitFor();
      await screenshot(page, "tablet-dark-partners");
      await page.goto("/cm");
      await page
        .getByRole("region", { name: "Partner leaderboard" })
        .getByText(/won by the top/)
        .waitFor();
      expect(await page.evaluate(() => document.documentElement.className)).toContain("dark");
      await screenshot(page, "tablet-dark-dashboard");
    } finally {
      await context.close();
    }
  });
});
