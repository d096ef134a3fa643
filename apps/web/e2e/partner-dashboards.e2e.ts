import {
  formatMoney,
  LOSS_REASON_LABELS,
  STAGE_LABELS,
  type LossReason,
  type OpenStage,
} from "@prm/domain";
import type { Locator, Page } from "playwright-core";
import { formatAmount } from "../src/app/format/money";
import { formatPercent } from "../src/app/format/percent";
import {
  describeInBrowser,
  eventually,
  graphqlInPage,
  newPage,
  screenshot,
  screenshotOf,
  seriousAccessibilityViolations,
  signIn,
  useBrowser,
} from "./support/browser";

const PHONE = { width: 390, height: 844 };
const compact = (amount: string) => formatMoney(amount, { compact: true });

interface SalesMetrics {
  from: string;
  to: string;
  pipeline: {
    openAmount: string;
    weightedAmount: string;
    openCount: number;
    byStage: { stage: OpenStage; amount: string; weightedAmount: string; count: number }[];
  };
  winLoss: {
    wonCount: number;
    wonAmount: string;
    lostCount: number;
    lostAmount: string;
    winRate: number | null;
    winRateByAmount: number | null;
    lossReasons: { reason: LossReason; count: number; amount: string }[];
  };
  quota: {
    quotaAmount: string | null;
    wonAmount: string;
    attainment: number | null;
    amountToClose: string | null;
    sellersQuotaAmount: string | null;
  };
  trend: { at: string; openAmount: string; openCount: number }[];
}

/** The same figures the widgets ask for, for the dashboard's default period. */
async function salesMetrics(page: Page): Promise<SalesMetrics> {
  const data = await graphqlInPage<{ salesMetrics: SalesMetrics }>(
    page,
    `{ salesMetrics(input: { period: { preset: THIS_QUARTER } }) {
        from to
        pipeline { openAmount weightedAmount openCount byStage { stage amount weightedAmount count } }
        winLoss { wonCount wonAmount lostCount lostAmount winRate winRateByAmount
                  lossReasons { reason count amount } }
        quota { quotaAmount wonAmount attainment amountToClose sellersQuotaAmount }
        trend { at openAmount openCount } } }`,
  );
  return data.salesMetrics;
}

function widget(page: Page, name: string): Locator {
  return page.getByRole("region", { name, exact: true });
}

/** Signs in and puts the role's default dashboard back. */
async function openDefaultDashboard(page: Page, email: string, portal: string) {
  await signIn(page, email);
  await graphqlInPage(page, `mutation { resetDashboard(portal: ${portal}) { isDefault } }`);
  await page.reload();
  await page.waitForLoadState("networkidle");
}

/** A widget's text once it shows `expected` (its figures arrive after its code and its query). */
async function textOnceShown(region: Locator, expected: string): Promise<string> {
  await eventually(async () => ((await region.textContent()) ?? "").includes(expected), true);
  return (await region.textContent()) ?? "";
}

async function expectPipeline(region: Locator, api: SalesMetrics["pipeline"]) {
  if (api.openCount === 0) {
    await textOnceShown(region, "No open pipeline closing this quarter");
    return;
  }
  const text = await textOnceShown(region, `${compact(api.weightedAmount)} weighted`);
  expect(text).toContain(`${compact(api.openAmount)}open`);
  for (const row of api.byStage.filter((r) => r.count > 0)) {
    await region
      .getByRole("link", {
        name: `${STAGE_LABELS[row.stage]}: ${row.count} open ${row.count === 1 ? "opportunity" : "opportunities"}, ${formatAmount(row.amount)}, weighted ${formatAmount(row.weightedAmount)}`,
      })
      .waitFor();
  }
}

async function expectWinLoss(region: Locator, api: SalesMetrics["winLoss"]) {
  expect(api.wonCount + api.lostCount).toBeGreaterThan(0);
  const text = await textOnceShown(
    region,
    `${formatPercent(api.winRate)}win rate this quarter · ${formatPercent(api.winRateByAmount)} by amount`,
  );
  expect(text).toContain(`${api.wonCount} · ${formatAmount(api.wonAmount)}`);
  expect(text).toContain(`${api.lostCount} · ${formatAmount(api.lostAmount)}`);
  const reasons = region.getByRole("list", { name: "Loss reasons" });
  if (api.lossReasons.length === 0) return;
  expect(
    await reasons.locator("li").evaluateAll((items) => items.map((i) => i.getAttribute("title"))),
  ).toEqual(
    api.lossReasons.map(
      (row) => `${LOSS_REASON_LABELS[row.reason]}: ${row.count} lost, ${formatAmount(row.amount)}`,
    ),
  );
}

