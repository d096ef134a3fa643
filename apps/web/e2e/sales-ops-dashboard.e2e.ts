import { formatMoney, sumMoney, toCents, type Role } from "@prm/domain";
import type { Locator, Page } from "playwright-core";
import { formatCount } from "../src/app/format/count";
import { formatAmount } from "../src/app/format/money";
import { ROLE_NAMES } from "../src/app/format/role-names";
import {
  describeInBrowser,
  eventually,
  graphqlInPage,
  newPage,
  screenshot,
  screenshotOf,
  signIn,
  useBrowser,
} from "./support/browser";

const PHONE = { width: 390, height: 844 };

interface OperatorsSummary {
  activeByRole: { role: Role; count: number }[];
  deactivated: number;
  invitationsPending: number;
  invitationsExpired: number;
}

interface Territory {
  id: string;
  name: string;
  parentId: string | null;
  openPipeline: string;
  openOpportunityCount: number;
}

function widget(page: Page, name: string): Locator {
  return page.getByRole("region", { name, exact: true });
}

/** The sales operations user on their default dashboard, both widgets drawn. */
async function openOpsDashboard(page: Page) {
  await signIn(page, "ops@northwind.demo");
  await page.waitForURL("**/ops");
  await graphqlInPage(page, `mutation { resetDashboard(portal: PARTNER_SALES_OPS) { isDefault } }`);
  await page.reload();
  await widget(page, "Operators").getByRole("list", { name: "Active users by role" }).waitFor();
  await widget(page, "Territories")
    .getByRole("table", { name: "Open pipeline by top-level territory" })
    .waitFor();
  await page.waitForLoadState("networkidle");
}

async function figures(page: Page) {
  return graphqlInPage<{ operatorsSummary: OperatorsSummary; territories: Territory[] }>(
    page,
    `{ operatorsSummary { activeByRole { role count } deactivated invitationsPending invitationsExpired }
       territories { id name parentId openPipeline openOpportunityCount } }`,
  );
}

/** How far a region reaches past the window's right edge (0: it fits). */
function overflowOf(region: Locator): Promise<number> {
  return region.evaluate((element) =>
    Math.max(
      0,
      ...[element, ...element.querySelectorAll("*")].map(
        (child) => child.getBoundingClientRect().right - window.innerWidth,
      ),
    ),
  );
}

