import { formatMoney } from "@prm/domain";
import type { Locator, Page } from "playwright-core";
import { formatAmount } from "../src/app/format/money";
import { formatPercent } from "../src/app/format/percent";
import {
  describeInBrowser,
  graphqlInPage,
  newPage,
  screenshot,
  screenshotOf,
  seriousAccessibilityViolations,
  signIn,
  useBrowser,
} from "./support/browser";

const PERIOD = "{ preset: THIS_QUARTER }";
const PHONE = { width: 390, height: 844 };
/** Northwind's sales operations user: in the organization, not in the sales manager's team. */
const NORTHWIND_OPS_ID = "00000000-0000-4000-8000-1c0000000003";
/** A seller of another partner. */
const CONTOSO_SELLER_ID = "00000000-0000-4000-8000-1c0000000004";

const TEAM_WIDGETS = [
  "Team leaderboard",
  "Team pipeline by seller",
  "Team quota attainment",
  "Team activities overdue",
];

interface SellerPerformance {
  seller: { id: string; name: string };
  wonAmount: string;
  wonCount: number;
  openAmount: string;
  quotaAmount: string | null;
  quotaAttainment: number | null;
}

const compact = (amount: string) => formatMoney(amount, { compact: true });

function widget(page: Page, name: string): Locator {
  return page.getByRole("region", { name, exact: true });
}

async function openDefaultDashboard(page: Page, email: string, portal: string, path: string) {
  await signIn(page, email);
  await page.waitForURL(`**${path}`);
  await graphqlInPage(page, `mutation { resetDashboard(portal: ${portal}) { isDefault } }`);
  await page.reload();
  await widget(page, "Team leaderboard").getByRole("link").first().waitFor();
  await page.waitForLoadState("networkidle");
}

async function teamPerformance(page: Page): Promise<SellerPerformance[]> {
  const data = await graphqlInPage<{ teamPerformance: SellerPerformance[] }>(
    page,
    `{ teamPerformance(period: ${PERIOD}) {
        seller { id name } wonAmount wonCount openAmount quotaAmount quotaAttainment } }`,
  );
  return data.teamPerformance;
}

/** What the leaderboard's row of `row` shows, its parts joined by " | " (as `rowTexts` reads it). */
function leaderboardRow(row: SellerPerformance, rank: number): string {
  const quota = row.quotaAttainment === null ? "No quota" : formatPercent(row.quotaAttainment);
  return `${rank}. | ${row.seller.name} | ${formatAmount(row.wonAmount)} · ${row.wonCount} won | ${quota}`;
}

/** Each row link's visible text, its parts joined by " | " (links are named by what they show). */
async function rowTexts(list: Locator): Promise<string[]> {
  return list.getByRole("link").evaluateAll((links) =>
    links.map((link) =>
      [...link.querySelectorAll("p, span")]
        .filter((part) => part.children.length === 0 && part.textContent)
        .map((part) => part.textContent)
        .join(" | "),
    ),
  );
}

/** The team line of the quota widget, from the rows: the sum of quotas and of what they won. */
function teamTotalLabel(rows: readonly SellerPerformance[]): string | null {
  const withQuota = rows.filter((row) => row.quotaAmount !== null);
  if (withQuota.length === 0) return null;
  const cents = (amount: string) => Math.round(Number(amount) * 100);
  const quota = withQuota.reduce((sum, row) => sum + cents(row.quotaAmount ?? "0"), 0);
  const won = withQuota.reduce((sum, row) => sum + cents(row.wonAmount), 0);
  const money = (value: number) => formatAmount((value / 100).toFixed(2));
  return `Team total: ${formatPercent(won / quota)}, ${money(won)} won of ${money(quota)}`;
}

async function expectTeamFigures(page: Page, rows: readonly SellerPerformance[]) {
  expect(rows.length).toBeGreaterThan(1);
  const leaderboard = widget(page, "Team leaderboard");
  expect(await rowTexts(leaderboard)).toEqual(rows.map((row, i) => leaderboardRow(row, i + 1)));

  const pipeline = widget(page, "Team pipeline by seller");
  const open = rows.filter((row) => Number(row.openAmount) > 0);
  if (open.length > 0) {
    const described = (await pipeline.locator("svg[role=group]").getAttribute("aria-label")) ?? "";
    for (const row of open) {
      expect(described).toContain(`${row.seller.name} ${compact(row.openAmount)}`);
    }
  } else {
    await pipeline.getByText("No open pipeline closing this quarter").waitFor();
  }

  const quotas = widget(page, "Team quota attainment");
  const total = teamTotalLabel(rows);
  if (total) {
    await quotas.getByRole("group", { name: total }).waitFor();
    expect(await quotas.getByRole("link").count()).toBe(rows.length);
  } else {
    await quotas.getByText("No quotas for this quarter").waitFor();
  }
}