async function expectQuota(region: Locator, api: SalesMetrics["quota"]) {
  expect(api.quotaAmount).not.toBeNull();
  const text = await textOnceShown(
    region,
    `${formatAmount(api.wonAmount)} won of ${formatAmount(api.quotaAmount!)}`,
  );
  expect(text).toContain(`${formatPercent(api.attainment)}of quota`);
  expect(await region.getByTestId("quota-to-close").textContent()).toBe(
    Number(api.amountToClose) > 0
      ? `${formatAmount(api.amountToClose!)} still to close`
      : "Quota met",
  );
}

async function expectTrend(region: Locator, api: SalesMetrics["trend"]) {
  expect(api.length).toBeGreaterThanOrEqual(2);
  const chart = region.getByRole("img", {
    name: /^Open pipeline closing this quarter, week by week/,
  });
  await chart.locator("path").first().waitFor();
  const label = (await chart.getAttribute("aria-label")) ?? "";
  const points = label.split(": ").slice(1).join(": ").split("; ");
  expect(points).toHaveLength(api.length);
  api.forEach((point, index) =>
    expect(points[index]).toMatch(`: ${compact(point.openAmount)} (${point.openCount})`),
  );
}

/** Light, dark and 390 px pictures of a dashboard, each widget on its own too. */
async function screenshots(page: Page, name: string, widgets: readonly string[]) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, `dashboard-${name}`);
  for (const title of widgets) {
    await screenshotOf(
      widget(page, title),
      `widget-${name}-${title.toLowerCase().replace(/\W+/g, "-")}`,
    );
  }
  await page.emulateMedia({ colorScheme: "dark" });
  await page.waitForFunction(() => document.documentElement.classList.contains("dark"));
  await page.waitForTimeout(300);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, `dashboard-${name}-dark`);
  for (const title of widgets) {
    await screenshotOf(
      widget(page, title),
      `widget-${name}-${title.toLowerCase().replace(/\W+/g, "-")}-dark`,
    );
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(500);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, `phone-dashboard-${name}`);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

const SELLER_WIDGETS = [
  "My pipeline by stage",
  "My quota attainment",
  "My win/loss",
  "My pipeline trend",
  "Activities due",
];

