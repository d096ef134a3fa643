import type { Page } from "playwright-core";
import {
  describeInBrowser,
  graphqlInPage,
  newPage,
  screenshot,
  seriousAccessibilityViolations,
  signIn,
  TABLET,
  useBrowser,
} from "./support/browser";

interface DealsAnswer {
  deals: {
    edges: {
      node: {
        number: string;
        customerName: string;
        customerDomain: string;
        partner: { name: string };
        protectionExpiresAt: string | null;
      };
    }[];
  };
}

/** An approved (so protected) deal of a partner other than Northwind, as the channel manager sees it. */
async function customerClaimedByAnotherPartner(page: Page) {
  const data = await graphqlInPage<DealsAnswer>(
    page,
    `query ClaimedCustomers {
      deals(filter: { statuses: [APPROVED] }, first: 100) {
        edges { node { number customerName customerDomain partner { name } protectionExpiresAt } }
      }
    }`,
  );
  const now = Date.now();
  const claimed = data.deals.edges
    .map((edge) => edge.node)
    .find(
      (deal) =>
        !deal.partner.name.startsWith("Northwind") &&
        deal.protectionExpiresAt !== null &&
        Date.parse(deal.protectionExpiresAt) > now,
    );
  if (!claimed) throw new Error("The demo data has no protected deal of another partner.");
  return claimed;
}

function isoDateInDays(days: number): string {
  return new Date(Date.now() + days * 24 * 3600 * 1000).toISOString().slice(0, 10);
}

