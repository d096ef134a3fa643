import type { Page } from "playwright-core";
import {
  baseUrl,
  describeInBrowser,
  newPage,
  screenshot,
  seriousAccessibilityViolations,
  signIn,
  useBrowser,
} from "./support/browser";

const PHONE = { width: 390, height: 844 };
const NAME = `E2E export ${Date.now().toString(36)}`;

/** A GraphQL request as another app makes it: only the bearer token, no cookie. */
async function withToken(token: string, query: string) {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { extensions?: { code?: string } }[];
  };
}

async function openApiAccess(page: Page, email: string) {
  await signIn(page, email);
  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("menuitem", { name: "API access" }).click();
  await page.getByRole("heading", { name: "API access", level: 1 }).waitFor();
  await page.waitForLoadState("networkidle");
}

/** How much wider than the window the page is: anything above zero scrolls sideways. */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describeInBrowser("API access", () => {
  const browser = useBrowser();

  it("a user creates a token, another app uses it, the user revokes it and it answers UNAUTHENTICATED", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await openApiAccess(page, "seller@contoso.demo");
      await page.waitForURL("**/seller/api-access");
      await screenshot(page, "api-access-empty");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await page.getByRole("button", { name: "Create token" }).first().click();
      const create = page.getByRole("dialog", { name: "Create an API token" });
      await create.getByRole("textbox", { name: "Name" }).fill(NAME);
      expect(await create.getByRole("combobox", { name: "Expires after" }).textContent()).toBe(
        "90 days (recommended)",
      );
      await create.getByRole("button", { name: "Create token" }).click();
      const shown = page.getByRole("dialog", { name: "Copy your new token" });
      const token = await shown.getByRole("textbox", { name: "Token" }).inputValue();
      expect(token).toMatch(/^prm_/);
      await screenshot(page, "api-access-token-shown");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
      await shown.getByRole("button", { name: "Done" }).click();
      // Shown once: gone from the page.
      await page.getByRole("dialog").waitFor({ state: "detached" });
      expect(await page.content()).not.toContain(token);

      // Another app: the token acts as the user, and cannot make more tokens.
      const me = await withToken(token, "{ me { email } }");
      expect(me.data).toEqual({ me: { email: "seller@contoso.demo" } });
      const mint = await withToken(
        token,
        `mutation { createApiToken(input: { name: "child" }) { token } }`,
      );
      expect(mint.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

      await page.reload();
      const table = page.getByRole("table", { name: "API tokens" });
      const row = table.getByRole("row").filter({ hasText: NAME });
      await row.waitFor();
      expect(await row.textContent()).toMatch(/just now.*Active/);
      await screenshot(page, "api-access-list");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await row.getByRole("button", { name: `Revoke ${NAME}` }).click();
      const confirm = page.getByRole("dialog", { name: `Revoke “${NAME}”?` });
      await confirm.getByRole("button", { name: "Revoke token" }).click();
      await page.getByText(`“${NAME}” is revoked`, { exact: false }).waitFor();
      await row.getByText("Revoked").waitFor();

      const after = await withToken(token, "{ apiTokens { id } }");
      expect(after.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
      expect(after.data ?? null).toBeNull();
    } finally {
      await context.close();
    }
  });

  it("reads well in the dark and on a phone", async () => {
    const dark = await newPage(browser.current);
    const phone = await newPage(browser.current, PHONE);
    try {
      await dark.page.emulateMedia({ colorScheme: "dark" });
      await openApiAccess(dark.page, "seller@contoso.demo");
      await dark.page.getByRole("table", { name: "API tokens" }).waitFor();
      await screenshot(dark.page, "api-access-dark");
      expect(await seriousAccessibilityViolations(dark.page)).toEqual([]);

      await openApiAccess(phone.page, "seller@contoso.demo");
      await phone.page.getByRole("list", { name: "API tokens" }).waitFor();
      expect(await sidewaysOverflow(phone.page)).toBeLessThanOrEqual(0);
      await screenshot(phone.page, "api-access-phone");
      expect(await seriousAccessibilityViolations(phone.page)).toEqual([]);
    } finally {
      await dark.context.close();
      await phone.context.close();
    }
  });
});