describeInBrowser("The sales operations dashboard and the vendor side's partners", () => {
  const browser = useBrowser();

  it("shows the organization's operators and territories with the API's figures", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await openOpsDashboard(page);
      const api = await figures(page);

      // Operators: each role's active users, zeros included, then the invitations.
      const operators = widget(page, "Operators");
      const roles = operators.getByRole("list", { name: "Active users by role" }).getByRole("link");
      expect(await roles.evaluateAll((links) => links.map((l) => l.textContent))).toEqual(
        api.operatorsSummary.activeByRole.map(
          (row) => `${row.count.toLocaleString("en-US")}${ROLE_NAMES[row.role]}, active`,
        ),
      );
      const active = api.operatorsSummary.activeByRole.reduce((sum, row) => sum + row.count, 0);
      expect(active).toBeGreaterThan(1);
      expect(await operators.textContent()).toContain(`${active}active users`);
      expect(await operators.textContent()).toContain(
        formatCount(api.operatorsSummary.deactivated, "deactivated user"),
      );
      const pending = operators.getByRole("link", {
        name: `${formatCount(api.operatorsSummary.invitationsPending, "invitation")} pending`,
      });
      await pending.waitFor();

      // Territories: the top-level ones, largest open pipeline first, with the exact amounts.
      const topLevel = api.territories
        .filter((t) => t.parentId === null)
        .sort((a, b) => {
          const d = toCents(b.openPipeline) - toCents(a.openPipeline);
          return d !== 0n ? (d > 0n ? 1 : -1) : a.name.localeCompare(b.name);
        });
      expect(topLevel.length).toBeGreaterThan(1);
      expect(topLevel.some((t) => toCents(t.openPipeline) > 0n)).toBe(true);
      const territories = widget(page, "Territories");
      const rows = territories.locator("tbody tr");
      expect(await rows.count()).toBe(topLevel.length);
      expect(
        await rows.evaluateAll((trs) =>
          trs.map((tr) => [
            tr.querySelector("td a")?.textContent,
            ...[...tr.querySelectorAll("td")].slice(1).map((td) => td.textContent?.trim()),
          ]),
        ),
      ).toEqual(
        topLevel.map((t) => [t.name, formatAmount(t.openPipeline), String(t.openOpportunityCount)]),
      );
      expect(await territories.textContent()).toContain(
        formatMoney(sumMoney(topLevel.map((t) => t.openPipeline)), { compact: true }),
      );
      await screenshot(page, "dashboard-sales-ops-light");
      await screenshotOf(operators, "widget-operators-light");
      await screenshotOf(territories, "widget-territories-light");

      await page.emulateMedia({ colorScheme: "dark" });
      await page.waitForFunction(() => document.documentElement.classList.contains("dark"));
      await screenshotOf(operators, "widget-operators-dark");
      await screenshotOf(territories, "widget-territories-dark");
      await screenshot(page, "dashboard-sales-ops-dark");

      // A role opens the Operators section.
      await roles.first().click();
      await page.waitForURL("**/ops/operators");
      await page.getByRole("heading", { level: 1 }).waitFor();
    } finally {
      await context.close();
    }
  });

  it("at 390 px both widgets fit the screen", async () => {
    const { context, page } = await newPage(browser.current, PHONE);
    try {
      await openOpsDashboard(page);
      for (const name of ["Operators", "Territories"]) {
        const region = widget(page, name);
        await region.scrollIntoViewIfNeeded();
        expect(await overflowOf(region)).toBeLessThanOrEqual(1);
        await screenshotOf(region, `widget-${name.toLowerCase()}-phone`);
      }
      await screenshot(page, "dashboard-sales-ops-phone");
    } finally {
      await context.close();
    }
  });

  it("the vendor admin searches all partners on the server, and the pipeline widget sums the others", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await signIn(page, "admin@demo.prm");
      await page.waitForURL("**/admin");
      await graphqlInPage(page, `mutation { resetDashboard(portal: VENDOR_ADMIN) { isDefault } }`);
      await page.reload();

      // The dashboard's pipeline with five rows: five partners, then one bar for the rest, as
      // the API answers (the demo's twelve partners all have pipeline this quarter or not).
      const pipeline = widget(page, "Pipeline by partner");
      await pipeline.locator("svg[role=group] rect").first().waitFor();
      await pipeline.getByRole("combobox", { name: "Rows shown in Pipeline by partner" }).click();
      await page.getByRole("option", { name: "Top 5" }).click();
      const api = await graphqlInPage<{
        pipelineByPartner: {
          partner: { name: string } | null;
          otherPartnerCount: number;
          openAmount: string;
        }[];
        partners: { totalCount: number };
      }>(
        page,
        `{ pipelineByPartner(period: { preset: THIS_QUARTER }, limit: 5) {
             partner { name } otherPartnerCount openAmount }
           partners(first: 1) { totalCount } }`,
      );
      expect(api.pipelineByPartner).toHaveLength(6);
      const others = api.pipelineByPartner[5]!;
      expect(others.partner).toBeNull();
      expect(others.otherPartnerCount).toBe(api.partners.totalCount - 5);
      expect(toCents(others.openAmount)).toBeGreaterThan(0n);
      const chart = pipeline.locator("svg[role=group]");
      const expected = api.pipelineByPartner
        .filter((row) => row.partner)
        .map((row) => `${row.partner!.name} ${formatMoney(row.openAmount, { compact: true })}`);
      await eventually(async () => {
        const label = (await chart.getAttribute("aria-label")) ?? "";
        return expected.every((text) => label.includes(text));
      }, true);
      // The others are said under the chart, not drawn: the partners' bars keep their scale.
      expect(await chart.getByRole("link").count()).toBe(5);
      expect(await pipeline.textContent()).toContain(
        `All others (${formatCount(others.otherPartnerCount, "partner")}): ${formatMoney(others.openAmount, { compact: true })} open`,
      );
      await screenshotOf(pipeline, "widget-pipeline-by-partner-others");
      await graphqlInPage(page, `mutation { resetDashboard(portal: VENDOR_ADMIN) { isDefault } }`);

      // The Partners section: the server's search, over every partner.
      await page
        .getByRole("navigation", { name: "Portal sections" })
        .getByRole("link", { name: "Partners" })
        .click();
      const table = page.getByRole("table", { name: "Partners" });
      await table.locator("tbody tr a").first().waitFor();
      await page.getByText(`of ${api.partners.totalCount}`).waitFor();
      const found = await graphqlInPage<{
        partners: { totalCount: number; edges: { node: { name: string } }[] };
      }>(page, `{ partners(search: "contoso", first: 25) { totalCount edges { node { name } } } }`);
      expect(found.partners.totalCount).toBeGreaterThan(0);
      await page.getByRole("textbox", { name: "Search partners" }).fill("contoso");
      await page.getByText(`of ${found.partners.totalCount}`, { exact: false }).waitFor();
      await eventually(
        () =>
          table
            .locator("tbody tr")
            .evaluateAll((trs) => trs.map((tr) => tr.querySelector("a")?.textContent ?? "")),
        found.partners.edges.map((edge) => edge.node.name),
      );
      await screenshot(page, "admin-partners-search");
    } finally {
      await context.close();
    }
  });
});
