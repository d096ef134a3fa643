import type { BrowserContext, Page } from "playwright-core";
import {
  describeInBrowser,
  graphqlInPage,
  newPage,
  screenshot,
  seriousAccessibilityViolations,
  signIn,
  useBrowser,
} from "./support/browser";
import { choosePerson, findPerson } from "./support/people";

const PHONE = { width: 390, height: 844 };
const stamp = Date.now().toString(36);
/** The seller sales operations invite, and the colleague who later takes over their work. */
const SELLER = { name: `Robin Invitee ${stamp}`, email: `robin-${stamp}@northwind.demo` };
const HEIR = { name: `Sasha Heir ${stamp}`, email: `sasha-${stamp}@northwind.demo` };
const FIRST_PASSWORD = "correct horse battery staple";
const SECOND_PASSWORD = "another long passphrase, 2nd";

/** How much wider than the window the page is: anything above zero scrolls sideways. */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function openOperators(page: Page) {
  await signIn(page, "ops@northwind.demo");
  await page.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();
  // On a phone the navigation is in a drawer.
  const menu = page.getByRole("button", { name: "Open navigation" });
  if (await menu.isVisible()) await menu.click();
  await page
    .getByRole("navigation", { name: "Portal sections" })
    .getByRole("link", { name: "Operators" })
    .click();
  await page.getByRole("heading", { name: "Operators", level: 1 }).waitFor();
}

async function personAction(page: Page, person: { name: string; email: string }, action: string) {
  const row = await findPerson(page, person.email);
  await row.getByRole("button", { name: `Actions for ${person.name}` }).click();
  await page.getByRole("menuitem", { name: new RegExp(`^${action}`) }).click();
}

/** Opens a one-time link in a browser of its own (nobody signed in) and sets the password. */
async function setPasswordWithLink(
  context: BrowserContext,
  link: string,
  password: string,
  shot?: string,
) {
  const page = await context.newPage();
  await page.goto(link);
  const field = page.locator("input[name=password]");
  await field.fill("too short");
  await page.getByText("3 more characters to go (at least 12).").waitFor();
  if (shot) {
    await screenshot(page, shot);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  }
  await field.fill(password);
  await page.getByText("Long enough.").waitFor();
  await page.getByRole("button", { name: /and sign in$/ }).click();
  await page.waitForURL("**/seller");
  await page.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();
  return page;
}