describeInBrowser("The partner roles' dashboards", () => {
  const browser = useBrowser();

  it("the demo seller's dashboard shows their own figures as salesMetrics answers them, and completes a task in place", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await openDefaultDashboard(page, "seller@northwind.demo", "PARTNER_SELLER");
      const api = await salesMetrics(page);

      // The demo seed gives the seller open opportunities closing this quarter whatever the day.
      expect(api.pipeline.openCount).toBeGreaterThan(0);
      await expectPipeline(widget(page, "My pipeline by stage"), api.pipeline);
      await expectQuota(widget(page, "My quota attainment"), api.quota);
      await expectWinLoss(widget(page, "My win/loss"), api.winLoss);
      await expectTrend(widget(page, "My pipeline trend"), api.trend);

      // Activities due: the seller's own open tasks, as many as the API counts.
      const me = await graphqlInPage<{ me: { id: string } }>(page, `{ me { id } }`);
      const openTasks = async () =>
        (
          await graphqlInPage<{
            activities: { totalCount: number; edges: { node: { subject: string } }[] };
          }>(
            page,
            `query($owner: ID!) { activities(filter: { status: OPEN, ownerId: $owner }, first: 10, orderBy: DUE) {
                totalCount edges { node { subject } } } }`,
            { owner: me.me.id },
          )
        ).activities;
      const before = await openTasks();
      expect(before.totalCount).toBeGreaterThan(0);
      const due = widget(page, "Activities due");
      const list = due.getByRole("list", { name: "Open tasks, soonest due first" });
      const subjects = () => list.locator("li > div:first-child > p:first-child").allTextContents();
      await eventually(
        subjects,
        before.edges.map((edge) => edge.node.subject),
      );
      expect(await due.textContent()).toContain(
        `${before.totalCount} open task${before.totalCount === 1 ? "" : "s"}`,
      );

      // Every widget readable by a screen reader and in enough contrast, light and dark.
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: "dark" });
      await page.waitForFunction(() => document.documentElement.classList.contains("dark"));
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: "light" });

      await screenshots(page, "seller", SELLER_WIDGETS);

      // Completing the first task takes it off the list and off the server's open tasks.
      await page.setViewportSize({ width: 1366, height: 900 });
      const first = before.edges[0]!.node.subject;
      await due.getByRole("button", { name: `Complete task: ${first}` }).click();
      await eventually(async () => (await openTasks()).totalCount, before.totalCount - 1);
      await eventually(
        async () => (await subjects()).length === 0 || (await subjects())[0] !== first,
        true,
      );
      expect(await due.textContent()).toContain(`${before.totalCount - 1} open task`);
    } finally {
      await context.close();
    }
  });

  it("the demo sales manager sees their team's win/loss and trend, as salesMetrics answers them for the team", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      const widgets = ["Team win/loss", "Team pipeline trend"];
      await openDefaultDashboard(page, "manager@northwind.demo", "PARTNER_SALES_MANAGER");
      const api = await salesMetrics(page);
      await expectWinLoss(widget(page, "Team win/loss"), api.winLoss);
      await expectTrend(widget(page, "Team pipeline trend"), api.trend);

      // Hovering the trend tells a week's open amount and count.
      const trend = widget(page, "Team pipeline trend").getByRole("img", {
        name: /^Open pipeline closing/,
      });
      const mesh = trend.locator("[data-ref=mesh-interceptor]");
      const box = (await mesh.boundingBox())!;
      await mesh.hover({ position: { x: box.width / 2, y: box.height / 2 } });
      await page.getByText("Open amount", { exact: true }).waitFor();
      await screenshotOf(widget(page, "Team pipeline trend"), "widget-sales-manager-trend-tooltip");
      await page.mouse.move(0, 0);
      await page.waitForLoadState("networkidle");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await screenshots(page, "sales-manager", widgets);
    } finally {
      await context.close();
    }
  });

  it("the demo sales operations see the organization's pipeline, win/loss, quota and trend", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      const widgets = [
        "Organization quota attainment",
        "Organization pipeline",
        "Organization win/loss",
        "Organization pipeline trend",
      ];
      await openDefaultDashboard(page, "ops@northwind.demo", "PARTNER_SALES_OPS");
      const api = await salesMetrics(page);
      await expectPipeline(widget(page, "Organization pipeline"), api.pipeline);
      await expectWinLoss(widget(page, "Organization win/loss"), api.winLoss);
      await expectQuota(widget(page, "Organization quota attainment"), api.quota);
      expect(
        await widget(page, "Organization quota attainment")
          .getByTestId("sellers-quotas")
          .textContent(),
      ).toBe(
        `Sellers' quotas: ${api.quota.sellersQuotaAmount == null ? "none set" : formatAmount(api.quota.sellersQuotaAmount)}`,
      );
      await expectTrend(widget(page, "Organization pipeline trend"), api.trend);
      // The whole default dashboard (operators and territories too), light and dark.
      await page.waitForLoadState("networkidle");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: "dark" });
      await page.waitForFunction(() => document.documentElement.classList.contains("dark"));
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.emulateMedia({ colorScheme: "light" });
      await screenshots(page, "sales-ops", widgets);

      // A stage opens the Opportunities list of that stage and the period's dates.
      await page.setViewportSize({ width: 1366, height: 900 });
      const stage = api.pipeline.byStage.find((row) => row.count > 0)!;
      await widget(page, "Organization pipeline")
        .getByRole("link", { name: new RegExp(`^${STAGE_LABELS[stage.stage]}:`) })
        .click();
      await page.waitForURL(
        (url) =>
          url.pathname === "/ops/opportunities" &&
          url.searchParams.get("stage") === stage.stage &&
          url.searchParams.get("from") === api.from.slice(0, 10),
      );
      const count = page.locator("[data-testid=list-count][aria-busy=false]");
      await count.waitFor();
      expect(Number(/^(\d+)/.exec((await count.textContent()) ?? "")?.[1])).toBe(stage.count);
    } finally {
      await context.close();
    }
  });
});
