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
const PARTNER = `Wallaby Works ${stamp}`;
const DOMAIN = `wallaby-${stamp}.example`;
const FIRST_OPS = { name: `Uma Opsfirst ${stamp}`, email: `uma-${stamp}@${DOMAIN}` };
const NEW_CM = { name: `Kai Channel ${stamp}`, email: `kai-${stamp}@demo.prm` };
const OPS_PASSWORD = "a partner's first password";

/** How much wider than the window the page is: anything above zero scrolls sideways. */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function openSection(page: Page, email: string, section: string) {
  await signIn(page, email);
  await page.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();
  // On a phone the navigation is in a drawer.
  const menu = page.getByRole("button", { name: "Open navigation" });
  if (await menu.isVisible()) await menu.click();
  await page
    .getByRole("navigation", { name: "Portal sections" })
    .getByRole("link", { name: section })
    .click();
  await page.getByRole("heading", { name: section, level: 1 }).waitFor();
}

async function userNamed(page: Page, email: string): Promise<{ id: string; name: string }> {
  const { users } = await graphqlInPage<{
    users: { edges: { node: { id: string; name: string } }[] };
  }>(
    page,
    `query One($search: String) { users(filter: { search: $search }, first: 1) { edges { node { id name } } } }`,
    { search: email },
  );
  return users.edges[0]!.node;
}

/** Picks the option of a MUI select (a combobox) that contains `text`. */
async function choose(
  page: Page,
  scope: ReturnType<Page["getByRole"]>,
  label: string,
  text: string,
) {
  // A select is named by its label and its value ("Tier Registered").
  await scope.getByRole("combobox", { name: new RegExp(`^${label}`) }).click();
  await page.getByRole("option").filter({ hasText: text }).click();
}

async function partnerAction(page: Page, action: string) {
  await page.getByRole("button", { name: `Actions for ${PARTNER}` }).click();
  await page.getByRole("menuitem", { name: new RegExp(`^${action}`) }).click();
}