describeInBrowser("Deal registration, end to end", () => {
  const browser = useBrowser();

  it("a seller registers a deal (warned about a claimed customer), the channel manager approves it, the seller sees the opportunity and the notification", async () => {
    const cm = await newPage(browser.current);
    const seller = await newPage(browser.current);
    try {
      // A customer another partner has claimed, found through the API as the channel manager.
      await signIn(cm.page, "cm@demo.prm");
      const claimed = await customerClaimedByAnotherPartner(cm.page);

      // The seller's deals list.
      await signIn(seller.page, "seller@northwind.demo");
      await seller.page
        .getByRole("navigation", { name: "Portal sections" })
        .getByRole("link", { name: "Deal registrations" })
        .click();
      await seller.page.getByRole("heading", { name: "Deal registrations", level: 1 }).waitFor();
      await seller.page
        .getByRole("table", { name: "Deal registrations" })
        .getByRole("link")
        .first()
        .waitFor();
      await seller.page.waitForLoadState("networkidle");
      await screenshot(seller.page, "deals-list-seller");
      expect(await seriousAccessibilityViolations(seller.page)).toEqual([]);

      // Typing the claimed customer's domain shows the hint, naming nobody.
      await seller.page.getByRole("link", { name: "Register deal" }).click();
      await seller.page.getByRole("heading", { name: "Register a deal", level: 1 }).waitFor();
      await seller.page.getByRole("textbox", { name: "Customer name" }).fill(claimed.customerName);
      await seller.page
        .getByRole("textbox", { name: "Customer web domain" })
        .fill(claimed.customerDomain);
      const hint = seller.page.getByTestId("conflict-hint");
      await hint.getByText(/This customer is already registered \(protected until/).waitFor();
      expect(await hint.textContent()).not.toContain(claimed.partner.name);
      expect(await hint.textContent()).not.toContain(claimed.number);
      await screenshot(seller.page, "register-deal-conflict-hint");
      expect(await seriousAccessibilityViolations(seller.page)).toEqual([]);

      // A fresh customer: no hint; register and submit.
      const stamp = Date.now().toString(36);
      const customer = `Quokka Orbital Ventures ${stamp}`;
      await seller.page.getByRole("textbox", { name: "Customer name" }).fill(customer);
      await seller.page
        .getByRole("textbox", { name: "Customer web domain" })
        .fill(`quokka-orbital-${stamp}.example`);
      await hint.getByText("Nobody has registered this customer yet.").waitFor();
      await seller.page.getByRole("textbox", { name: "Contact name" }).fill("Robin Quokka");
      await seller.page
        .getByRole("textbox", { name: "Contact email" })
        .fill("robin@quokka.example");
      await seller.page.getByRole("textbox", { name: "Estimated amount" }).fill("64,500");
      await seller.page.getByLabel("Expected close date").fill(isoDateInDays(60));
      const products = seller.page.getByRole("combobox", { name: "Products of interest" });
      await products.fill("Cloud Backup");
      await products.press("Enter");
      await products.fill("Identity Suite");
      await products.press("Enter");
      await seller.page.getByRole("button", { name: "Register and submit" }).click();
      await seller.page
        .getByText(/is registered and waiting for your channel manager's decision/)
        .waitFor();
      const heading = await seller.page.getByRole("heading", { level: 1 }).textContent();
      const number = /DR-\d{6}/.exec(heading ?? "")?.[0];
      expect(number).toBeDefined();
      const dealUrl = seller.page.url();

      // The channel manager finds it in the queue, reviews and approves it.
      await cm.page
        .getByRole("navigation", { name: "Portal sections" })
        .getByRole("link", { name: "Approvals" })
        .click();
      await cm.page.getByRole("heading", { name: "Approvals", level: 1 }).waitFor();
      const queue = cm.page.getByRole("table", { name: "Approvals" });
      await queue.getByRole("link").first().waitFor();
      await cm.page.waitForLoadState("networkidle");
      await screenshot(cm.page, "approval-queue");
      expect(await seriousAccessibilityViolations(cm.page)).toEqual([]);
      await cm.page.getByRole("textbox", { name: "Search deals" }).fill(customer);
      await queue.getByRole("link", { name: number }).click();
      await cm.page.getByRole("heading", { name: `${number} · ${customer}`, level: 1 }).waitFor();
      await cm.page.getByRole("heading", { name: "Conflicts" }).waitFor();
      await cm.page.waitForLoadState("networkidle");
      await screenshot(cm.page, "review-deal");
      await cm.page.getByRole("button", { name: "Approve" }).click();
      const dialog = cm.page.getByRole("dialog");
      await dialog.getByRole("textbox", { name: /note/i }).fill("Welcome aboard — go win it.");
      await dialog.getByRole("button", { name: "Approve" }).click();
      await cm.page.getByText(new RegExp(`${number} \\(.*\\) is approved`)).waitFor();
      expect(new URL(cm.page.url()).pathname).toBe("/cm/deals");

      // The seller sees the opportunity on the deal page and the notification in the bell.
      await seller.page.goto(dealUrl);
      await seller.page.getByText("Approved — opportunity created").waitFor();
      expect(await seriousAccessibilityViolations(seller.page)).toEqual([]);
      const bell = seller.page.getByRole("button", { name: /^Notifications, \d+ unread/ });
      await bell.waitFor();
      await bell.click();
      const menu = seller.page.getByRole("menu", { name: "Notifications" });
      await menu.getByText(new RegExp(`${number}.*approved`)).waitFor();
      await seller.page.waitForTimeout(300); // the menu's opening transition
      await screenshot(seller.page, "deal-approved-with-notification");
      await menu.getByText(new RegExp(`${number}.*approved`)).click();
      await seller.page.waitForURL(dealUrl);
    } finally {
      await cm.context.close();
      await seller.context.close();
    }
  });

  it("a colleague's registration of the same customer is a conflict: the review page lists it", async () => {
    const cm = await newPage(browser.current);
    const seller = await newPage(browser.current);
    const manager = await newPage(browser.current);
    try {
      const stamp = Date.now().toString(36);
      const customer = {
        customerName: `Numbat Ridge Mining ${stamp}`,
        customerDomain: `numbat-ridge-${stamp}.example`,
        estimatedAmount: "31000",
        expectedCloseDate: isoDateInDays(50),
        submit: true,
      };
      const register = (page: Page) =>
        graphqlInPage<{ registerDeal: { id: string; number: string } }>(
          page,
          `mutation Register($input: RegisterDealInput!) { registerDeal(input: $input) { id number } }`,
          { input: customer },
        );
      await signIn(seller.page, "seller@northwind.demo");
      const first = (await register(seller.page)).registerDeal;
      await signIn(manager.page, "manager@northwind.demo");
      const duplicate = (await register(manager.page)).registerDeal;

      await signIn(cm.page, "cm@demo.prm");
      await cm.page.goto(`/cm/deals/${duplicate.id}`);
      const conflicts = cm.page.getByRole("list", { name: "Conflicting records" });
      await conflicts.getByRole("link", { name: `Deal ${first.number}` }).waitFor();
      expect(await conflicts.textContent()).toContain("Northwind");
      await cm.page.waitForLoadState("networkidle");
      await screenshot(cm.page, "review-deal-same-partner-duplicate");
      expect(await seriousAccessibilityViolations(cm.page)).toEqual([]);
    } finally {
      await cm.context.close();
      await seller.context.close();
      await manager.context.close();
    }
  });

  it("the channel manager returns a registration with a reason; the seller edits and resubmits it, then withdraws it", async () => {
    const cm = await newPage(browser.current);
    const seller = await newPage(browser.current);
    try {
      await signIn(seller.page, "seller@northwind.demo");
      const stamp = Date.now().toString(36);
      const registered = await graphqlInPage<{ registerDeal: { id: string; number: string } }>(
        seller.page,
        `mutation Register($input: RegisterDealInput!) { registerDeal(input: $input) { id number } }`,
        {
          input: {
            customerName: `Wombat Harbor Logistics ${stamp}`,
            customerDomain: `wombat-harbor-${stamp}.example`,
            estimatedAmount: "12000",
            expectedCloseDate: isoDateInDays(45),
            submit: true,
          },
        },
      );
      const { id, number } = registered.registerDeal;

      await signIn(cm.page, "cm@demo.prm");
      await cm.page.goto(`/cm/deals/${id}`);
      await cm.page.getByRole("button", { name: "Return" }).click();
      const dialog = cm.page.getByRole("dialog");
      await dialog.getByRole("button", { name: "Return for changes" }).click();
      await dialog.getByText("Reason is required.").waitFor();
      await dialog
        .getByRole("textbox", { name: "Reason" })
        .fill("Please add the contact and a realistic amount.");
      await dialog.getByRole("button", { name: "Return for changes" }).click();
      await cm.page.getByText(new RegExp(`${number} \\(.*\\) is returned`)).waitFor();

      await seller.page.goto(`/seller/deals/${id}`);
      await seller.page
        .getByText("Please add the contact and a realistic amount.")
        .first()
        .waitFor();
      await screenshot(seller.page, "returned-deal");
      await seller.page.getByRole("link", { name: "Edit and resubmit" }).click();
      await seller.page.getByRole("heading", { name: `Edit ${number}`, level: 1 }).waitFor();
      await seller.page.getByRole("textbox", { name: "Contact name" }).fill("Kim Wombat");
      const amount = seller.page.getByRole("textbox", { name: "Estimated amount" });
      await amount.fill("18,250.50");
      await amount.blur();
      expect(await amount.inputValue()).toBe("18,250.50");
      await screenshot(seller.page, "edit-returned-deal");
      await seller.page.getByRole("button", { name: "Save and resubmit" }).click();
      await seller.page.getByText(`${number} is resubmitted`).waitFor();
      await seller.page.getByText("$18,250.50").first().waitFor();

      await seller.page.getByRole("button", { name: "Withdraw" }).click();
      const confirm = seller.page.getByRole("dialog", { name: `Withdraw ${number}?` });
      await confirm.getByRole("button", { name: "Withdraw registration" }).click();
      await seller.page.getByText(`${number} was withdrawn.`).waitFor();
      expect(new URL(seller.page.url()).pathname).toBe("/seller/deals");
    } finally {
      await cm.context.close();
      await seller.context.close();
    }
  });

  it("the channel manager reviews a conflicted registration side by side, and must give an override reason", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await signIn(page, "cm@demo.prm");
      const data = await graphqlInPage<{
        deals: { edges: { node: { id: string; conflicts: { protected: boolean }[] | null } }[] };
      }>(
        page,
        `query Conflicted {
          deals(filter: { statuses: [SUBMITTED] }, first: 100, orderBy: OLDEST_SUBMITTED) {
            edges { node { id conflicts { protected } } }
          }
        }`,
      );
      const conflicted = data.deals.edges
        .map((edge) => edge.node)
        .find((deal) => deal.conflicts?.some((conflict) => conflict.protected));
      if (!conflicted)
        throw new Error("The demo data has no submitted deal with a protected conflict.");

      await page.goto(`/cm/deals/${conflicted.id}`);
      const conflicts = page.getByRole("list", { name: "Conflicting records" });
      await conflicts.getByRole("listitem").first().waitFor();
      await page.waitForLoadState("networkidle");
      await screenshot(page, "review-deal-with-conflicts");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await page.getByRole("button", { name: "Approve" }).click();
      const dialog = page.getByRole("dialog");
      await dialog.getByRole("button", { name: "Approve" }).click();
      await dialog.getByText(/Override reason is required/).waitFor();
      await screenshot(page, "review-deal-override-required");
      await dialog.getByRole("button", { name: "Cancel" }).click();
      await dialog.waitFor({ state: "detached" });
    } finally {
      await context.close();
    }
  });

  it("the register form and the approval queue work on a tablet in the dark theme", async () => {
    const seller = await newPage(browser.current, TABLET);
    const cm = await newPage(browser.current, TABLET);
    try {
      await signIn(seller.page, "seller@northwind.demo");
      await seller.page.getByRole("button", { name: "Switch to dark theme" }).click();
      await seller.page.mouse.move(400, 600);
      await seller.page.goto("/seller/deals/new");
      await seller.page.getByRole("heading", { name: "Register a deal", level: 1 }).waitFor();
      await seller.page.getByRole("button", { name: "Register and submit" }).click();
      await seller.page.getByText("The customer name is required.").waitFor();
      await seller.page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(seller.page, "tablet-dark-register-deal-errors");
      expect(await seriousAccessibilityViolations(seller.page)).toEqual([]);

      await signIn(cm.page, "cm@demo.prm");
      await cm.page.getByRole("button", { name: "Switch to dark theme" }).click();
      await cm.page.mouse.move(400, 600);
      await cm.page.goto("/cm/deals");
      await cm.page.getByRole("table", { name: "Approvals" }).getByRole("link").first().waitFor();
      await cm.page.waitForLoadState("networkidle");
      await screenshot(cm.page, "tablet-dark-approval-queue");
      expect(await seriousAccessibilityViolations(cm.page)).toEqual([]);
    } finally {
      await seller.context.close();
      await cm.context.close();
    }
  });
});
