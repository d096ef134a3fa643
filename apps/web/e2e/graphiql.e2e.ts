import type { Page } from "playwright-core";
import {
  baseUrl,
  DEMO_PASSWORD,
  describeInBrowser,
  useBrowser,
  newPage,
  screenshot,
  signIn,
} from "./support/browser";

/** The response editor's text (Monaco draws spaces as no-break spaces). */
async function responseText(page: Page) {
  return ((await page.locator(".graphiql-response").textContent()) ?? "").replace(/\s+/g, " ");
}

async function waitForResponseContaining(page: Page, text: string) {
  await page.waitForFunction(
    (expected) =>
      (document.querySelector(".graphiql-response")?.textContent ?? "")
        .replace(/\s+/g, " ")
        .includes(expected),
    text,
  );
}

async function tokenOf(email: string): Promise<string> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: "mutation ($input: LoginInput!) { login(input: $input) { token } }",
      variables: { input: { email, password: DEMO_PASSWORD } },
    }),
  });
  const body = (await response.json()) as { data: { login: { token: string } } };
  return body.data.login.token;
}

describeInBrowser("GraphiQL", () => {
  const browser = useBrowser();

  it("runs `me` as the signed-in user, then as whoever a pasted token belongs to", async () => {
    const { context, page } = await newPage(browser.current);
    const external: string[] = [];
    const workerTrouble: string[] = [];
    page.on("console", (message) => {
      if (/web worker/i.test(message.text())) workerTrouble.push(message.text());
    });
    page.on("request", (request) => {
      if (
        !request.url().startsWith(baseUrl()) &&
        !request.url().startsWith("data:") &&
        !request.url().startsWith("blob:")
      ) {
        external.push(request.url());
      }
    });
    try {
      await signIn(page, "cm@demo.prm");
      await page.waitForURL("**/cm");
      await page.goto("/graphiql");
      await page.getByText("Signed in as Casey Morgan").waitFor();
      await page.waitForFunction(() =>
        /query\sMe/.test(document.querySelector(".graphiql-query-editor")?.textContent ?? ""),
      );
      // The example tabs for a channel manager.
      expect(await page.locator(".graphiql-tab").count()).toBeGreaterThanOrEqual(4);

      await page.locator(".graphiql-execute-button").click();
      await waitForResponseContaining(page, "Casey Morgan");
      expect(await responseText(page)).toContain("CHANNEL_MANAGER");
      await screenshot(page, "graphiql");

      await page.getByLabel("Bearer token (optional)").fill(await tokenOf("seller@northwind.demo"));
      await page.locator(".graphiql-execute-button").click();
      await waitForResponseContaining(page, "seller@northwind.demo");
      expect(external).toEqual([]);
      // Monaco's language services run in their bundled workers, not on the main thread.
      expect(workerTrouble).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