describeInBrowser("Vendor administration", () => {
  const browser = useBrowser();
  let admin: { context: BrowserContext; page: Page };
  let partnerId = "";

  beforeAll(async () => {
    admin = await newPage(browser.current);
  });
  afterAll(async () => {
    await admin?.context.close();
  });

  it("the admin onboards a partner and assigns it a channel manager, who sees it on their partners list", async () => {
    const { page } = admin;
    await openSection(page, "admin@demo.prm", "Partners");
    await page.getByRole("table", { name: "Partners" }).getByText("Northwind Solutions").waitFor();
    await page.waitForLoadState("networkidle");
    await screenshot(page, "partners-admin");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    const cm2 = await userNamed(page, "cm2@demo.prm");
    const cm3 = await userNamed(page, "cm3@demo.prm");

    await page.getByRole("button", { name: "Onboard partner" }).click();
    const onboard = page.getByRole("dialog", { name: "Onboard a partner" });
    await onboard.getByRole("textbox", { name: "Partner name" }).fill(PARTNER);
    await onboard.getByRole("textbox", { name: "Web domain" }).fill(`https://www.${DOMAIN}/`);
    await onboard.getByText(`Saved as ${DOMAIN}.`).waitFor();
    await choose(page, onboard, "Tier", "Gold");
    await choose(page, onboard, "Channel manager", "cm2@demo.prm");
    await onboard.getByRole("textbox", { name: "Their name" }).fill(FIRST_OPS.name);
    await onboard.getByRole("textbox", { name: "Their email" }).fill(FIRST_OPS.email);
    await screenshot(page, "partners-onboard-dialog");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await onboard.getByRole("button", { name: "Onboard and get link" }).click();

    const sent = page.getByRole("dialog", { name: `Send ${FIRST_OPS.name} their invitation link` });
    await sent.getByText("Copy it now — it won't be shown again.").waitFor();
    const link = await sent.getByRole("textbox", { name: "Invitation link" }).inputValue();
    expect(link).toMatch(/\/accept-invitation#token=.+/);
    await screenshot(page, "partners-onboard-link");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await sent.getByRole("button", { name: "Done" }).click();
    await page.getByText(`${PARTNER} is onboarded.`).waitFor();

    await page.getByRole("textbox", { name: "Search partners" }).fill(PARTNER);
    const row = page.getByRole("row").filter({ hasText: PARTNER });
    await row.getByText(cm2.name).waitFor();
    await row.getByText("Gold").waitFor();
    partnerId = (await row.getByRole("link", { name: PARTNER }).getAttribute("href"))!
      .split("/")
      .pop()!;

    // Reassigned to another channel manager.
    await partnerAction(page, "Change channel manager");
    const assign = page.getByRole("dialog", { name: `Change the channel manager of ${PARTNER}` });
    await assign.getByText(`${cm2.name} looks after ${PARTNER} now.`, { exact: false }).waitFor();
    await choose(page, assign, "New channel manager", "cm3@demo.prm");
    await screenshot(page, "partners-assign-channel-manager");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await assign.getByRole("button", { name: "Change channel manager" }).click();
    await page.getByText(`${PARTNER} is now looked after by ${cm3.name}.`).waitFor();
    await row.getByText(cm3.name).waitFor();

    // The new channel manager sees it on their partners list, and is told so; the old one does not.
    const manager = await newPage(browser.current);
    const previous = await newPage(browser.current);
    try {
      await openSection(manager.page, "cm3@demo.prm", "Partners");
      await manager.page.getByRole("textbox", { name: "Search partners" }).fill(PARTNER);
      await manager.page
        .getByRole("table", { name: "Partners" })
        .getByRole("link", { name: PARTNER })
        .waitFor();
      await screenshot(manager.page, "partners-new-channel-manager");
      await manager.page.getByRole("button", { name: /^Notifications, \d+ unread$/ }).click();
      await manager.page
        .getByRole("menu", { name: "Notifications" })
        .getByText(`${PARTNER} is now one of your partners`)
        .click();
      await manager.page.waitForURL(`**/cm/partners/${partnerId}`);
      await manager.page.getByRole("heading", { name: PARTNER, level: 1 }).waitFor();

      await signIn(previous.page, "cm2@demo.prm");
      const { partners } = await graphqlInPage<{ partners: { totalCount: number } }>(
        previous.page,
        `query Mine($search: String) { partners(search: $search) { totalCount } }`,
        { search: PARTNER },
      );
      expect(partners.totalCount).toBe(0);
    } finally {
      await manager.context.close();
      await previous.context.close();
    }

    // The partner's first sales operations user joins with the link, into their portal.
    const joining = await browser.current.newContext({ reducedMotion: "reduce" });
    try {
      const ops = await joining.newPage();
      await ops.goto(link);
      await ops.locator("input[name=password]").fill(OPS_PASSWORD);
      await ops.getByRole("button", { name: "Set password and sign in" }).click();
      await ops.waitForURL("**/ops");
      await ops.getByRole("heading", { name: "Dashboard", level: 1 }).waitFor();
      const { me } = await graphqlInPage<{ me: { role: string; organization: { name: string } } }>(
        ops,
        `{ me { role organization { name } } }`,
      );
      expect(me).toEqual({ role: "PARTNER_SALES_OPS", organization: { name: PARTNER } });

      // Edited, then deactivated: its people are signed out at once.
      await partnerAction(page, "Edit details");
      const edit = page.getByRole("dialog", { name: `Edit ${PARTNER}` });
      await choose(page, edit, "Tier", "Platinum");
      await edit.getByRole("button", { name: "Save changes" }).click();
      await page.getByText(`${PARTNER} is saved.`).waitFor();
      await row.getByText("Platinum").waitFor();

      await partnerAction(page, "Deactivate");
      const confirm = page.getByRole("dialog", { name: `Deactivate ${PARTNER}?` });
      await confirm.getByText("Its people are signed out at once", { exact: false }).waitFor();
      await screenshot(page, "partners-deactivate-confirm");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await confirm.getByRole("button", { name: "Deactivate partner" }).click();
      await page.getByText(`${PARTNER} is deactivated`, { exact: false }).waitFor();
      await row.getByText("Deactivated", { exact: true }).waitFor();
      await expect(graphqlInPage(ops, `{ deals(first: 1) { totalCount } }`)).rejects.toThrow(
        /UNAUTHENTICATED/,
      );

      await partnerAction(page, "Reactivate");
      await page
        .getByRole("dialog", { name: `Reactivate ${PARTNER}?` })
        .getByRole("button", { name: "Reactivate partner" })
        .click();
      await page.getByText(`${PARTNER} is active again.`).waitFor();
      await row.getByText("Active", { exact: true }).waitFor();
    } finally {
      await joining.close();
    }
  });

  it("the admin invites a channel manager, and deactivates them handing their partners over", async () => {
    const { page } = admin;
    await page
      .getByRole("navigation", { name: "Portal sections" })
      .getByRole("link", { name: "Vendor users" })
      .click();
    await page.getByRole("heading", { name: "Vendor users", level: 1 }).waitFor();
    await page.getByRole("row").filter({ hasText: "cm@demo.prm" }).waitFor();
    await page.waitForLoadState("networkidle");
    await screenshot(page, "vendor-users");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Invite someone" }).click();
    const invite = page.getByRole("dialog", { name: /^Invite someone to / });
    await invite.getByRole("textbox", { name: "Email" }).fill(NEW_CM.email);
    await invite.getByRole("textbox", { name: "Name" }).fill(NEW_CM.name);
    expect(await invite.getByRole("combobox", { name: "Role" }).textContent()).toBe(
      "Channel manager",
    );
    await invite.getByRole("button", { name: "Invite and get link" }).click();
    const sent = page.getByRole("dialog", { name: `Send ${NEW_CM.name} their invitation link` });
    await sent.getByRole("textbox", { name: "Invitation link" }).waitFor();
    await sent.getByRole("button", { name: "Done" }).click();
    await page.getByText(`${NEW_CM.name} is invited.`).waitFor();

    // They look after the onboarded partner; leaving, they hand it to a colleague.
    const newCm = await userNamed(page, NEW_CM.email);
    const cm3 = await userNamed(page, "cm3@demo.prm");
    await graphqlInPage(
      page,
      `mutation Assign($input: AssignChannelManagerInput!) { assignChannelManager(input: $input) { id } }`,
      { input: { partnerId, channelManagerId: newCm.id } },
    );
    const row = await findPerson(page, NEW_CM.email);
    await row.getByRole("button", { name: `Actions for ${NEW_CM.name}` }).click();
    await page.getByRole("menuitem", { name: /^Deactivate/ }).click();
    const dialog = page.getByRole("dialog", { name: `Deactivate ${NEW_CM.name}?` });
    await dialog.getByText(`${NEW_CM.name} still manages 1 partner.`).waitFor();
    await choosePerson(
      page,
      dialog.getByRole("combobox", { name: "Hand their 1 partner to" }),
      "cm3@demo.prm",
    );
    await screenshot(page, "vendor-users-deactivate-handover");
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await dialog.getByRole("button", { name: "Reassign and deactivate" }).click();
    await page.getByText(`${NEW_CM.name} is deactivated; ${cm3.name} now has 1 partner.`).waitFor();
    await row.getByText("Deactivated", { exact: true }).waitFor();

    const { partners } = await graphqlInPage<{
      partners: { edges: { node: { channelManager: { id: string } } }[] };
    }>(
      page,
      `query One($search: String) { partners(search: $search) { edges { node { channelManager { id } } } } }`,
      { search: PARTNER },
    );
    expect(partners.edges[0]?.node.channelManager.id).toBe(cm3.id);
  });

  it("reads well in the dark and on a phone", async () => {
    const dark = await newPage(browser.current);
    const phone = await newPage(browser.current, PHONE);
    try {
      await dark.page.emulateMedia({ colorScheme: "dark" });
      await openSection(dark.page, "admin@demo.prm", "Partners");
      await dark.page
        .getByRole("table", { name: "Partners" })
        .getByText("Northwind Solutions")
        .waitFor();
      await dark.page.waitForLoadState("networkidle");
      await screenshot(dark.page, "partners-admin-dark");
      expect(await seriousAccessibilityViolations(dark.page)).toEqual([]);
      await dark.page.getByRole("button", { name: "Onboard partner" }).click();
      await dark.page.getByRole("dialog", { name: "Onboard a partner" }).waitFor();
      await screenshot(dark.page, "partners-onboard-dialog-dark");
      expect(await seriousAccessibilityViolations(dark.page)).toEqual([]);
      await dark.page.keyboard.press("Escape");
      await dark.page
        .getByRole("navigation", { name: "Portal sections" })
        .getByRole("link", { name: "Vendor users" })
        .click();
      await dark.page.getByRole("row").filter({ hasText: "cm@demo.prm" }).waitFor();
      await dark.page.waitForLoadState("networkidle");
      await screenshot(dark.page, "vendor-users-dark");
      expect(await seriousAccessibilityViolations(dark.page)).toEqual([]);

      await openSection(phone.page, "admin@demo.prm", "Partners");
      await phone.page
        .getByRole("list", { name: "Partners" })
        .getByText("Northwind Solutions")
        .waitFor();
      await phone.page.waitForLoadState("networkidle");
      expect(await sidewaysOverflow(phone.page)).toBeLessThanOrEqual(0);
      await screenshot(phone.page, "partners-admin-phone");
      expect(await seriousAccessibilityViolations(phone.page)).toEqual([]);
      await phone.page.getByRole("button", { name: "Open navigation" }).click();
      await phone.page
        .getByRole("navigation", { name: "Portal sections" })
        .getByRole("link", { name: "Vendor users" })
        .click();
      await phone.page
        .getByRole("list", { name: /^People of / })
        .getByText("cm@demo.prm")
        .waitFor();
      expect(await sidewaysOverflow(phone.page)).toBeLessThanOrEqual(0);
      await screenshot(phone.page, "vendor-users-phone");
      expect(await seriousAccessibilityViolations(phone.page)).toEqual([]);
    } finally {
      await dark.context.close();
      await phone.context.close();
    }
  });
});
