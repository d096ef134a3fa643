import { addMoney, formatMoney, toCents } from "@prm/domain";
import type { Page } from "playwright-core";
import { formatAmount } from "../src/app/format/money";
import {
  describeInBrowser,
  graphqlInPage,
  newPage,
  screenshot,
  signIn,
  useBrowser,
} from "./support/browser";

const PARTNER = "Northwind Solutions";

/** The channel manager's default dashboard, every widget drawn. */
async function openDashboard(page: Page) {
  await page.goto("/cm");
  await graphqlInPage(page, `mutation { resetDashboard(portal: CHANNEL_MANAGER) { isDefault } }`);
  await page.reload();
  await page
    .getByRole("region", { name: "Partners", exact: true })
    .locator(".MuiDataGrid-row")
    .first()
    .waitFor();
  await page
    .getByRole("region", { name: "Partner leaderboard", exact: true })
    .locator("svg[role=group] rect")
    .first()
    .waitFor();
  await page.waitForLoadState("networkidle");
}

/** What the dashboard shows of the partner: the list's won amount, the leaderboard's entry. */
async function partnerFigures(page: Page) {
  const row = page
    .getByRole("region", { name: "Partners", exact: true })
    .locator(".MuiDataGrid-row")
    .filter({ hasText: PARTNER });
  const won = (await row.locator("[data-field=wonAmount]").textContent())?.trim() ?? "";
  const label =
    (await page
      .getByRole("region", { name: "Partner leaderboard", exact: true })
      .locator("svg[role=group]")
      .getAttribute("aria-label")) ?? "";
  const entry = new RegExp(`\\d+\\. ${PARTNER} (\\S+) \\((\\d+) won\\)`).exec(label);
  if (!entry) throw new Error(`${PARTNER} is not on the leaderboard: ${label}`);
  return { listWon: won, leaderboardWon: entry[1]!, leaderboardCount: Number(entry[2]) };
}

/** The seller's own figures: the board's open pipeline and the number of won opportunities. */
async function sellerFigures(page: Page) {
  await page.goto("/seller/opportunities?view=board");
  const summary = page.getByTestId("pipeline-summary");
  await summary.waitFor();
  await page.waitForLoadState("networkidle");
  const open = /Open pipeline (\S+) in/.exec((await summary.textContent()) ?? "")?.[1];
  await page.goto("/seller/opportunities?status=closed&stage=CLOSED_WON");
  const count = page.locator("[data-testid=list-count][aria-busy=false]");
  await count.waitFor();
  const won = Number(/^(\d+)/.exec((await count.textContent()) ?? "")?.[1]);
  return { openPipeline: open, wonCount: won };
}

describeInBrowser("The numbers agree end to end", () => {
  const browser = useBrowser();

  it("a seller's opportunity closed as won grows the partner's won amount on the channel manager's leaderboard and partners list by exactly its amount", async () => {
    const cm = await newPage(browser.current);
    const seller = await newPage(browser.current);
    try {
      await signIn(cm.page, "cm@demo.prm");
      await openDashboard(cm.page);
      const before = await partnerFigures(cm.page);
      // The exact figure behind the list's, from the same query the widget uses.
      const exact = async () =>
        (
          await graphqlInPage<{
            partnerPerformance: {
              edges: { node: { partner: { id: string; name: string }; wonAmount: string } }[];
            };
          }>(
            cm.page,
            `{ partnerPerformance(period: { preset: THIS_QUARTER }, first: 100) {
                edges { node { partner { id name } wonAmount } } } }`,
          )
        ).partnerPerformance.edges.find((e) => e.node.partner.name === PARTNER)!.node;
      const { wonAmount: wonBefore, partner } = await exact();
      expect(before.listWon).toBe(formatAmount(wonBefore));

      await signIn(seller.page, "seller@northwind.demo");
      const sellerBefore = await sellerFigures(seller.page);

      // The seller closes their largest open opportunity as won, from its page.
      await seller.page.goto("/seller/opportunities?sort=amount-largest");
      const first = seller.page
        .getByRole("table", { name: "Opportunities" })
        .locator("tbody tr")
        .first();
      const name = (await first.locator("td").first().getByRole("link").textContent()) ?? "";
      const amountText = (await first.locator("td").nth(2).textContent()) ?? "";
      await first.getByRole("link").click();
      await seller.page.getByRole("heading", { name, level: 1 }).waitFor();
      const id = new URL(seller.page.url()).pathname.split("/").pop()!;
      const { opportunity } = await graphqlInPage<{ opportunity: { amount: string } }>(
        seller.page,
        `query A($id: ID!) { opportunity(id: $id) { amount } }`,
        { id },
      );
      expect(formatAmount(opportunity.amount)).toBe(amountText);
      await seller.page.getByRole("button", { name: "Close as won" }).click();
      const dialog = seller.page.getByRole("dialog", { name: `Close ${name} as won` });
      await dialog.getByText(`${formatAmount(opportunity.amount)} counts as won today`).waitFor();
      await dialog.getByRole("button", { name: "Close as won" }).click();
      await seller.page.getByText(`${name} is closed as won.`).waitFor();
      await seller.page.getByText("Won on", { exact: true }).waitFor();
      await screenshot(seller.page, "opportunity-closed-won");

      // The seller's own figures: the open pipeline shrank and the won ones grew, by exactly it.
      const sellerAfter = await sellerFigures(seller.page);
      expect(sellerAfter.wonCount).toBe(sellerBefore.wonCount + 1);
      expect(toCents(sellerAfter.openPipeline!.replace(/[$,]/g, ""))).toBe(
        toCents(sellerBefore.openPipeline!.replace(/[$,]/g, "")) - toCents(opportunity.amount),
      );

      // The channel manager's dashboard, reloaded: the partner's won amount grew by exactly it.
      const wonAfter = addMoney(wonBefore, opportunity.amount);
      expect((await exact()).wonAmount).toBe(wonAfter);
      await openDashboard(cm.page);
      const after = await partnerFigures(cm.page);
      expect(after.listWon).toBe(formatAmount(wonAfter));
      expect(after.leaderboardCount).toBe(before.leaderboardCount + 1);
      expect(after.leaderboardWon).toBe(formatMoney(wonAfter, { compact: true }));
      await screenshot(cm.page, "dashboard-channel-manager-after-win");

      // And the partner's own page, on the same period.
      await cm.page.goto(`/cm/partners/${partner.id}?period=THIS_QUARTER`);
      await cm.page
        .getByRole("region", { name: "Won amount" })
        .getByText(formatAmount(wonAfter), { exact: true })
        .waitFor();
    } finally {
      await cm.context.close();
      await seller.context.close();
    }
  });
});
