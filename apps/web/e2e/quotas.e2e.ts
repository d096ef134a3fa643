import { quotaPeriodContaining, quotaPeriodLabel, toCents } from "@prm/domain";
import type { Locator, Page } from "playwright-core";
import { formatPercent } from "../src/app/format/percent";
import {
  describeInBrowser,
  eventually,
  graphqlInPage,
  newPage,
  screenshot,
  seriousAccessibilityViolations,
  signIn,
  useBrowser,
} from "./support/browser";

const PHONE = { width: 390, height: 844 };
const CURRENT = quotaPeriodLabel(quotaPeriodContaining("QUARTER", new Date()));

function widget(page: Page, name: string): Locator {
  return page.getByRole("region", { name, exact: true });
}

interface TopPartner {
  partner: { id: string; name: string };
  wonAmount: string;
  quotaAttainment: number | null;
}

/** The partner the list shows first by default (most won this quarter), as the API has it. */
async function topPartner(page: Page): Promise<TopPartner> {
  const data = await graphqlInPage<{ partnerPerformance: { edges: { node: TopPartner }[] } }>(
    page,
    `{ partnerPerformance(period: { preset: THIS_QUARTER }, first: 1) {
        edges { node { partner { id name } wonAmount quotaAttainment } } } }`,
  );
  return data.partnerPerformance.edges[0]!.node;
}

/** The attainment the dashboard's partners list shows for `name`. */
function shownAttainment(page: Page, name: string): () => Promise<string> {
  return async () =>
    (
      await widget(page, "Partners")
        .locator(".MuiDataGrid-row")
        .filter({ hasText: name })
        .locator("[data-field=quotaAttainment]")
        .textContent()
    )?.trim() ?? "";
}

/** How much wider than the window the page is: anything above zero scrolls sideways. */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describeInBrowser("Quotas", () => {
  const browser = useBrowser();

  it("a channel manager sets a partner's quota and the partners list's attainment follows", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await signIn(page, "cm@demo.prm");
      await page.waitForURL("**/cm");
      await graphqlInPage(
        page,
        `mutation { resetDashboard(portal: CHANNEL_MANAGER) { isDefault } }`,
      );
      await page.reload();
      const top = await topPartner(page);
      const name = top.partner.name;
      const row = widget(page, "Partners").locator(".MuiDataGrid-row").filter({ hasText: name });
      await row.waitFor();
      const before = await shownAttainment(page, name)();
      expect(before).toBe(
        top.quotaAttainment === null ? "No quota" : formatPercent(top.quotaAttainment),
      );

      // A quota that makes the attainment 25 % (50 % if it already is): the won amount × 4 (× 2).
      const won = toCents(top.wonAmount);
      const factor = before === "25%" ? 2n : 4n;
      const amount = won === 0n ? "50000" : ((won * factor) / 100n).toString();
      const expected = won === 0n ? "0%" : formatPercent(Number(won) / Number(toCents(amount)));

      // The partner's page, its Quotas tab.
      await row.click();
      await page.getByRole("heading", { level: 1, name }).waitFor();
      await page.getByRole("tab", { name: "Quotas" }).click();
      await page.waitForURL(/tab=quotas/);
      const table = page.getByRole("table", { name: `Quotas of ${name}` });
      await table.waitFor();
      await page.waitForLoadState("networkidle");
      await screenshot(page, "partner-quotas-cm");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      const change = table.getByRole("button", { name: `Change the ${CURRENT} quota` });
      if (await change.count()) {
        await change.click();
        const dialog = page.getByRole("dialog", { name: `Change the ${CURRENT} quota` });
        await dialog.getByRole("textbox", { name: `Quota for ${CURRENT}` }).fill(amount);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await screenshot(page, "partner-quotas-dialog");
        await dialog.getByRole("button", { name: "Save" }).click();
      } else {
        await page.getByRole("button", { name: "Set quota" }).click();
        const dialog = page.getByRole("dialog", { name: "Set a quota" });
        await dialog.getByRole("textbox", { name: `Quota for ${CURRENT}` }).fill(amount);
        await dialog.getByRole("button", { name: "Set quota" }).click();
      }
      await page.getByText(`The ${CURRENT} quota of ${name} is saved.`).waitFor();
      const current = table.getByRole("row").filter({ hasText: CURRENT });
      await eventually(
        async () => (await current.textContent())?.includes(expected) ?? false,
        true,
      );

      // A quota overlapping it is refused, and the dialog says which.
      await page.getByRole("button", { name: "Set quota" }).click();
      const overlap = page.getByRole("dialog", { name: "Set a quota" });
      await overlap.getByRole("combobox", { name: "Period" }).click();
      await page.getByRole("option", { name: "Year" }).click();
      await overlap.getByRole("textbox", { name: /^Quota for/ }).fill("1");
      await overlap.getByRole("button", { name: "Set quota" }).click();
      // The year meets the quarters' quotas so far this year: they are named.
      await overlap.getByText(/already has (a quota|quotas) for Q1 \d{4}/).waitFor();
      await screenshot(page, "partner-quotas-overlap-refused");
      await overlap.getByRole("button", { name: "Cancel" }).click();

      // Back on the dashboard (no reload), the list shows the new attainment.
      await page
        .getByRole("navigation", { name: "Portal sections" })
        .getByRole("link", { name: "Dashboard" })
        .click();
      await row.waitFor();
      await eventually(shownAttainment(page, name), expected);
      expect(expected).not.toBe(before);
    } finally {
      await context.close();
    }
  });

  it("a sales manager sees the team's quotas for a period; light, dark and phone", async () => {
    const light = await newPage(browser.current);
    const dark = await newPage(browser.current);
    const phone = await newPage(browser.current, PHONE);
    try {
      await dark.page.emulateMedia({ colorScheme: "dark" });
      for (const [page, name] of [
        [light.page, "seller-quotas-manager"],
        [dark.page, "seller-quotas-manager-dark"],
      ] as const) {
        await signIn(page, "manager@northwind.demo");
        await page
          .getByRole("navigation", { name: "Portal sections" })
          .getByRole("link", { name: "Quotas" })
          .click();
        await page.getByRole("table", { name: `Seller quotas for ${CURRENT}` }).waitFor();
        await page.waitForLoadState("networkidle");
        await screenshot(page, name);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
      }

      await signIn(phone.page, "cm@demo.prm");
      const top = await topPartner(phone.page);
      await phone.page.goto(`/cm/partners/${top.partner.id}?tab=quotas`);
      await phone.page.getByRole("list", { name: `Quotas of ${top.partner.name}` }).waitFor();
      await phone.page.waitForLoadState("networkidle");
      expect(await sidewaysOverflow(phone.page)).toBeLessThanOrEqual(0);
      await screenshot(phone.page, "partner-quotas-phone");
      expect(await seriousAccessibilityViolations(phone.page)).toEqual([]);
    } finally {
      await light.context.close();
      await dark.context.close();
      await phone.context.close();
    }
  });
});
