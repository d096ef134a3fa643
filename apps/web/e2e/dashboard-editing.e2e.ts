import { DEFAULT_DASHBOARDS } from "@prm/domain";
import type { Page } from "playwright-core";
import {
  describeInBrowser,
  eventually,
  graphqlInPage,
  useBrowser,
  newPage,
  screenshot,
  screenshotOf,
  seriousAccessibilityViolations,
  signIn,
} from "./support/browser";

const PHONE = { width: 390, height: 844 };

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

function resetChannelManagerDashboard(page: Page) {
  return graphqlInPage(page, `mutation { resetDashboard(portal: CHANNEL_MANAGER) { isDefault } }`);
}

/** The channel manager's default dashboard, drawn, in edit mode. */
async function editDefaultDashboard(page: Page) {
  await signIn(page, "cm@demo.prm");
  await page.waitForURL("**/cm");
  await resetChannelManagerDashboard(page);
  await page.reload();
  await page.getByRole("region", { name: "Deals awaiting approval" }).getByRole("table").waitFor();
  await page.getByRole("button", { name: "Edit dashboard" }).click();
}

/** Where the saved layout puts each widget: "widget x,y w×h". */
async function savedPlaces(page: Page) {
  const { widgets } = await savedDashboard(page, "CHANNEL_MANAGER");
  return widgets.map(({ widget, x, y, w, h }) => `${widget} ${x},${y} ${w}×${h}`);
}

const DEFAULT_PLACES = DEFAULT_DASHBOARDS.CHANNEL_MANAGER.map(
  ({ widget, x, y, w, h }) => `${widget} ${x},${y} ${w}×${h}`,
);

/** Whether the whole element is inside the window, as it is shown. */
function inView(page: Page, name: string) {
  return page.getByRole("region", { name }).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.innerHeight;
  });
}

