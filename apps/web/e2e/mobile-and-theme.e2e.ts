import path from "node:path";
import type { Page } from "playwright-core";
import {
  describeInBrowser,
  newPage,
  screenshot,
  screenshotOf,
  seriousAccessibilityViolations,
  signIn,
  useBrowser,
} from "./support/browser";
import { DEMO_USERS, portalPathOf } from "./support/demo-users";
import { SCREENSHOTS } from "./support/paths";

const PHONE = { width: 390, height: 844 };

/** The scheme on screen: MUI puts it as a class on <html>. */
function shownScheme(page: Page): Promise<"light" | "dark"> {
  return page.evaluate(() =>
    document.documentElement.classList.contains("dark") ? "dark" : "light",
  );
}

async function waitForDashboard(page: Page) {
  await page.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => !document.querySelector("main .MuiSkeleton-root"));
}

/** How much wider than the window the page is: anything above zero scrolls sideways. */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Pairs of chart labels (axis ticks, names, figures) drawn over each other, as their texts. */
function overlappingChartLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const overlaps: string[] = [];
    for (const svg of document.querySelectorAll("main svg")) {
      const labels = [...svg.querySelectorAll("text")]
        .filter((text) => text.textContent?.trim())
        .map((text) => ({ text: text.textContent ?? "", box: text.getBoundingClientRect() }));
      labels.forEach((a, i) => {
        for (const b of labels.slice(i + 1)) {
          const apart =
            a.box.right <= b.box.left + 1 ||
            b.box.right <= a.box.left + 1 ||
            a.box.bottom <= b.box.top + 1 ||
            b.box.bottom <= a.box.top + 1;
          if (!apart) overlaps.push(`"${a.text}" over "${b.text}"`);
        }
      });
    }
    return overlaps;
  });
}

