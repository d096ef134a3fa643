import fs from "node:fs";
import type { Download, Locator, Page } from "playwright-core";
import { parseCsv } from "../src/test/csv-read";
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

/** The text of every cell of a table's body rows and of its totals row, in the order shown. */
function tableCells(table: Locator): Promise<string[][]> {
  return table.evaluate((element) =>
    [...element.querySelectorAll("tbody tr, tfoot tr")].map((row) =>
      [...row.querySelectorAll("td")].map((cell) => cell.textContent ?? ""),
    ),
  );
}

async function readCsv(download: Download): Promise<string[][]> {
  const text = fs.readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
  return parseCsv(text);
}

async function exportCsv(page: Page): Promise<{ name: string; rows: string[][] }> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Export CSV" }).click(),
  ]);
  return { name: download.suggestedFilename(), rows: await readCsv(download) };
}

async function settled(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(
    () =>
      !document.querySelector("main .MuiSkeleton-root") &&
      [...document.querySelectorAll("main tbody")].every(
        (body) => getComputedStyle(body).opacity === "1",
      ),
  );
}

async function openReport(page: Page, tab: string, table: string): Promise<Locator> {
  await page.getByRole("tab", { name: tab }).click();
  const locator = page.getByRole("table", { name: table });
  await locator.locator("tbody tr").first().waitFor();
  await settled(page);
  return locator;
}

const number = (text: string) => Number(text.replace(/[$,%]/g, ""));

