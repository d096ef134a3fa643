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

/** How much wider than the window the page is: anything above zero scrolls sideways. */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function settled(page: Page) {
  await page.waitForLoadState("networkidle");
  await page.waitForFunction(() => !document.querySelector("main .MuiSkeleton-root"));
}

/** The whole page from its top: scrolled, a full-page shot draws the fixed app bar mid-page. */
async function pageShot(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

/** The seller's account with the most open pipeline: one with opportunities and contacts. */
async function busiestAccount(page: Page) {
  const data = await graphqlInPage<{
    accounts: { edges: { node: { id: string; name: string; openAmount: string } }[] };
  }>(page, `{ accounts(first: 100) { edges { node { id name openAmount } } } }`);
  const accounts = data.accounts.edges.map((edge) => edge.node);
  accounts.sort((a, b) => Number(b.openAmount) - Number(a.openAmount));
  if (!accounts[0]) throw new Error("The demo seller has no accounts.");
  return accounts[0];
}

describeInBrowser("Accounts", () => {
  const browser = useBrowser();

  it("a seller finds an account (the search is in the address), opens it and adds a contact", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await signIn(page, "seller@northwind.demo");
      await page
        .getByRole("navigation", { name: "Portal sections" })
        .getByRole("link", { name: "Accounts" })
        .click();
      await page.getByRole("heading", { name: "Accounts", level: 1 }).waitFor();
      const table = page.getByRole("table", { name: "Accounts" });
      await table.getByRole("link").first().waitFor();
      await settled(page);
      await screenshot(page, "accounts-list");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      const account = await busiestAccount(page);
      const query = account.name.split(" ")[0]!;
      await page.getByRole("textbox", { name: "Search accounts" }).fill(query);
      await page.waitForURL((url) => url.searchParams.get("q") === query);
      await table.getByRole("link", { name: account.name }).waitFor();
      await page.reload();
      expect(await page.getByRole("textbox", { name: "Search accounts" }).inputValue()).toBe(query);
      await page.getByRole("textbox", { name: "Search accounts" }).fill("zz-no-such-customer");
      await page.getByText("No account matches “zz-no-such-customer”").waitFor();
      await screenshot(page, "accounts-list-no-match");

      await page.goto(`/seller/accounts?q=${encodeURIComponent(query)}`);
      await table.getByRole("link", { name: account.name }).click();
      await page.getByRole("heading", { name: account.name, level: 1 }).waitFor();
      await page.getByRole("list", { name: "Activities" }).waitFor();
      await settled(page);
      await screenshot(page, "account-page");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      // Add a contact: the domain's check first, then saved and listed.
      const stamp = Date.now().toString(36);
      const name = `Robin Wombat ${stamp}`;
      await page.getByRole("button", { name: "Add contact" }).click();
      const dialog = page.getByRole("dialog", { name: "Add a contact" });
      await dialog.getByRole("textbox", { name: "Name" }).fill(name);
      await dialog.getByRole("textbox", { name: "Job title" }).fill("Procurement lead");
      await dialog.getByRole("textbox", { name: "Email" }).fill("robin at wombat");
      await dialog.getByRole("button", { name: "Add contact" }).click();
      await dialog.getByText('Enter an email address like "name@example.com".').waitFor();
      await screenshot(page, "account-add-contact-invalid");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await dialog.getByRole("textbox", { name: "Email" }).fill(`robin.${stamp}@wombat.example`);
      await dialog.getByRole("textbox", { name: "Phone" }).fill("+1 (555) 010-2030");
      await dialog.getByRole("button", { name: "Add contact" }).click();
      await dialog.waitFor({ state: "hidden" });
      await page.getByText(`${name} is added to the contacts.`).waitFor();
      const contacts = page.getByRole("list", { name: "Contacts" });
      await contacts.getByText(name).waitFor();

      // Edit it.
      await contacts.getByRole("button", { name: `Edit ${name}` }).click();
      const edit = page.getByRole("dialog", { name: `Edit ${name}` });
      await edit.getByRole("textbox", { name: "Job title" }).fill("Head of procurement");
      await edit.getByRole("button", { name: "Save changes" }).click();
      await edit.waitFor({ state: "hidden" });
      await contacts.getByText("Head of procurement").waitFor();

      // Kept on the server: after a reload, and as a choice when logging an activity.
      await page.reload();
      await page.getByRole("list", { name: "Contacts" }).getByText(name).waitFor();
      await page.getByRole("button", { name: "Log activity" }).click();
      await page.getByRole("combobox", { name: "Contact" }).click();
      await page.getByRole("option", { name: `${name} · Head of procurement` }).waitFor();
      await page.keyboard.press("Escape");
    } finally {
      await context.close();
    }
  });

  it("the account pages in the dark and at 390 px: cards, no sideways scroll", async () => {
    const { context, page } = await newPage(browser.current, PHONE);
    try {
      await page.emulateMedia({ colorScheme: "dark" });
      await signIn(page, "seller@northwind.demo");
      await page.goto("/seller/accounts");
      const cards = page.getByRole("list", { name: "Accounts" });
      await cards.getByRole("listitem").first().waitFor();
      expect(await page.getByRole("table").count()).toBe(0);
      await settled(page);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, "phone-dark-accounts");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      const account = await busiestAccount(page);
      await page.goto(`/seller/accounts/${account.id}`);
      await page.getByRole("heading", { name: account.name, level: 1 }).waitFor();
      await page.getByRole("list", { name: "Activities" }).waitFor();
      await settled(page);
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, "phone-dark-account-page");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await page.getByRole("button", { name: "Log activity" }).click();
      await page.getByRole("form", { name: "Log activity" }).waitFor();
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
      await pageShot(page, "phone-dark-log-activity");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await page.emulateMedia({ colorScheme: "light" });
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.reload();
      await page.getByRole("list", { name: "Activities" }).waitFor();
      await settled(page);
      await screenshot(page, "account-page-light");

      await page.emulateMedia({ colorScheme: "dark" });
      await page.waitForFunction(() => document.documentElement.classList.contains("dark"));
      await screenshot(page, "account-page-dark");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("an account that is not the viewer's is not found, with the way back", async () => {
    const northwind = await newPage(browser.current);
    const { context, page } = await newPage(browser.current);
    try {
      await signIn(northwind.page, "seller@northwind.demo");
      await signIn(page, "seller@contoso.demo");
      // A Northwind account Contoso has no deal or opportunity with (both may work a customer).
      const ids = async (p: Page) =>
        (
          await graphqlInPage<{ accounts: { edges: { node: { id: string; name: string } }[] } }>(
            p,
            `{ accounts(first: 100) { edges { node { id name } } } }`,
          )
        ).accounts.edges.map((edge) => edge.node);
      const contosos = new Set((await ids(page)).map((account) => account.id));
      const theirs = (await ids(northwind.page)).find((account) => !contosos.has(account.id));
      if (!theirs) throw new Error("Every Northwind account is a Contoso account too.");
      await page.goto(`/seller/accounts/${theirs.id}`);
      await page.getByRole("heading", { name: "Account not found", level: 1 }).waitFor();
      expect(await page.getByText(theirs.name).count()).toBe(0);
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await page.getByRole("link", { name: "Back to accounts" }).click();
      await page.getByRole("heading", { name: "Accounts", level: 1 }).waitFor();
    } finally {
      await northwind.context.close();
      await context.close();
    }
  });
});