describeInBrowser("Phones, and the system's light or dark setting", () => {
  const browser = useBrowser();

  it("follows the system's setting until the user picks a theme; the pick wins and is remembered", async () => {
    const { context, page } = await newPage(browser.current, PHONE);
    try {
      await page.emulateMedia({ colorScheme: "dark" });
      await page.goto("/login");
      await page.getByRole("button", { name: "Sign in" }).waitFor();
      expect(await shownScheme(page)).toBe("dark");
      await screenshot(page, "phone-dark-login");

      await signIn(page, "cm@demo.prm");
      await waitForDashboard(page);
      expect(await shownScheme(page)).toBe("dark");
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
        "rgb(15, 20, 32)",
      );
      await screenshot(page, "phone-dark-dashboard-channel-manager");

      // No pick yet: a change of the system's setting shows at once.
      await page.emulateMedia({ colorScheme: "light" });
      await page.waitForFunction(() => !document.documentElement.classList.contains("dark"));

      // A pick wins over the system's setting, now and after a reload.
      await page.getByRole("button", { name: "Switch to dark theme" }).click();
      expect(await shownScheme(page)).toBe("dark");
      await page.reload();
      await waitForDashboard(page);
      expect(await shownScheme(page)).toBe("dark");

      await page.emulateMedia({ colorScheme: "dark" });
      await page.getByRole("button", { name: "Switch to light theme" }).click();
      await page.reload();
      await waitForDashboard(page);
      expect(await shownScheme(page)).toBe("light");
    } finally {
      await context.close();
    }
  });

  it.each(DEMO_USERS)(
    "at 390 px, $name's dashboard fits the screen and no chart label covers another",
    async (user) => {
      const { context, page } = await newPage(browser.current, PHONE);
      try {
        await signIn(page, user.email);
        await page.waitForURL(`**${portalPathOf(user)}`);
        await waitForDashboard(page);
        await page.waitForTimeout(300); // charts settle their size after the first measure
        await screenshot(page, `phone-${user.shot}`);
        const widgets = page.locator("main section[aria-label]");
        for (const widget of await widgets.all()) {
          const name = (await widget.getAttribute("aria-label"))!.toLowerCase();
          await screenshotOf(widget, `phone-${user.shot}-${name.replace(/\W+/g, "-")}`);
        }
        expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
        expect(await overlappingChartLabels(page)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it("on a laptop the partners widget's table is as tall as its rows, not as its card", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await signIn(page, "cm@demo.prm");
      await waitForDashboard(page);
      const widget = page.getByRole("region", { name: "Partners", exact: true });
      const rows = widget.locator(".MuiDataGrid-row");
      await rows.first().waitFor();
      const rowCount = await rows.count();
      const grid = (await widget.locator(".MuiDataGrid-root").boundingBox())!;
      // A 44 px header, 44 px rows and the pager: no empty rows' worth of table below the last.
      expect(grid.height).toBeLessThanOrEqual(44 * (rowCount + 1) + 64);
      await screenshotOf(widget, "widget-partners-list-fits-rows");
    } finally {
      await context.close();
    }
  });

  it("at 390 px the navigation drawer opens above the top bar and closes with Escape", async () => {
    const { context, page } = await newPage(browser.current, PHONE);
    try {
      await signIn(page, "cm@demo.prm");
      await waitForDashboard(page);
      // While the drawer is open the rest of the page is hidden from assistive technology.
      const menuButton = page.getByRole("button", { name: "Open navigation", includeHidden: true });
      await menuButton.focus();
      await page.keyboard.press("Enter");
      const drawer = page.getByRole("dialog", { name: "Navigation" });
      await drawer.getByRole("link", { name: "Partners" }).waitFor();
      await page.waitForTimeout(300); // the drawer's slide
      expect(await menuButton.getAttribute("aria-expanded")).toBe("true");

      // Nothing of the top bar lies over the drawer: its top corner and its first line are its own.
      const topmostIsDrawer = await page.evaluate(() => {
        const paper = document.querySelector('[role="dialog"][aria-label="Navigation"]');
        const heading = paper?.querySelector("nav li");
        if (!paper || !heading) return false;
        const box = heading.getBoundingClientRect();
        return [
          document.elementFromPoint(10, 10),
          document.elementFromPoint(box.left + 20, box.top + box.height / 2),
        ].every((element) => element !== null && paper.contains(element));
      });
      expect(topmostIsDrawer).toBe(true);
      expect(await drawer.evaluate((paper) => paper.contains(document.activeElement))).toBe(true);
      // What the phone shows (a full-page shot would stretch the fixed drawer over the page).
      await page.screenshot({ path: path.join(SCREENSHOTS, "phone-navigation-drawer.png") });
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await page.keyboard.press("Escape");
      await drawer.waitFor({ state: "hidden" });
      expect(await menuButton.getAttribute("aria-expanded")).toBe("false");
      expect(await menuButton.evaluate((button) => button === document.activeElement)).toBe(true);

      // A section chosen in the drawer opens and closes the drawer.
      await menuButton.click();
      await drawer.getByRole("link", { name: "Partners" }).click();
      await page.getByRole("heading", { name: "Partners", level: 1 }).waitFor();
      await drawer.waitFor({ state: "hidden" });
    } finally {
      await context.close();
    }
  });

  it.each([
    { email: "seller@northwind.demo", list: "Deal registrations", shot: "phone-deals-seller" },
    { email: "cm@demo.prm", list: "Approvals", shot: "phone-approvals-channel-manager" },
  ])("at 390 px $email's deal registrations are cards that open the deal", async (user) => {
    const { context, page } = await newPage(browser.current, PHONE);
    try {
      await signIn(page, user.email);
      await page.goto(`${new URL(page.url()).pathname}/deals`);
      const cards = page.getByRole("list", { name: user.list });
      await cards.getByRole("listitem").first().waitFor();
      expect(await page.getByRole("table").count()).toBe(0);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, user.shot);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      const first = cards.getByRole("link").first();
      const number = /DR-\d{6}/.exec((await first.textContent()) ?? "")?.[0];
      expect(number).toBeDefined();
      await first.click();
      await page.getByRole("heading", { level: 1, name: new RegExp(number!) }).waitFor();
    } finally {
      await context.close();
    }
  });

  it("at 390 px partners are cards, on their page and in the dashboard widget, dark too", async () => {
    const { context, page } = await newPage(browser.current, PHONE);
    try {
      await page.emulateMedia({ colorScheme: "dark" });
      await signIn(page, "cm@demo.prm");
      await waitForDashboard(page);
      const widget = page.getByRole("region", { name: "Partners", exact: true });
      const widgetCards = widget.getByRole("list", { name: "Partners" });
      await widgetCards.getByRole("listitem").first().waitFor();
      expect(await widget.locator(".MuiDataGrid-root").count()).toBe(0);
      await widget.scrollIntoViewIfNeeded();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await page.goto("/cm/partners");
      const cards = page.getByRole("list", { name: "Partners" });
      await cards.getByRole("listitem").first().waitFor();
      expect(await page.getByRole("table").count()).toBe(0);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, "phone-dark-partners");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      const name = (await cards.getByRole("link").first().locator("p").first().textContent())!;
      await cards.getByRole("link").first().click();
      await page.getByRole("heading", { level: 1, name }).waitFor();
      await page.waitForLoadState("networkidle");
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      expect(await overlappingChartLabels(page)).toEqual([]);
      await screenshot(page, "phone-dark-partner-page");
    } finally {
      await context.close();
    }
  });
});
