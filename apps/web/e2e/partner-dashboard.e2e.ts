import fs from "node:fs";
import { formatMoney } from "@prm/domain";
import type { Locator, Page } from "playwright-core";
import { formatPercent } from "../src/app/format/percent";
import { formatAmount } from "../src/app/format/money";
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

const PERIOD = "{ preset: THIS_QUARTER }";
/** Northwind's sibling in the demo data that belongs to another channel manager. */
const CONTOSO_ID = "00000000-0000-4000-8000-0b0000000002";

interface Partner {
  id: string;
  name: string;
}

const compact = (amount: string) => formatMoney(amount, { compact: true });

async function openDefaultDashboard(page: Page) {
  await signIn(page, "cm@demo.prm");
  await page.waitForURL("**/cm");
  await graphqlInPage(page, `mutation { resetDashboard(portal: CHANNEL_MANAGER) { isDefault } }`);
  await page.reload();
  await widget(page, "Partners").locator(".MuiDataGrid-row").first().waitFor();
  for (const name of ["Partner leaderboard", "Pipeline by partner", "Partner win/loss"]) {
    await widget(page, name).locator("svg[role=group] rect").first().waitFor();
  }
  await page.waitForLoadState("networkidle");
}

function widget(page: Page, name: string): Locator {
  return page.getByRole("region", { name, exact: true });
}

async function chartLabel(region: Locator): Promise<string> {
  return (await region.locator("svg[role=group]").getAttribute("aria-label")) ?? "";
}

/** The partner names of the list's rows, top to bottom. */
function listedNames(page: Page): () => Promise<string[]> {
  return () =>
    widget(page, "Partners")
      .locator(".MuiDataGrid-row [data-field=name] .MuiTypography-root")
      .allTextContents();
}

async function performanceOrder(page: Page, field: string, direction: string) {
  const data = await graphqlInPage<{
    partnerPerformance: { edges: { node: { partner: Partner } }[] };
  }>(
    page,
    `{ partnerPerformance(period: ${PERIOD}, first: 10, orderBy: { field: ${field}, direction: ${direction} }) {
        edges { node { partner { id name } } } } }`,
  );
  return data.partnerPerformance.edges.map((edge) => edge.node.partner.name);
}