describeInBrowser("Operators", () => {
  const browser = useBrowser();
  let ops: { context: BrowserContext; page: Page };
  let seller: { context: BrowserContext; page: Page };

  beforeAll(async () => {
    ops = await newPage(browser.current);
    await ops.context.grantPermissions(["clipboard-read", "clipboard-write"]);
    seller = await newPage(browser.current);
  });
  afterAll(async () => {
    await ops?.context.close();
    await seller?.context.close();
  });

  it("sales operations invite a seller, who opens the link, sets a password and lands on their portal", async () => {
    const { page } = ops;
    await openOperators(page);
    await page.getByRole("table", { name: /^People of / }).waitFor();
    await page.getByRole("row").filter({ hasText: "seller@northwind.demo" }).waitFor();
    await page.waitForLoadState("networkidle");
    await screenshot(page, "operators-ops");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Invite someone" }).click();
    const invite = page.getByRole("dialog", { name: /^Invite someone to / });
    await invite.getByRole("textbox", { name: "Email" }).fill(SELLER.email);
    await invite.getByRole("textbox", { name: "Name" }).fill(SELLER.name);
    await choosePerson(
      page,
      invite.getByRole("combobox", { name: "Manager (optional)" }),
      "manager@northwind.demo",
    );
    await invite.getByRole("combobox", { name: "Territories" }).click();
    const territory = page.getByRole("option").first();
    const territoryPath = (await territory.textContent()) ?? "";
    await territory.click();
    await screenshot(page, "operators-invite-dialog");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await invite.getByRole("button", { name: "Invite and get link" }).click();

    const sent = page.getByRole("dialog", { name: `Send ${SELLER.name} their invitation link` });
    await sent.getByText("Copy it now — it won't be shown again.").waitFor();
    const link = await sent.getByRole("textbox", { name: "Invitation link" }).inputValue();
    expect(link).toMatch(/\/accept-invitation#token=.+/);
    await sent.getByRole("button", { name: "Copy link" }).click();
    await sent.getByText("Copied to the clipboard.").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
    await screenshot(page, "operators-invitation-link");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await sent.getByRole("button", { name: "Done" }).click();
    await page.getByText(`${SELLER.name} is invited.`).waitFor();
    const invited = await findPerson(page, SELLER.email);
    await invited.getByText("Invited", { exact: true }).waitFor();

    // The seller, in a browser of their own, with the link.
    const accepted = await setPasswordWithLink(
      seller.context,
      link,
      FIRST_PASSWORD,
      "accept-invitation",
    );
    const { me } = await graphqlInPage<{
      me: {
        role: string;
        organization: { name: string };
        manager: { email: string } | null;
        territories: { path: string }[];
      };
    }>(accepted, `{ me { role organization { name } manager { email } territories { path } } }`);
    expect(me.role).toBe("PARTNER_SELLER");
    expect(me.manager?.email).toBe("manager@northwind.demo");
    expect(me.territories.map((t) => t.path)).toEqual([territoryPath]);
    seller.page = accepted;

    // The link worked once.
    const again = await browser.current.newContext({ reducedMotion: "reduce" });
    try {
      const reused = await again.newPage();
      await reused.goto(link);
      await reused.locator("input[name=password]").fill(SECOND_PASSWORD);
      await reused.getByRole("button", { name: "Set password and sign in" }).click();
      await reused.getByRole("heading", { name: "This invitation link can't be used" }).waitFor();
      await reused.getByText("This link has already been used.", { exact: false }).waitFor();
      await screenshot(reused, "accept-invitation-used");
      expect(await seriousAccessibilityViolations(reused)).toEqual([]);
    } finally {
      await again.close();
    }

    // Back on Operators, the invitation is accepted.
    await page.reload();
    const row = await findPerson(page, SELLER.email);
    await row.getByText("Active", { exact: true }).waitFor();
    await row.getByText("just now").waitFor();
  });

  it("refuses a reporting line that would loop, saying why", async () => {
    const { page } = ops;
    const manager = await findPerson(page, "manager@northwind.demo");
    const managerName = (await manager.locator("td").first().locator("p").first().textContent())!;
    await manager.getByRole("button", { name: `Actions for ${managerName}` }).click();
    await page.getByRole("menuitem", { name: /^Edit/ }).click();
    const edit = page.getByRole("dialog", { name: `Edit ${managerName}` });
    await choosePerson(
      page,
      edit.getByRole("combobox", { name: "Manager", exact: true }),
      SELLER.email,
    );
    await edit.getByRole("button", { name: "Save changes" }).click();
    await edit.getByText("a reporting line cannot loop", { exact: false }).waitFor();
    await screenshot(page, "operators-edit-loop-refused");
    await edit.getByRole("button", { name: "Cancel" }).click();
  });

  it("makes a password reset link the person uses once", async () => {
    const { page } = ops;
    await personAction(page, SELLER, "Password reset link");
    const dialog = page.getByRole("dialog", { name: `Password reset link for ${SELLER.name}` });
    await dialog.getByRole("button", { name: "Make a reset link" }).click();
    const link = await dialog.getByRole("textbox", { name: "Password reset link" }).inputValue();
    expect(link).toMatch(/\/reset-password#token=.+/);
    await dialog.getByRole("button", { name: "Done" }).click();

    const fresh = await browser.current.newContext({ reducedMotion: "reduce" });
    try {
      const reset = await setPasswordWithLink(fresh, link, SECOND_PASSWORD, "reset-password");
      await reset.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();
    } finally {
      await fresh.close();
    }
    // The reset signed the seller out everywhere else: sign in again with the new password.
    await signIn(seller.page, SELLER.email, SECOND_PASSWORD);
    await seller.page.waitForURL("**/seller");
  });

  it("deactivates someone and hands their pending deals to a colleague in the same dialog", async () => {
    const { page } = ops;
    const registered = await graphqlInPage<{ registerDeal: { id: string } }>(
      seller.page,
      `mutation Register($input: RegisterDealInput!) { registerDeal(input: $input) { id } }`,
      {
        input: {
          customerName: `Quokka Freight ${stamp}`,
          customerDomain: `quokka-freight-${stamp}.example`,
          estimatedAmount: "18000",
          expectedCloseDate: new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10),
        },
      },
    );
    await graphqlInPage(
      page,
      `mutation Invite($input: InviteUserInput!) { inviteUser(input: $input) { user { id } } }`,
      { input: { email: HEIR.email, name: HEIR.name, role: "PARTNER_SELLER" } },
    );

    await page.reload();
    await personAction(page, SELLER, "Deactivate");
    const dialog = page.getByRole("dialog", { name: `Deactivate ${SELLER.name}?` });
    await dialog.getByText(`${SELLER.name} still owns 1 pending deal.`).waitFor();
    await choosePerson(
      page,
      dialog.getByRole("combobox", { name: "Reassign their 1 pending deal to" }),
      HEIR.email,
    );
    await screenshot(page, "operators-deactivate-reassign");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Reassign and deactivate" }).click();
    await page
      .getByText(`${SELLER.name} is deactivated; ${HEIR.name} now has 1 pending deal.`)
      .waitFor();
    const row = await findPerson(page, SELLER.email);
    await row.getByText("Deactivated", { exact: true }).waitFor();
    await row.getByRole("button", { name: `Actions for ${SELLER.name}` }).click();
    await page.getByRole("menuitem", { name: /^Reactivate/ }).waitFor();
    await page.keyboard.press("Escape");
    await screenshot(page, "operators-after-deactivation");

    // The deal is the colleague's now, and the seller's session stopped working at once.
    const { deal } = await graphqlInPage<{ deal: { owner: { email: string } } }>(
      page,
      `query Deal($id: ID!) { deal(id: $id) { owner { email } } }`,
      { id: registered.registerDeal.id },
    );
    expect(deal.owner.email).toBe(HEIR.email);
    await expect(graphqlInPage(seller.page, `{ deals(first: 1) { totalCount } }`)).rejects.toThrow(
      /UNAUTHENTICATED/,
    );
  });

  it("reads well in the dark and on a phone, with the quotas tab", async () => {
    const dark = await newPage(browser.current);
    const phone = await newPage(browser.current, PHONE);
    try {
      await dark.page.emulateMedia({ colorScheme: "dark" });
      await openOperators(dark.page);
      await dark.page.getByRole("row").filter({ hasText: "seller@northwind.demo" }).waitFor();
      await dark.page.waitForLoadState("networkidle");
      await screenshot(dark.page, "operators-ops-dark");
      expect(await seriousAccessibilityViolations(dark.page)).toEqual([]);
      await dark.page.getByRole("button", { name: "Invite someone" }).click();
      await dark.page.getByRole("dialog", { name: /^Invite someone to / }).waitFor();
      await screenshot(dark.page, "operators-invite-dialog-dark");
      expect(await seriousAccessibilityViolations(dark.page)).toEqual([]);
      await dark.page.keyboard.press("Escape");
      await dark.page.getByRole("tab", { name: "Quotas" }).click();
      await dark.page.waitForURL(/tab=quotas/);
      await dark.page.getByRole("table", { name: /^Seller quotas for / }).waitFor();
      await dark.page.waitForLoadState("networkidle");
      await screenshot(dark.page, "operators-quotas-dark");
      // The quotas tab is the quotas feature's (SellerQuotas): its "Set quota" buttons are named
      // "Set the <period> quota of <seller>", which axe flags; that is for the quotas feature.
      expect(
        (await seriousAccessibilityViolations(dark.page)).filter(
          (v) => v.id !== "label-content-name-mismatch",
        ),
      ).toEqual([]);

      await openOperators(phone.page);
      await phone.page
        .getByRole("list", { name: /^People of / })
        .getByText("seller@northwind.demo")
        .waitFor();
      await phone.page.waitForLoadState("networkidle");
      expect(await sidewaysOverflow(phone.page)).toBeLessThanOrEqual(0);
      await screenshot(phone.page, "operators-ops-phone");
      expect(await seriousAccessibilityViolations(phone.page)).toEqual([]);
      await phone.page.getByRole("button", { name: "Invite someone" }).click();
      await phone.page.getByRole("dialog", { name: /^Invite someone to / }).waitFor();
      expect(await sidewaysOverflow(phone.page)).toBeLessThanOrEqual(0);
      await screenshot(phone.page, "operators-invite-dialog-phone");

      // The pages a link opens (a made-up token: nothing is sent until the form is).
      for (const [page, name] of [
        [dark.page, "accept-invitation-dark"],
        [phone.page, "accept-invitation-phone"],
      ] as const) {
        await page.goto("/accept-invitation#token=not-sent");
        await page.locator("input[name=password]").fill("twelve chars");
        await page.getByText("Long enough.").waitFor();
        expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
        await screenshot(page, name);
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
      }
      await phone.page.goto("/reset-password");
      await phone.page
        .getByRole("heading", { name: "This password reset link can't be used" })
        .waitFor();
      await screenshot(phone.page, "reset-password-incomplete-phone");
      expect(await seriousAccessibilityViolations(phone.page)).toEqual([]);
    } finally {
      await dark.context.close();
      await phone.context.close();
    }
  });
});
