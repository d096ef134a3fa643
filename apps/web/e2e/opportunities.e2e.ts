import fs from "node:fs";
import type { Locator, Page } from "playwright-core";
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

interface StageChange {
  fromStage: string | null;
  toStage: string;
  reason: string | null;
  changedBy: { name: string } | null;
}

async function stageHistory(page: Page, id: string): Promise<StageChange[]> {
  const data = await graphqlInPage<{ opportunity: { stageHistory: StageChange[] } }>(
    page,
    `query History($id: ID!) {
      opportunity(id: $id) { stageHistory { fromStage toStage reason changedBy { name } } }
    }`,
    { id },
  );
  return data.opportunity.stageHistory;
}

function column(page: Page, stage: string): Locator {
  return page.getByRole("region", { name: stage, exact: true });
}

/** The cards of a board column, by the opportunity's name. */
function card(page: Page, stage: string, name: string): Locator {
  return column(page, stage)
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name, exact: true }) });
}

async function cardNames(page: Page, stage: string): Promise<string[]> {
  return column(page, stage).getByRole("listitem").getByRole("link").allTextContents();
}

async function openBoard(page: Page, portal = "/seller") {
  await page.goto(`${portal}/opportunities?view=board`);
  await page.getByTestId("pipeline-summary").waitFor();
  await page.waitForLoadState("networkidle");
}

/** The opportunity page's id from its address. */
function idFromUrl(page: Page): string {
  return new URL(page.url()).pathname.split("/").pop()!;
}

async function noSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.client);
}

/** Light, dark and phone (dark) screenshots of the page as it is, each checked by axe. */
async function shootThreeWays(page: Page, name: string) {
  await page.emulateMedia({ colorScheme: "light" });
  await page.waitForLoadState("networkidle");
  await noSidewaysScroll(page);
  await screenshot(page, name);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.waitForTimeout(200);
  await screenshot(page, `${name}-dark`);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  const size = page.viewportSize();
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(300);
  await noSidewaysScroll(page);
  await screenshot(page, `${name}-phone-dark`);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  if (size) await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: "light" });
}