describeInBrowser("Reports", () => {
  const browser = useBrowser();

  it("the sales manager sorts the team's reports and exports exactly the rows shown", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await signIn(page, "manager@northwind.demo");
      await page
        .getByRole("navigation", { name: "Portal sections" })
        .getByRole("link", { name: "Reports" })
        .click();
      await page.getByRole("heading", { name: "Reports", level: 1 }).waitFor();
      // A year has won business in the demo data, whatever today's quarter holds.
      await page.getByRole("combobox", { name: "Period" }).click();
      await page.getByRole("option", { name: "This year" }).click();

      // Won opportunities: sorted by amount, largest first, then exported.
      const won = await openReport(page, "Won opportunities", "Won opportunities");
      await won.getByRole("button", { name: "Amount" }).click();
      const amount = won.getByRole("columnheader", { name: "Amount" });
      await expectAttribute(amount, "aria-sort", "descending");
      const wonCells = await tableCells(won);
      const amounts = wonCells.slice(0, -1).map((row) => number(row[3]!));
      expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
      await screenshot(page, "reports-won-manager");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      const wonCsv = await exportCsv(page);
      expect(wonCsv.name).toMatch(/^won-opportunities-\d{4}-\d{2}-\d{2}\.csv$/);
      expect(wonCsv.rows[0]).toEqual(["Opportunity", "Account", "Owner", "Amount", "Closed"]);
      const wonBody = wonCsv.rows.slice(1);
      expect(wonBody).toHaveLength(wonCells.length);
      // Name, account and owner as shown; amounts to the cent; the totals row last.
      expect(wonBody.slice(0, -1).map((row) => row.slice(0, 3))).toEqual(
        wonCells
          .slice(0, -1)
          .map((row) => row.slice(0, 3).map((cell) => (cell === "—" ? "" : cell))),
      );
      expect(wonBody.slice(0, -1).map((row) => Number(row[3]))).toEqual(amounts);
      expect(wonBody.at(-1)![0]).toBe("Total");
      const wonTotal = wonBody.slice(0, -1).reduce((sum, row) => sum + Number(row[3]) * 100, 0);
      expect(Math.round(Number(wonBody.at(-1)![3]) * 100)).toBe(Math.round(wonTotal));

      // The keyboard sorts too: by owner, A to Z.
      await won.getByRole("button", { name: "Owner" }).focus();
      await page.keyboard.press("Enter");
      await expectAttribute(
        won.getByRole("columnheader", { name: "Owner" }),
        "aria-sort",
        "ascending",
      );

      // Pipeline per person: the team (the manager and their reports), totals the sum of the rows.
      const pipeline = await openReport(page, "Pipeline", "Pipeline per person");
      const team = await graphqlInPage<{ teamPerformance: { seller: { name: string } }[] }>(
        page,
        `{ teamPerformance(period: { preset: THIS_YEAR }) { seller { name } } }`,
      );
      await pipeline.getByRole("button", { name: "Person" }).click();
      const pipelineCells = await tableCells(pipeline);
      const people = pipelineCells.slice(0, -1).map((row) => row[0]);
      expect([...people].sort()).toEqual(team.teamPerformance.map((row) => row.seller.name).sort());
      const totals = pipelineCells.at(-1)!;
      expect(totals[0]).toBe("Total");
      // Open opportunities and deals won are counts: the totals row adds them up.
      for (const column of [1, 4]) {
        const sum = pipelineCells
          .slice(0, -1)
          .reduce((total, row) => total + number(row[column]!), 0);
        expect(number(totals[column]!)).toBe(sum);
      }
      const pipelineCsv = await exportCsv(page);
      expect(pipelineCsv.rows.slice(1).map((row) => row[0])).toEqual([...people, "Total"]);
      expect(pipelineCsv.rows.slice(1).map((row) => row[1])).toEqual(
        pipelineCells.map((row) => String(number(row[1]!))),
      );
      await screenshot(page, "reports-pipeline-manager");

      // Activities per person: every count as shown, in the order shown.
      const activities = await openReport(page, "Activities", "Activities per person");
      await activities.getByRole("button", { name: "Calls" }).click();
      const activityCells = await tableCells(activities);
      const activityCsv = await exportCsv(page);
      expect(activityCsv.rows.slice(1).map((row) => row.slice(0, 8))).toEqual(
        activityCells.map((row) => [
          row[0],
          ...row.slice(1, 8).map((cell) => String(number(cell))),
        ]),
      );
      await screenshot(page, "reports-activities-manager");

      // Dark, and on a phone.
      await page.emulateMedia({ colorScheme: "dark" });
      await page.waitForFunction(() => document.documentElement.classList.contains("dark"));
      await screenshot(page, "reports-activities-manager-dark");
      await page.setViewportSize(PHONE);
      await settled(page);
      await screenshot(page, "reports-activities-manager-phone-dark");
      await page.emulateMedia({ colorScheme: "light" });
      await openReport(page, "Pipeline", "Pipeline per person");
      await screenshot(page, "reports-pipeline-manager-phone");
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    } finally {
      await context.close();
    }
  });

  it("sales operations see their whole organization", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await signIn(page, "ops@northwind.demo");
      await page.goto("/ops/reports?report=activities&period=THIS_YEAR");
      const table = page.getByRole("table", { name: "Activities per person" });
      await table.locator("tbody tr").first().waitFor();
      await settled(page);
      const people = await graphqlInPage<{ users: { totalCount: number } }>(
        page,
        `{ users(first: 1) { totalCount } }`,
      );
      await page.getByText("Your organization's results and activity, this year.").waitFor();
      const cells = await tableCells(table);
      // One row per person of the organization, then the totals.
      expect(cells.length - 1).toBe(people.users.totalCount);
      await screenshot(page, "reports-activities-ops");
    } finally {
      await context.close();
    }
  });

  it("a seller has no Reports section", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await signIn(page, "seller@northwind.demo");
      const nav = page.getByRole("navigation", { name: "Portal sections" });
      await nav.getByRole("link", { name: "Opportunities" }).waitFor();
      expect(await nav.getByRole("link", { name: "Reports" }).count()).toBe(0);
      await page.goto("/seller/reports");
      expect(await page.getByRole("heading", { name: "Reports", level: 1 }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it("every list exports CSV: deals, approvals, partners, accounts and tasks", async () => {
    const lists: { email: string; path: string; file: RegExp; header: string }[] = [
      {
        email: "seller@northwind.demo",
        path: "/seller/deals",
        file: /^deal-registrations-/,
        header: "Number",
      },
      {
        email: "seller@northwind.demo",
        path: "/seller/accounts",
        file: /^accounts-/,
        header: "Account",
      },
      {
        email: "seller@northwind.demo",
        path: "/seller/tasks",
        file: /^my-tasks-/,
        header: "Group",
      },
      { email: "cm@demo.prm", path: "/cm/deals?status=ALL", file: /^approvals-/, header: "Number" },
      { email: "cm@demo.prm", path: "/cm/partners", file: /^partners-/, header: "Partner" },
      { email: "admin@demo.prm", path: "/admin/partners", file: /^partners-/, header: "Partner" },
    ];
    for (const list of lists) {
      const { context, page } = await newPage(browser.current);
      try {
        await signIn(page, list.email);
        await page.goto(list.path);
        const button = page.getByRole("button", { name: "Export CSV" });
        await button.waitFor();
        const csv = await exportCsv(page);
        expect([list.path, csv.name]).toEqual([list.path, expect.stringMatching(list.file)]);
        expect([list.path, csv.rows[0]![0]]).toEqual([list.path, list.header]);
        expect(csv.rows.length).toBeGreaterThan(1);
        await settled(page);
        await screenshot(page, `csv-export${list.path.replace(/[/?=]/g, "-")}`);
        if (list.path === "/seller/deals") {
          await page.setViewportSize(PHONE);
          await screenshot(page, "csv-export-seller-deals-phone");
        }
      } finally {
        await context.close();
      }
    }
  });
});

async function expectAttribute(locator: Locator, name: string, value: string) {
  await locator
    .page()
    .waitForFunction(({ element, name, value }) => element?.getAttribute(name) === value, {
      element: await locator.elementHandle(),
      name,
      value,
    });
}