const isFocused = (page: Page, role: "button" | "region", name: string) =>
  page
    .getByRole(role, { name, exact: true })
    .evaluate((element) => element === document.activeElement);

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
      // No free place above, so it lands at the bottom: the page takes the user there.
      await eventually(() => inView(page, "Deals by status"), true);
      expect(await isFocused(page, "region", "Deals by status")).toBe(true);

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

  it("a removed widget leaves no gap and comes back with Undo; a new one fills the first free place", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await editDefaultDashboard(page);

      // The approvals table rises into the place the pipeline chart leaves.
      await andWaitForSave(page, () =>
        page.getByRole("button", { name: "Remove Pipeline by partner" }).click(),
      );
      await page.getByRole("alert").filter({ hasText: "Pipeline by partner removed" }).waitFor();
      expect(await isFocused(page, "button", "Undo")).toBe(true);
      expect(await savedPlaces(page)).toContain("dealsAwaitingApproval 6,0 6×5");
      await page.mouse.move(0, 0);
      await screenshot(page, "dashboard-widget-removed-undo");

      await andWaitForSave(page, () => page.getByRole("button", { name: "Undo" }).click());
      expect(await savedPlaces(page)).toEqual(DEFAULT_PLACES);
      expect(await isFocused(page, "region", "Pipeline by partner")).toBe(true);

      // The win/loss chart's place stays free (the full-width list cannot rise past the
      // approvals table): a new widget goes there, not to the bottom.
      await andWaitForSave(page, () =>
        page.getByRole("button", { name: "Remove Partner win/loss" }).click(),
      );
      await page.getByRole("button", { name: "Add widget" }).click();
      await andWaitForSave(page, () =>
        page
          .getByRole("dialog", { name: "Add a widget" })
          .getByRole("button", { name: "Add Deals by status" })
          .click(),
      );
      expect(await savedPlaces(page)).toContain("dealsByStatus 0,5 6×4");
      await eventually(() => isFocused(page, "region", "Deals by status"), true);
      expect(await inView(page, "Deals by status")).toBe(true);
      await page
        .getByRole("region", { name: "Deals by status" })
        .getByText(/registrations worth/)
        .waitFor();
      await screenshot(page, "dashboard-widget-added-in-free-place");
    } finally {
      await resetChannelManagerDashboard(page);
      await context.close();
    }
  });

  it("the keyboard moves and resizes the focused widget, and says so", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await editDefaultDashboard(page);
      const status = page.getByRole("alert").getByRole("status");

      await page.getByRole("button", { name: "Move or resize Partner leaderboard" }).focus();
      await andWaitForSave(page, () => page.keyboard.press("ArrowDown"));
      await status.getByText("Partner leaderboard moved to row 6, column 1.").waitFor();
      await andWaitForSave(page, () => page.keyboard.press("Shift+ArrowDown"));
      await status
        .getByText("Partner leaderboard is now 6 columns wide and 6 rows high.")
        .waitFor();
      expect(await isFocused(page, "button", "Move or resize Partner leaderboard")).toBe(true);
      expect(await savedPlaces(page)).toEqual([
        "partnerLeaderboard 0,5 6×6",
        "pipelineByPartner 6,0 6×5",
        "partnerWinLoss 0,0 6×5",
        "dealsAwaitingApproval 6,5 6×5",
        "partnersList 0,11 12×7",
      ]);
      const boxes = await widgetBoxes(page);
      expect(boxes.map((box) => box.title)).toEqual([
        "Partner win/loss",
        "Pipeline by partner",
        "Partner leaderboard",
        "Deals awaiting approval",
        "Partners",
      ]);

      // The same steps from the handle's menu, with a click (no dragging).
      await page.getByRole("button", { name: "Move or resize Partner leaderboard" }).click();
      const menu = page.getByRole("menu", { name: "Move or resize Partner leaderboard" });
      await menu.waitFor();
      await page.mouse.move(0, 0);
      await screenshot(page, "dashboard-arrange-menu");
      await andWaitForSave(page, () => menu.getByRole("menuitem", { name: /Move up/ }).click());
      await status.getByText("Partner leaderboard moved to row 1, column 1.").waitFor();

      // The resize grips show without hovering.
      await page.mouse.move(0, 0);
      const grips = page.locator(".react-grid-item > .react-resizable-handle");
      expect(await grips.count()).toBe(5);
      expect(await grips.first().evaluate((grip) => getComputedStyle(grip).opacity)).toBe("1");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshot(page, "dashboard-editing-keyboard");

      await page.getByRole("button", { name: "Switch to dark theme" }).click();
      await page.mouse.move(0, 0);
      await page.waitForFunction(() => !document.querySelector("[role=tooltip]"));
      await page.getByRole("button", { name: "Move or resize Pipeline by partner" }).focus();
      await andWaitForSave(page, () => page.keyboard.press("Shift+ArrowLeft"));
      await status
        .getByText("Pipeline by partner is now 5 columns wide and 5 rows high.")
        .waitFor();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshot(page, "dashboard-editing-keyboard-dark");
      // Close up: the handle's focus ring and the resize grip, on the dark background.
      await screenshotOf(
        page
          .locator(".react-grid-item")
          .filter({ has: page.getByRole("region", { name: "Pipeline by partner" }) }),
        "dashboard-widget-arranging-dark",
      );
      await page.getByRole("button", { name: "Switch to light theme" }).click();
    } finally {
      await resetChannelManagerDashboard(page);
      await context.close();
    }
  });

  it("on a phone the widgets stack, and a removed one still comes back with Undo", async () => {
    const { context, page } = await newPage(browser.current, PHONE);
    try {
      await editDefaultDashboard(page);
      // Stacked: no moving or resizing here, so no handles.
      expect(await page.getByRole("button", { name: /^Move or resize/ }).count()).toBe(0);

      await andWaitForSave(page, () =>
        page.getByRole("button", { name: "Remove Partner win/loss" }).click(),
      );
      await page.getByRole("alert").filter({ hasText: "Partner win/loss removed" }).waitFor();
      await screenshot(page, "phone-dashboard-widget-removed-undo");
      await andWaitForSave(page, () => page.getByRole("button", { name: "Undo" }).click());
      expect(await savedPlaces(page)).toEqual(DEFAULT_PLACES);
      await eventually(() => inView(page, "Partner win/loss"), true);
    } finally {
      await resetChannelManagerDashboard(page);
      await context.close();
    }
  });
});