describeInBrowser("The channel manager's partner dashboard", () => {
  const browser = useBrowser();

  it("shows the four partner widgets with the API's figures", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await openDefaultDashboard(page);
      const api = await graphqlInPage<{
        partnerLeaderboard: {
          rank: number;
          partner: Partner;
          wonAmount: string;
          wonCount: number;
        }[];
        pipelineByPartner: { partner: Partner; openAmount: string; openCount: number }[];
        partnerWinLoss: {
          partner: Partner;
          wonCount: number;
          lostCount: number;
          winRate: number | null;
        }[];
      }>(
        page,
        `{ partnerLeaderboard(period: ${PERIOD}, limit: 10) { rank partner { id name } wonAmount wonCount }
           pipelineByPartner(period: ${PERIOD}) { partner { id name } openAmount openCount }
           partnerWinLoss(period: ${PERIOD}) { partner { id name } wonCount lostCount winRate } }`,
      );
      expect(api.partnerLeaderboard.length).toBeGreaterThan(1);

      // Leaderboard: every partner in rank order, with its won amount and count.
      const leaderboard = widget(page, "Partner leaderboard");
      const described = await chartLabel(leaderboard);
      const positions = api.partnerLeaderboard.map((row) =>
        described.indexOf(
          `${row.rank}. ${row.partner.name} ${compact(row.wonAmount)} (${row.wonCount} won)`,
        ),
      );
      expect(positions.every((at) => at >= 0)).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      const top = api.partnerLeaderboard[0]!;
      expect(await leaderboard.locator("svg[role=group]").textContent()).toContain(
        `${compact(top.wonAmount)} · ${top.wonCount} won`,
      );
      expect(await leaderboard.locator("svg[role=group] a").count()).toBe(
        api.partnerLeaderboard.length,
      );

      // Pipeline: the partners with open pipeline, largest first, with their open amount.
      const pipeline = widget(page, "Pipeline by partner");
      const pipelineLabel = await chartLabel(pipeline);
      const open = api.pipelineByPartner.filter((row) => row.openCount > 0);
      const pipelineAt = open.map((row) =>
        pipelineLabel.indexOf(`${row.partner.name} ${compact(row.openAmount)}`),
      );
      expect(pipelineAt.every((at) => at >= 0)).toBe(true);
      expect([...pipelineAt].sort((a, b) => a - b)).toEqual(pipelineAt);
      expect(await pipeline.getByRole("list", { name: "Legend" }).textContent()).toBe(
        "QualificationDiscoveryProposalNegotiation",
      );

      // Win/loss: each partner that closed something, with counts and win rate.
      const winLoss = widget(page, "Partner win/loss");
      const winLossLabel = await chartLabel(winLoss);
      for (const row of api.partnerWinLoss.filter((r) => r.wonCount + r.lostCount > 0)) {
        expect(winLossLabel).toContain(
          `${row.partner.name} ${row.wonCount} won, ${row.lostCount} lost (win rate ${formatPercent(row.winRate)})`,
        );
      }
      const won = api.partnerWinLoss.reduce((sum, row) => sum + row.wonCount, 0);
      const lost = api.partnerWinLoss.reduce((sum, row) => sum + row.lostCount, 0);
      expect(await winLoss.textContent()).toContain(`${won} won, ${lost} lost`);

      // Partners list: the server's default order (won amount, largest first).
      expect(await listedNames(page)()).toEqual(await performanceOrder(page, "WON_AMOUNT", "DESC"));

      await screenshotOf(leaderboard, "widget-partner-leaderboard");
      await screenshotOf(pipeline, "widget-pipeline-by-partner");
      await screenshotOf(winLoss, "widget-partner-win-loss");
      await screenshotOf(widget(page, "Partners"), "widget-partners-list");
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, "dashboard-channel-manager-partners");

      // Hovering a bar explains it in full: name, money, count.
      const firstBar = leaderboard.locator("svg[role=group] rect").last();
      await firstBar.hover();
      const tooltip = page.getByText("Won amount", { exact: true });
      await tooltip.waitFor();
      await screenshotOf(leaderboard, "widget-partner-leaderboard-tooltip");
    } finally {
      await context.close();
    }
  });

  it("sorts the partners list on the server, exports it, and opens a partner's page", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await openDefaultDashboard(page);
      const list = widget(page, "Partners");

      await list.getByRole("columnheader", { name: /Partner/ }).click();
      await eventually(listedNames(page), await performanceOrder(page, "NAME", "ASC"));
      await list.getByRole("columnheader", { name: /Open pipeline/ }).click();
      const byOpen = await performanceOrder(page, "OPEN_AMOUNT", "DESC");
      await eventually(listedNames(page), byOpen);
      await list.getByRole("columnheader", { name: /Attainment/ }).click();
      await eventually(listedNames(page), await performanceOrder(page, "QUOTA_ATTAINMENT", "DESC"));
      await list.getByRole("columnheader", { name: /Open pipeline/ }).click();
      await eventually(listedNames(page), byOpen);

      // The CSV holds every partner in the list's order, figures raw.
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        list.getByRole("button", { name: "Export CSV" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe("partners-this-quarter.csv");
      const csv = fs.readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
      const lines = csv.trimEnd().split("\r\n");
      expect(lines[0]).toMatch(/^Partner ID,Partner,Tier,Open amount,/);
      expect(lines.slice(1).map((line) => line.split(",")[1])).toEqual(byOpen);
      expect(lines[1]).toMatch(/,\d+\.\d{2},/);

      // A row opens the partner's page, on the list's period.
      const name = byOpen[0]!;
      await list.locator(".MuiDataGrid-row").filter({ hasText: name }).click();
      await page.waitForURL(/\/cm\/partners\/[0-9a-f-]+\?period=THIS_QUARTER$/);
      await page.getByRole("heading", { level: 1, name }).waitFor();
      const partnerId = new URL(page.url()).pathname.split("/").at(-1)!;
      const detail = await graphqlInPage<{
        partner: {
          partner: { channelManager: { name: string } | null };
          performance: { wonAmount: string; openAmount: string };
          topSellers: { seller: { name: string } }[];
          recentDeals: { id: string; number: string }[];
        };
      }>(
        page,
        `query ($id: ID!) { partner(id: $id, period: ${PERIOD}) {
            partner { channelManager { name } }
            performance { wonAmount openAmount }
            topSellers { seller { name } }
            recentDeals(limit: 8) { id number } } }`,
        { id: partnerId },
      );
      const kpi = (label: string) => page.getByRole("region", { name: label, exact: true });
      expect(await kpi("Won amount").textContent()).toContain(
        formatAmount(detail.partner.performance.wonAmount),
      );
      expect(await kpi("Open pipeline").textContent()).toContain(
        formatAmount(detail.partner.performance.openAmount),
      );
      expect(await page.locator("main").textContent()).toContain(
        `Channel manager: ${detail.partner.partner.channelManager?.name}`,
      );
      const sellers = page.getByRole("table", { name: "Top sellers" });
      for (const { seller } of detail.partner.topSellers) {
        expect(await sellers.textContent()).toContain(seller.name);
      }
      await page
        .getByRole("region", { name: "Open pipeline by stage" })
        .locator("svg[role=img]")
        .waitFor();
      await page.waitForLoadState("networkidle");
      await screenshot(page, "partner-page");

      // The period can change on the page, and stays in the address.
      await page.getByRole("combobox", { name: "Period" }).click();
      await page.getByRole("option", { name: "This year" }).click();
      await page.waitForURL(/period=THIS_YEAR$/);

      // A recent deal opens the channel manager's review page.
      const deal = detail.partner.recentDeals[0]!;
      await page.getByRole("link", { name: deal.number }).click();
      await page.waitForURL(`**/cm/deals/${deal.id}`);
      await page.getByRole("heading", { level: 1, name: new RegExp(deal.number) }).waitFor();
    } finally {
      await context.close();
    }
  });

  it("opens a partner from the Partners section, and says so for a partner that isn't yours", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await signIn(page, "cm@demo.prm");
      await page.goto("/cm/partners");
      await page.getByRole("table", { name: "Partners" }).getByRole("link").first().waitFor();
      const link = page.getByRole("table", { name: "Partners" }).getByRole("link").first();
      const name = (await link.textContent()) ?? "";
      await link.click();
      await page.getByRole("heading", { level: 1, name }).waitFor();

      await page.goto(`/cm/partners/${CONTOSO_ID}`);
      await page.getByRole("heading", { name: "This partner isn't one of yours" }).waitFor();
      await screenshot(page, "partner-page-not-yours");
      await page.getByRole("link", { name: "Back to your partners" }).click();
      await page.waitForURL("**/cm/partners");
    } finally {
      await context.close();
    }
  });

  it("reads well in the dark theme", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await openDefaultDashboard(page);
      await page.getByRole("button", { name: "Switch to dark theme" }).click();
      await page.mouse.move(600, 600); // let the toggle's tooltip go
      await page.getByRole("tooltip").waitFor({ state: "detached" });
      expect(await page.evaluate(() => document.documentElement.className)).toContain("dark");
      await screenshot(page, "dashboard-channel-manager-partners-dark");
      await screenshotOf(widget(page, "Pipeline by partner"), "widget-pipeline-by-partner-dark");
      await screenshotOf(widget(page, "Partner win/loss"), "widget-partner-win-loss-dark");

      await widget(page, "Partners").locator(".MuiDataGrid-row").first().click();
      await page.getByRole("region", { name: "Open pipeline by stage" }).waitFor();
      await page.waitForLoadState("networkidle");
      await screenshot(page, "partner-page-dark");
    } finally {
      await context.close();
    }
  });
});