describeInBrowser("Opportunities", () => {
  const browser = useBrowser();

  it("the seller's list keeps its filters in the address, sorts, and exports the filtered list as CSV", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await signIn(page, "seller@northwind.demo");
      await page
        .getByRole("navigation", { name: "Portal sections" })
        .getByRole("link", { name: "Opportunities" })
        .click();
      await page.getByRole("heading", { name: "Opportunities", level: 1 }).waitFor();
      const table = page.getByRole("table", { name: "Opportunities" });
      await table.getByRole("link").first().waitFor();
      const count = page.getByTestId("list-count");
      // Open ones by default: no closed stage in the list.
      const openStages = await table.locator("tbody tr td:nth-child(2)").allTextContents();
      expect(openStages.some((stage) => stage.startsWith("Closed"))).toBe(false);
      await shootThreeWays(page, "opportunities-list-seller");

      // Won ones, by amount: the filters and the sort go into the address.
      await page.getByRole("combobox", { name: "Open or closed" }).click();
      await page.getByRole("option", { name: "Won or lost" }).click();
      await page.getByRole("combobox", { name: "Stages" }).click();
      await page.getByRole("option", { name: "Closed won" }).click();
      await page.keyboard.press("Escape");
      await page.getByRole("combobox", { name: "Sort" }).click();
      await page.getByRole("option", { name: "Amount, largest first" }).click();
      await page.waitForURL(/status=closed/);
      expect(new URL(page.url()).searchParams.getAll("stage")).toEqual(["CLOSED_WON"]);
      expect(new URL(page.url()).searchParams.get("sort")).toBe("amount-largest");
      const stagesShown = () => table.locator("tbody tr td:nth-child(2)").allTextContents();
      const amountsShown = async () =>
        (await table.locator("tbody tr td:nth-child(3)").allTextContents()).map((text) =>
          Number(text.replace(/[$,]/g, "")),
        );
      await eventually(async () => new Set(await stagesShown()), new Set(["Closed won"]));
      await eventually(async () => {
        const amounts = await amountsShown();
        return [...amounts].sort((a, b) => b - a).join() === amounts.join();
      }, true);
      const stages = await stagesShown();
      expect(stages.length).toBeGreaterThan(1);
      const countText = await count.textContent();
      expect(countText).toMatch(new RegExp(`^${stages.length} opportunit(y|ies) match$`));

      // A reload (or a shared link) shows the same list.
      await page.reload();
      await table.getByRole("link").first().waitFor();
      await eventually(() => count.textContent(), countText);
      expect(await page.getByRole("combobox", { name: "Sort" }).textContent()).toBe(
        "Amount, largest first",
      );

      // The export holds exactly the filtered list, in its order.
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Export CSV" }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^opportunities-\d{4}-\d{2}-\d{2}\.csv$/);
      const csv = fs.readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
      const lines = csv.trimEnd().split("\r\n");
      expect(lines[0]).toBe(
        "Opportunity ID,Opportunity,Account,Partner,Owner,Stage,Probability,Amount,Weighted amount," +
          "Expected close date,Closed at,Loss reason,Next step,Last activity,Deal registration",
      );
      expect(lines).toHaveLength(stages.length + 1);
      expect(lines.slice(1).every((line) => line.includes(",Closed won,100%,"))).toBe(true);

      // Searching narrows it further; clearing goes back to the open ones.
      await page.getByRole("textbox", { name: "Search opportunities" }).fill("no such customer");
      await page.getByText("No opportunity matches these filters").waitFor();
      await page.waitForLoadState("networkidle");
      await screenshot(page, "opportunities-list-empty");
      await page.getByRole("button", { name: "Clear filters" }).click();
      // The sort is not a filter: it stays.
      await page.waitForURL((url) => url.search === "?sort=amount-largest");
      await table.getByRole("link").first().waitFor();
    } finally {
      await context.close();
    }
  });

  it("the board: a card dragged to another column moves there, and so does one moved from the keyboard", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await signIn(page, "seller@northwind.demo");
      await openBoard(page);
      await shootThreeWays(page, "opportunities-board-seller");

      const [dragged, keyed] = await cardNames(page, "Qualification");
      expect(keyed).toBeDefined();

      // Dragging (mouse): the card lands in Discovery, whose count and amount follow.
      await card(page, "Qualification", dragged!).dragTo(column(page, "Discovery"));
      await page.getByText(`${dragged} moved to Discovery.`).waitFor();
      await card(page, "Discovery", dragged!).waitFor();
      expect(await cardNames(page, "Qualification")).not.toContain(dragged);
      await card(page, "Discovery", dragged!).getByRole("link").click();
      await page.getByRole("heading", { name: dragged, level: 1 }).waitFor();
      expect((await stageHistory(page, idFromUrl(page))).at(-1)).toMatchObject({
        fromStage: "QUALIFICATION",
        toStage: "DISCOVERY",
      });
      await page.goBack();
      await page.getByTestId("pipeline-summary").waitFor();

      // The keyboard (and touch) way: the card's stage menu.
      const menuButton = card(page, "Qualification", keyed!).getByRole("button", {
        name: `Move ${keyed} to another stage`,
      });
      await menuButton.focus();
      await page.keyboard.press("Enter");
      const menu = page.getByRole("menu", { name: `Move ${keyed} to another stage` });
      await menu.waitFor();
      expect(await menu.getByRole("menuitem").allTextContents()).toEqual([
        "Move to Discovery",
        "Move to Proposal",
        "Move to Negotiation",
        "Close as won…",
        "Close as lost…",
      ]);
      await page.waitForTimeout(300); // the menu's opening transition
      await screenshot(page, "opportunities-board-stage-menu");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      await page.getByText(`${keyed} moved to Proposal.`).waitFor();
      await card(page, "Proposal", keyed!).waitFor();
      expect(await cardNames(page, "Qualification")).not.toContain(keyed);
    } finally {
      await context.close();
    }
  });

  it("closing as lost asks why from the fixed list; the opportunity's page shows the reason", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await signIn(page, "seller@northwind.demo");
      await openBoard(page);
      const [name] = await cardNames(page, "Negotiation");
      await card(page, "Negotiation", name!)
        .getByRole("button", { name: `Move ${name} to another stage` })
        .click();
      await page.getByRole("menuitem", { name: "Close as lost…" }).click();
      const dialog = page.getByRole("dialog", { name: `Close ${name} as lost` });
      await dialog.getByRole("button", { name: "Close as lost" }).click();
      await dialog.getByText("Choose why the opportunity was lost.").waitFor();
      await dialog.getByRole("radio", { name: "Lost to a competitor" }).check();
      await dialog
        .getByRole("textbox", { name: "Note (optional)" })
        .fill("They went with a cheaper rival.");
      await page.waitForTimeout(300);
      await screenshot(page, "opportunity-close-as-lost-dialog");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await dialog.getByRole("button", { name: "Close as lost" }).click();
      await page.getByText(`${name} is closed as lost.`).waitFor();
      await dialog.waitFor({ state: "detached" });
      await card(page, "Negotiation", name!).waitFor({ state: "detached" });

      // Its page, from the list of lost ones.
      await page.goto("/seller/opportunities?status=closed&stage=CLOSED_LOST&sort=newest");
      await page.getByRole("table", { name: "Opportunities" }).getByRole("link", { name }).click();
      await page.getByRole("heading", { name, level: 1 }).waitFor();
      await page.getByText(/^Lost on .*: Lost to a competitor$/).waitFor();
      await page.getByText("They went with a cheaper rival.").waitFor();
      const history = page.getByRole("region", { name: "Stage history" });
      await history.getByText("Negotiation").first().waitFor();
      expect((await stageHistory(page, idFromUrl(page))).at(-1)).toMatchObject({
        fromStage: "NEGOTIATION",
        toStage: "CLOSED_LOST",
        changedBy: { name: expect.any(String) },
      });
      // A seller neither edits nor reopens a closed one.
      expect(await page.getByRole("button", { name: "Edit", exact: true }).count()).toBe(0);
      expect(await page.getByRole("button", { name: "Reopen" }).count()).toBe(0);
      await shootThreeWays(page, "opportunity-page-lost");
    } finally {
      await context.close();
    }
  });

  it("the opportunity page: stage path, edit in place, and a stale edit shown as someone else's change, then re-applied", async () => {
    const seller = await newPage(browser.current);
    const manager = await newPage(browser.current);
    try {
      await signIn(seller.page, "seller@northwind.demo");
      await openBoard(seller.page);
      const [name] = await cardNames(seller.page, "Qualification");
      await card(seller.page, "Qualification", name!).getByRole("link").click();
      await seller.page.getByRole("heading", { name, level: 1 }).waitFor();
      const id = idFromUrl(seller.page);
      await shootThreeWays(seller.page, "opportunity-page-seller");

      // The stage path moves it.
      await seller.page.getByRole("button", { name: "Move to Discovery 25%" }).click();
      await seller.page.getByText(`${name} moved to Discovery.`).waitFor();
      await seller.page
        .getByRole("region", { name: "Stage", exact: true })
        .locator("[aria-current=step]")
        .getByText("Discovery")
        .waitFor();

      // The seller edits; meanwhile their manager changes the amount.
      await seller.page.getByRole("button", { name: "Edit", exact: true }).click();
      const form = seller.page.getByRole("form", { name: "Edit the opportunity" });
      await form.getByRole("textbox", { name: "Next step" }).fill("Demo for the CFO on Friday");
      await signIn(manager.page, "manager@northwind.demo");
      const { opportunity } = await graphqlInPage<{ opportunity: { version: number } }>(
        manager.page,
        `query V($id: ID!) { opportunity(id: $id) { version } }`,
        { id },
      );
      await graphqlInPage(
        manager.page,
        `mutation U($input: UpdateOpportunityInput!) { updateOpportunity(input: $input) { id } }`,
        { input: { id, version: opportunity.version, amount: "77777" } },
      );
      await form.getByRole("button", { name: "Save" }).click();
      const notice = seller.page.getByRole("alert").filter({
        hasText: "Someone else changed this opportunity",
      });
      await notice.getByText("Amount: $77,777").waitFor();
      await seller.page.waitForTimeout(200);
      await screenshot(seller.page, "opportunity-edit-conflict");
      expect(await seriousAccessibilityViolations(seller.page)).toEqual([]);
      await notice.getByRole("button", { name: "Apply my changes again" }).click();
      await seller.page.getByText("Your changes are saved.").waitFor();
      const details = seller.page.getByRole("region", { name: "Details" });
      await details.getByText("Demo for the CFO on Friday").waitFor();
      await details.getByText("$77,777").waitFor();
    } finally {
      await seller.context.close();
      await manager.context.close();
    }
  });

  it("the sales manager narrows the list to a person and reassigns one of their opportunities to another", async () => {
    const manager = await newPage(browser.current);
    const seller = await newPage(browser.current);
    try {
      await signIn(seller.page, "seller@northwind.demo");
      const me = await graphqlInPage<{ me: { id: string; name: string } }>(
        seller.page,
        `{ me { id name } }`,
      );
      await signIn(manager.page, "manager@northwind.demo");
      const team = await graphqlInPage<{
        opportunities: {
          edges: { node: { id: string; name: string; owner: { id: string; name: string } } }[];
        };
      }>(
        manager.page,
        `{ opportunities(filter: { open: true }, first: 100) { edges { node { id name owner { id name } } } } }`,
      );
      const other = team.opportunities.edges
        .map((edge) => edge.node)
        .find((o) => o.owner.id !== me.me.id);
      if (!other) throw new Error("The manager's team has no open opportunity of another owner.");

      // The owner filter, by name: only that person's opportunities.
      await manager.page.goto("/manager/opportunities");
      await manager.page
        .getByRole("table", { name: "Opportunities" })
        .getByRole("link")
        .first()
        .waitFor();
      const owner = manager.page.getByRole("combobox", { name: "Owner" });
      await owner.fill(other.owner.name.split(" ")[0]!);
      await manager.page.getByRole("option", { name: new RegExp(`^${other.owner.name}`) }).click();
      await manager.page.waitForURL(new RegExp(`owner=${other.owner.id}`));
      await manager.page.waitForLoadState("networkidle");
      const owners = async () =>
        new Set(
          await manager.page
            .getByRole("table", { name: "Opportunities" })
            .locator("tbody tr td:nth-child(6)")
            .allTextContents(),
        );
      await eventually(owners, new Set([other.owner.name]));
      await screenshot(manager.page, "opportunities-list-manager-by-owner");
      expect(await seriousAccessibilityViolations(manager.page)).toEqual([]);

      // Reassign it to the seller.
      await manager.page.goto(`/manager/opportunities/${other.id}`);
      await manager.page.getByRole("heading", { name: other.name, level: 1 }).waitFor();
      await manager.page.getByRole("button", { name: "Reassign" }).click();
      const dialog = manager.page.getByRole("dialog", { name: `Reassign ${other.name}` });
      await dialog.getByRole("button", { name: "Reassign" }).click();
      await dialog.getByText("Choose the new owner.").waitFor();
      await dialog.getByRole("combobox", { name: "New owner" }).fill(me.me.name.split(" ")[0]!);
      await manager.page.getByRole("option", { name: new RegExp(`^${me.me.name}`) }).click();
      await manager.page.waitForTimeout(200);
      await screenshot(manager.page, "opportunity-reassign-dialog");
      expect(await seriousAccessibilityViolations(manager.page)).toEqual([]);
      await dialog.getByRole("button", { name: "Reassign" }).click();
      await manager.page
        .getByText(`${other.name} now belongs to ${me.me.name}, who is notified.`)
        .waitFor();
      await manager.page
        .getByRole("region", { name: "Key figures" })
        .getByText(me.me.name)
        .waitFor();

      // The seller finds it in their list.
      await seller.page.goto(`/seller/opportunities?q=${encodeURIComponent(other.name)}`);
      await seller.page
        .getByRole("table", { name: "Opportunities" })
        .getByRole("link", { name: other.name })
        .waitFor();
    } finally {
      await manager.context.close();
      await seller.context.close();
    }
  });

  it("the sales manager reopens a lost opportunity of the team, with a reason, in the stage it left", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await signIn(page, "manager@northwind.demo");
      const lost = await graphqlInPage<{
        opportunities: { edges: { node: { id: string; name: string } }[] };
      }>(
        page,
        `{ opportunities(filter: { stages: [CLOSED_LOST] }, first: 1) { edges { node { id name } } } }`,
      );
      const { id, name } = lost.opportunities.edges[0]!.node;
      const from = (await stageHistory(page, id)).at(-1)!.fromStage;

      await page.goto(`/manager/opportunities/${id}`);
      await page.getByRole("heading", { name, level: 1 }).waitFor();
      await page.getByRole("button", { name: "Reopen" }).click();
      const dialog = page.getByRole("dialog", { name: `Reopen ${name}` });
      await dialog.getByRole("button", { name: "Reopen" }).click();
      await dialog.getByText("Say why the opportunity is reopened.").waitFor();
      await dialog
        .getByRole("textbox", { name: "Reason" })
        .fill("The customer's new budget came through.");
      await page.waitForTimeout(200);
      await screenshot(page, "opportunity-reopen-dialog");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await dialog.getByRole("button", { name: "Reopen" }).click();
      await page.getByText(new RegExp(`^${name} is open again, in `)).waitFor();
      const history = page.getByRole("region", { name: "Stage history" });
      await history.getByText("The customer's new budget came through.").waitFor();
      expect((await stageHistory(page, id)).at(-1)).toMatchObject({
        fromStage: "CLOSED_LOST",
        toStage: from,
        reason: "The customer's new budget came through.",
      });
      // Open again: it can be moved and edited.
      await page.getByRole("button", { name: "Close as won" }).waitFor();
      await page.getByRole("button", { name: "Edit", exact: true }).waitFor();
    } finally {
      await context.close();
    }
  });

  it("the channel manager reads a partner's opportunities from its page: a list, a board and pages, none to move or edit", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await signIn(page, "cm@demo.prm");
      await page
        .getByRole("navigation", { name: "Portal sections" })
        .getByRole("link", { name: "Partners" })
        .click();
      // The dashboard also links Northwind: wait for the list, so the click lands where meant.
      await page.waitForURL(/\/cm\/partners$/);
      await page.getByRole("heading", { name: "Partners", level: 1 }).waitFor();
      await page
        .getByRole("main")
        .getByRole("link", { name: "Northwind Solutions", exact: true })
        .first()
        .click();
      await page.waitForURL(/\/cm\/partners\/[^/?]+/);
      await page
        .getByRole("heading", { name: "Northwind Solutions", exact: true, level: 1 })
        .waitFor();
      await page.waitForLoadState("networkidle");
      await screenshot(page, "partner-page-with-opportunities-link");
      const toOpportunities = page
        .getByRole("main")
        .getByRole("link", { name: "Opportunities", exact: true });
      await toOpportunities.waitFor();
      await toOpportunities.click();
      await page.waitForURL(/\/cm\/opportunities\?partner=/);
      await page.getByRole("heading", { name: "Partner opportunities", level: 1 }).waitFor();
      const table = page.getByRole("table", { name: "Partner opportunities" });
      await table.getByRole("link").first().waitFor();
      await page.waitForLoadState("networkidle");
      // The filter shows "…" until the partner's name arrives, which may come after the list.
      const partnerFilter = page.getByRole("combobox", { name: "Partner" });
      await eventually(() => partnerFilter.inputValue(), "Northwind Solutions");
      const partners = await table
        .locator("tbody tr td:nth-child(6) > p:first-child")
        .allTextContents();
      expect(new Set(partners)).toEqual(new Set(["Northwind Solutions"]));
      await shootThreeWays(page, "opportunities-list-channel-manager");

      // The board: read-only.
      await page.getByRole("button", { name: "Board" }).click();
      await page.getByTestId("pipeline-summary").waitFor();
      await page.waitForLoadState("networkidle");
      expect(new URL(page.url()).searchParams.get("partner")).not.toBeNull();
      expect(await page.locator("li[draggable=true]").count()).toBe(0);
      expect(await page.getByRole("button", { name: /to another stage$/ }).count()).toBe(0);
      await shootThreeWays(page, "opportunities-board-channel-manager");

      // A page: no edit, no move, no close.
      await page.locator("section li a").first().click();
      await page.getByRole("heading", { name: "Stage history" }).waitFor();
      await page.waitForLoadState("networkidle");
      for (const action of ["Edit", "Close as won", "Close as lost", "Reassign", "Reopen"]) {
        expect(await page.getByRole("button", { name: action, exact: true }).count()).toBe(0);
      }
      expect(await page.getByRole("button", { name: /^Move to / }).count()).toBe(0);
      await shootThreeWays(page, "opportunity-page-channel-manager");
    } finally {
      await context.close();
    }
  });
});
