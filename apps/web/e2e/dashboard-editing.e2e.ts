import { DEFAULT_DASHBOARDS } from "@prm/domain";
import type { Page } from "playwright-core";
import {
  describeInBrowser,
  graphqlInPage,
  useBrowser,
  newPage,
  screenshot,
  signIn,
} from "./support/browser";

interface SavedWidget {
  widget: string;
  x: number;
  y: number;
  w: number;
  h: number;
  config: { period: string | null; limit: number | null };
}

const DASHBOARD_QUERY = `query ($portal: Portal!) {
  dashboard(portal: $portal) { isDefault widgets { id widget x y w h config { period limit } } }
}`;

async function savedDashboard(page: Page, portal: string) {
  const data = await graphqlInPage<{ dashboard: { isDefault: boolean; widgets: SavedWidget[] } }>(
    page,
    DASHBOARD_QUERY,
    { portal },
  );
  return data.dashboard;
}

/** Runs `action` and waits until the dashboard it changed has been saved. */
async function andWaitForSave(page: Page, action: () => Promise<void>) {
  const saved = page.waitForResponse(
    (response) =>
      response.url().endsWith("/graphql") &&
      (response.request().postData() ?? "").includes('"operationName":"SaveDashboard"'),
  );
  await action();
  await saved;
  await page.getByRole("status").filter({ hasText: "Saved" }).waitFor();
}

async function widgetBoxes(page: Page) {
  const regions = page.locator(".react-grid-item section[aria-label]");
  const boxes: { title: string | null; x: number; y: number; width: number; height: number }[] = [];
  for (const region of await regions.all()) {
    const box = await region.boundingBox();
    if (box) {
      boxes.push({
        title: await region.getAttribute("aria-label"),
        x: Math.round(box.x),
        y: Math.round(box.y),
        width: Math.round(box.width),
        height: Math.round(box.height),
      });
    }
  }
  return boxes.sort((a, b) => a.y - b.y || a.x - b.x);
}

describeInBrowser("Dashboard editing", () => {
  const browser = useBrowser();

  it("the channel manager adds, moves and removes widgets, and finds them so after a reload", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await signIn(page, "cm@demo.prm");
      await page.waitForURL("**/cm");
      await graphqlInPage(
        page,
        `mutation { resetDashboard(portal: CHANNEL_MANAGER) { isDefault } }`,
      );
      await page.reload();
      await page
        .getByRole("region", { name: "Deals awaiting approval" })
        .getByRole("table")
        .waitFor();

      await page.getByRole("button", { name: "Edit dashboard" }).click();

      // Add "Deals by status" from the catalogue: it lands bottom left, under the partners list.
      await page.getByRole("button", { name: "Add widget" }).click();
      const dialog = page.getByRole("dialog", { name: "Add a widget" });
      await dialog.getByText("Submitted deal registrations waiting for a decision").waitFor();
      await andWaitForSave(page, () =>
        dialog.getByRole("button", { name: "Add Deals by status" }).click(),
      );
      const added = page
        .locator(".react-grid-item")
        .filter({ has: page.getByRole("region", { name: "Deals by status" }) });
      await added.waitFor();

      // Move it by its drag handle into the right column.
      const handle = added.locator(".widget-drag-handle").first();
      await handle.scrollIntoViewIfNeeded();
      const from = await handle.boundingBox();
      const before = await added.boundingBox();
      if (!from || !before) throw new Error("The new widget's drag handle is not visible");
      await andWaitForSave(page, async () => {
        await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
        await page.mouse.down();
        await page.mouse.move(from.x + 300, from.y + 10, { steps: 10 });
        await page.mouse.move(from.x + before.width + 16, from.y + 10, { steps: 10 });
        await page.mouse.up();
      });
      const after = await added.boundingBox();
      expect(after!.x).toBeGreaterThan(before.x + 300);

      // Give it its own period, then remove the win/loss chart.
      await andWaitForSave(page, async () => {
        await page.getByRole("combobox", { name: "Period of Deals by status" }).click();
        await page.getByRole("option", { name: "This year" }).click();
      });
      await andWaitForSave(page, () =>
        page.getByRole("button", { name: "Remove Partner win/loss" }).click(),
      );
      expect(await page.getByRole("region", { name: "Partner win/loss" }).count()).toBe(0);

      await page.getByRole("button", { name: "Done" }).click();
      const arranged = await widgetBoxes(page);
      const savedBeforeReload = await savedDashboard(page, "CHANNEL_MANAGER");
      expect(savedBeforeReload.isDefault).toBe(false);
      expect(savedBeforeReload.widgets).toEqual([
        expect.objectContaining({ widget: "partnerLeaderboard", x: 0, y: 0 }),
        expect.objectContaining({ widget: "pipelineByPartner", x: 6, y: 0 }),
        expect.objectContaining({ widget: "dealsAwaitingApproval", x: 6, y: 5 }),
        expect.objectContaining({ widget: "partnersList", x: 0, y: 10 }),
        expect.objectContaining({
          widget: "dealsByStatus",
          x: 6,
          y: 17,
          config: { period: "THIS_YEAR", limit: null },
        }),
      ]);

      await page.reload();
      await page
        .getByRole("region", { name: "Deals by status" })
        .getByText(/registrations worth/)
        .waitFor();
      await page
        .getByRole("region", { name: "Deals awaiting approval" })
        .getByRole("table")
        .waitFor();
      await page
        .getByRole("region", { name: "Partners", exact: true })
        .locator(".MuiDataGrid-row")
        .first()
        .waitFor();
      expect(await widgetBoxes(page)).toEqual(arranged);
      expect(
        await page.getByRole("combobox", { name: "Period of Deals by status" }).textContent(),
      ).toBe("This year");
      await page.waitForLoadState("networkidle");
      await screenshot(page, "dashboard-channel-manager-edited");
    } finally {
      await context.close();
    }

    // Another user with the same default layout is unaffected.
    const admin = await newPage(browser.current);
    try {
      await signIn(admin.page, "admin@demo.prm");
      await admin.page.waitForURL("**/admin");
      await admin.page
        .getByRole("region", { name: "Deals awaiting approval" })
        .getByRole("table")
        .waitFor();
      const adminDashboard = await savedDashboard(admin.page, "VENDOR_ADMIN");
      expect(adminDashboard.isDefault).toBe(true);
      expect(adminDashboard.widgets.map((w) => w.widget)).toEqual(
        DEFAULT_DASHBOARDS.VENDOR_ADMIN.map((placement) => placement.widget),
      );
    } finally {
      await admin.context.close();
    }
  });

  it("a widget's period is saved and survives a reload", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await signIn(page, "manager@northwind.demo");
      await page.waitForURL("**/manager");
      const widget = page.getByRole("region", { name: "Deals by status" });
      await widget.getByText(/registrations worth/).waitFor();
      await andWaitForSave(page, async () => {
        await page.getByRole("combobox", { name: "Period of Deals by status" }).click();
        await page.getByRole("option", { name: "This year" }).click();
      });
      await page.reload();
      await widget.getByText(/registrations worth/).waitFor();
      expect(
        await page.getByRole("combobox", { name: "Period of Deals by status" }).textContent(),
      ).toBe("This year");
    } finally {
      await context.close();
    }
  });
});