describeInBrowser("The sales manager's team dashboard and a person's view", () => {
  const browser = useBrowser();

  it("shows the team widgets with the API's figures and opens a seller's view from the leaderboard", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await openDefaultDashboard(
        page,
        "manager@northwind.demo",
        "PARTNER_SALES_MANAGER",
        "/manager",
      );
      for (const name of TEAM_WIDGETS) await widget(page, name).waitFor();
      const rows = await teamPerformance(page);
      await expectTeamFigures(page, rows);

      // Activities overdue: the people with overdue tasks, from the API's teamActivity.
      const activity = await graphqlInPage<{
        teamActivity: { seller: { name: string }; tasksOverdue: number }[];
      }>(page, `{ teamActivity(period: ${PERIOD}) { seller { name } tasksOverdue } }`);
      const overdue = widget(page, "Team activities overdue");
      const late = activity.teamActivity.filter((row) => row.tasksOverdue > 0);
      if (late.length > 0) {
        const shown = await rowTexts(overdue);
        expect(shown).toHaveLength(Math.min(late.length, 10));
        for (const text of shown) {
          const row = late.find((r) => text.startsWith(`${r.seller.name} | `));
          expect(row).toBeDefined();
          expect(text).toContain(` | ${row?.tasksOverdue} overdue | `);
        }
      } else {
        await overdue.getByText("No overdue tasks").waitFor();
      }

      for (const [name, file] of [
        ["Team leaderboard", "widget-team-leaderboard"],
        ["Team pipeline by seller", "widget-team-pipeline"],
        ["Team quota attainment", "widget-team-quotas"],
        ["Team activities overdue", "widget-team-activities-overdue"],
      ] as const) {
        await screenshotOf(widget(page, name), file);
      }
      await screenshot(page, "dashboard-sales-manager-team");

      // A seller's row (not the manager's own) opens their view inside the manager portal.
      const me = await graphqlInPage<{ me: { id: string } }>(page, "{ me { id } }");
      const seller = rows.find((row) => row.seller.id !== me.me.id);
      expect(seller).toBeDefined();
      const sellerId = seller?.seller.id ?? "";
      const rank = rows.indexOf(seller as SellerPerformance) + 1;
      await widget(page, "Team leaderboard")
        .getByRole("link")
        .nth(rank - 1)
        .click();
      await page.waitForURL(`**/manager/team/${sellerId}?period=THIS_QUARTER`);
      await page.getByRole("heading", { name: seller?.seller.name, level: 1 }).waitFor();

      const { salesMetrics } = await graphqlInPage<{
        salesMetrics: {
          pipeline: { openAmount: string; weightedAmount: string };
          winLoss: { wonAmount: string; winRate: number | null };
          quota: { quotaAmount: string | null; amountToClose: string | null };
        };
      }>(
        page,
        `query($id: ID!) { salesMetrics(input: { period: ${PERIOD}, sellerId: $id }) {
            pipeline { openAmount weightedAmount } winLoss { wonAmount winRate }
            quota { quotaAmount amountToClose } } }`,
        { id: sellerId },
      );
      const kpi = (label: string) => page.getByRole("region", { name: label, exact: true });
      await kpi("Won amount")
        .getByText(formatAmount(salesMetrics.winLoss.wonAmount), { exact: true })
        .waitFor();
      await kpi("Open pipeline")
        .getByText(formatAmount(salesMetrics.pipeline.openAmount), { exact: true })
        .waitFor();
      await kpi("Weighted pipeline")
        .getByText(formatAmount(salesMetrics.pipeline.weightedAmount), { exact: true })
        .waitFor();
      await kpi("Win rate")
        .getByText(formatPercent(salesMetrics.winLoss.winRate), { exact: true })
        .waitFor();
      const quota = salesMetrics.quota;
      if (quota.quotaAmount === null) {
        await kpi("Quota").getByText("No quota", { exact: true }).waitFor();
      } else {
        await kpi("Quota").getByText(formatAmount(quota.quotaAmount), { exact: true }).waitFor();
        const toClose = quota.amountToClose ?? "0";
        await kpi("Quota")
          .getByText(
            Number(toClose) === 0
              ? "Met: nothing left to close"
              : `${formatAmount(toClose)} still to close`,
          )
          .waitFor();
      }
      // The same figures as the team row of that seller.
      expect(salesMetrics.winLoss.wonAmount).toBe(seller?.wonAmount);
      expect(salesMetrics.pipeline.openAmount).toBe(seller?.openAmount);
      await page.waitForLoadState("networkidle");
      await screenshot(page, "team-member-overview");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // Their opportunities, deals and activities.
      await page.getByRole("tab", { name: "Opportunities" }).click();
      await page
        .getByText(/open opportunities|Open in Opportunities/)
        .first()
        .waitFor();
      await screenshot(page, "team-member-opportunities");
      await page.getByRole("tab", { name: "Deals" }).click();
      await page.getByRole("heading", { name: "Deal registrations" }).waitFor();
      await page.getByRole("tab", { name: "Activities" }).click();
      await page.getByRole("heading", { name: "Open tasks" }).waitFor();
      await page.getByRole("status", { name: "Loading" }).first().waitFor({ state: "detached" });
      await page.waitForLoadState("networkidle");
      await screenshot(page, "team-member-activities");

      // The person with the most open pipeline: their stage chart.
      const busiest = [...rows].sort((a, b) => Number(b.openAmount) - Number(a.openAmount))[0];
      if (busiest && Number(busiest.openAmount) > 0) {
        await page.goto(`/manager/team/${busiest.seller.id}`);
        await page.getByRole("img", { name: /^Open pipeline by stage: / }).waitFor();
        await page.waitForLoadState("networkidle");
        await screenshot(page, "team-member-pipeline");
      }

      // The Team section lists the same people.
      await page.getByRole("link", { name: "Team", exact: true }).first().click();
      await page.waitForURL("**/manager/team");
      const table = page.getByRole("table", { name: "Team" });
      await table.waitFor();
      expect(await table.locator("tbody tr").count()).toBe(rows.length);
      await page.waitForLoadState("networkidle");
      await screenshot(page, "team-list");
    } finally {
      await context.close();
    }
  });

  it("says so for a person outside the team, and never shows their figures", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await signIn(page, "manager@northwind.demo");
      await page.waitForURL("**/manager");
      for (const id of [NORTHWIND_OPS_ID, CONTOSO_SELLER_ID]) {
        await page.goto(`/manager/team/${id}`);
        await page.getByRole("heading", { name: "This person isn't in your team" }).waitFor();
        expect(await page.getByRole("region", { name: "Won amount" }).count()).toBe(0);
      }
      await screenshot(page, "team-member-not-in-team");
    } finally {
      await context.close();
    }
  });

  it("reads well in the dark and at 390 px", async () => {
    const { context, page } = await newPage(browser.current, PHONE);
    try {
      await page.emulateMedia({ colorScheme: "dark" });
      await openDefaultDashboard(
        page,
        "manager@northwind.demo",
        "PARTNER_SALES_MANAGER",
        "/manager",
      );
      expect(await page.evaluate(() => document.documentElement.className)).toContain("dark");
      for (const name of TEAM_WIDGETS) await widget(page, name).waitFor();
      await screenshot(page, "dashboard-sales-manager-team-phone-dark");
      for (const name of TEAM_WIDGETS) {
        await screenshotOf(
          widget(page, name),
          `phone-dark-${name.toLowerCase().replace(/\W+/g, "-")}`,
        );
      }
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
      // A row opens the person from the keyboard too.
      await widget(page, "Team leaderboard").getByRole("link").first().focus();
      await page.keyboard.press("Enter");
      await page.waitForURL("**/manager/team/**");
      await page.getByRole("region", { name: "Won amount" }).waitFor();
      await page.waitForLoadState("networkidle");
      await screenshot(page, "team-member-phone-dark");
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
    } finally {
      await context.close();
    }
  });

  it("shows sales operations the team widgets for the whole organization", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await openDefaultDashboard(page, "ops@northwind.demo", "PARTNER_SALES_OPS", "/ops");
      const rows = await teamPerformance(page);
      // The organization: more people than the sales manager's team, the manager among them.
      expect(rows.some((row) => row.seller.id === NORTHWIND_OPS_ID)).toBe(true);
      const leaderboard = widget(page, "Team leaderboard");
      expect(await rowTexts(leaderboard)).toEqual(rows.map((row, i) => leaderboardRow(row, i + 1)));
      // Add the other team widgets, which the ops default leaves out, and check their figures.
      await graphqlInPage(
        page,
        `mutation { saveDashboard(input: { portal: PARTNER_SALES_OPS, widgets: [
            { id: "l", widget: "teamLeaderboard", x: 0, y: 0, w: 6, h: 5, config: { period: THIS_QUARTER } },
            { id: "p", widget: "teamPipeline", x: 6, y: 0, w: 6, h: 5, config: { period: THIS_QUARTER } },
            { id: "q", widget: "teamQuotas", x: 0, y: 5, w: 6, h: 6, config: { period: THIS_QUARTER } },
            { id: "a", widget: "teamActivitiesOverdue", x: 6, y: 5, w: 6, h: 6, config: { limit: 10 } }
          ] }) { isDefault } }`,
      );
      await page.reload();
      await widget(page, "Team leaderboard").getByRole("link").first().waitFor();
      await page.waitForLoadState("networkidle");
      await expectTeamFigures(page, rows);
      await screenshot(page, "dashboard-sales-ops-team");
      // A dashboard of the team widgets alone: nothing of theirs fails WCAG A/AA.
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await graphqlInPage(
        page,
        `mutation { resetDashboard(portal: PARTNER_SALES_OPS) { isDefault } }`,
      );
    } finally {
      await context.close();
    }
  });
});
