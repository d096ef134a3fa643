import type { Page } from "playwright-core";
import {
  describeInBrowser,
  graphqlInPage,
  newPage,
  screenshot,
  seriousAccessibilityViolations,
  signIn,
  useBrowser,
} from "./support/browser";

const PHONE = { width: 390, height: 844 };
const stamp = Date.now().toString(36);
const REGION = `E2E Region ${stamp}`;
const AREA = `E2E Area ${stamp}`;

async function openTerritories(page: Page) {
  await signIn(page, "ops@northwind.demo");
  // On a phone the navigation is in a drawer.
  await page.getByRole("button", { name: /Account menu/ }).waitFor();
  const menu = page.getByRole("button", { name: "Open navigation" });
  if (await menu.isVisible()) await menu.click();
  await page
    .getByRole("navigation", { name: "Portal sections" })
    .getByRole("link", { name: "Territories" })
    .click();
  await page.getByRole("heading", { name: "Territories", level: 1 }).waitFor();
  await page.getByRole("tree", { name: "Territories" }).waitFor();
  await page.waitForLoadState("networkidle");
}

/** How much wider than the window the page is: anything above zero scrolls sideways. */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Elements reaching past the window's right edge, for a failure that says which. */
function widerThanWindow(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll("main *")]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`.slice(0, 120)),
  );
}

describeInBrowser("Territories", () => {
  const browser = useBrowser();

  it("sales operations build a two-level tree and assign a seller to it", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await openTerritories(page);
      await screenshot(page, "territories-ops");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // A region at the top level.
      await page.getByRole("button", { name: "Add top-level territory" }).click();
      const create = page.getByRole("dialog", { name: "Add a top-level territory" });
      await create.getByRole("textbox", { name: "Name" }).fill(REGION);
      await create.getByRole("button", { name: "Add territory" }).click();
      await page.getByText(`${REGION} was added.`).waitFor();
      const details = page.getByRole("region", { name: REGION });
      await details.waitFor();

      // An area under it, from the region's own panel.
      await details.getByRole("button", { name: "Add under" }).click();
      const child = page.getByRole("dialog", { name: `Add a territory under ${REGION}` });
      await child.getByRole("textbox", { name: "Name" }).fill(AREA);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await child.getByRole("button", { name: "Add territory" }).click();
      await page.getByText(`${REGION} › ${AREA} was added.`).waitFor();
      const area = page.getByRole("region", { name: AREA });
      await area.waitFor();

      // The seller covers the area.
      await area.getByRole("button", { name: "Assign people" }).click();
      const people = page.getByRole("dialog", { name: `People in ${AREA}` });
      await people.getByRole("combobox", { name: "People" }).fill("seller@northwind");
      await page.getByRole("option").filter({ hasText: "seller@northwind.demo" }).click();
      await screenshot(page, "territories-assign-people");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await people.getByRole("button", { name: "Save" }).click();
      await page.getByText(`The people in ${AREA} are saved.`).waitFor();
      const tree = page.getByRole("tree", { name: "Territories" });
      const areaItem = tree.getByRole("treeitem", { name: new RegExp(`^${AREA} — .*1 person$`) });
      await areaItem.waitFor();
      expect(await areaItem.getAttribute("aria-level")).toBe("2");

      // As the API has it: the area under the region, covered by the seller.
      const { territories } = await graphqlInPage<{
        territories: {
          id: string;
          name: string;
          parentId: string | null;
          users: { email: string }[];
        }[];
      }>(page, `{ territories { id name parentId users { email } } }`);
      const region = territories.find((t) => t.name === REGION)!;
      const created = territories.find((t) => t.name === AREA)!;
      expect(region.parentId).toBeNull();
      expect(created.parentId).toBe(region.id);
      expect(created.users.map((u) => u.email)).toEqual(["seller@northwind.demo"]);

      // The keyboard: from the area, left goes to its parent, Enter shows it.
      await areaItem.focus();
      await page.keyboard.press("ArrowLeft");
      await page.keyboard.press("Enter");
      await page.getByRole("region", { name: REGION }).waitFor();

      // The region is not empty: deleting it is explained, not attempted.
      await page
        .getByRole("region", { name: REGION })
        .getByRole("button", { name: "Delete" })
        .click();
      const refusal = page.getByRole("dialog", { name: `${REGION} cannot be deleted yet` });
      await refusal.getByText(`${REGION} has 1 child territory:`, { exact: false }).waitFor();
      await screenshot(page, "territories-delete-refused");
      await refusal.getByRole("button", { name: "OK" }).click();
      await page.waitForLoadState("networkidle");
      await screenshot(page, "territories-ops-built");
    } finally {
      await context.close();
    }
  });

  it("reads well in the dark and on a phone", async () => {
    const dark = await newPage(browser.current);
    const phone = await newPage(browser.current, PHONE);
    try {
      await dark.page.emulateMedia({ colorScheme: "dark" });
      await openTerritories(dark.page);
      await screenshot(dark.page, "territories-ops-dark");
      expect(await seriousAccessibilityViolations(dark.page)).toEqual([]);

      await openTerritories(phone.page);
      await screenshot(phone.page, "territories-ops-phone");
      expect(await widerThanWindow(phone.page)).toEqual([]);
      expect(await sidewaysOverflow(phone.page)).toBeLessThanOrEqual(0);
      expect(await seriousAccessibilityViolations(phone.page)).toEqual([]);
    } finally {
      await dark.context.close();
      await phone.context.close();
    }
  });
});
