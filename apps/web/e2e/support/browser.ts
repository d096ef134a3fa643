import fs from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from "playwright-core";
import { baseUrlVariable, CHROME_PATH, ENV_SKIP_REASON, SCREENSHOTS } from "./paths";

export const DEMO_PASSWORD = "prm-demo";

/** `describe` for browser tests: skipped (and said so by the global setup) without Chromium. */
export const describeInBrowser: jest.Describe = process.env[ENV_SKIP_REASON]
  ? describe.skip
  : describe;

export function baseUrl(): string {
  const url = process.env[baseUrlVariable(process.env.JEST_WORKER_ID ?? 1)];
  if (!url) throw new Error("The e2e global setup did not start the server.");
  return url;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME_PATH,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Launches Chromium before the enclosing describe block's tests and closes it after them. */
export function useBrowser(): { readonly current: Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get current() {
      if (!browser)
        throw new Error("The browser is not running: useBrowser() belongs in a describe block.");
      return browser;
    },
  };
}

export const LAPTOP = { width: 1366, height: 900 };
export const TABLET = { width: 768, height: 1024 };

export async function newPage(
  browser: Browser,
  viewport = LAPTOP,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport,
    baseURL: baseUrl(),
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error(`Page error on ${page.url()}: ${error.message}`));
  return { context, page };
}

/** Signs in through the login form and waits for the portal to load its dashboard. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.locator("input[name=email]").fill(email);
  await page.locator("input[name=password]").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname !== "/login");
}

/** Waits until what is opening or moving (a menu growing, a dialog fading in) has arrived. */
function transitionsDone(page: Page) {
  return page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== "running" ||
          animation.effect?.getTiming().iterations === Infinity,
      ),
  );
}

/** Whether a menu, a dialog or a list box is open: MUI places them for the window's size. */
function overlayOpen(page: Page) {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll(
        "[role=menu], [role=dialog], [role=alertdialog], [role=listbox]",
      ),
    ].some((element) => element.checkVisibility()),
  );
}

/**
 * The whole page as it is shown. Not Playwright's `fullPage`: Chromium captures beyond the
 * viewport by shrinking the window to 1×1 for a moment, and an app that answers that resize (the
 * dashboard stacks its widgets below 760 px, which closes an open widget menu) is then captured,
 * or left, in a state no user made. The window grows to the page's height instead, keeping its
 * width — unless a menu or dialog is open: MUI places those again a moment after a resize, and a
 * click right after the window was restored could land while the menu moved (a press on one item,
 * the release elsewhere: no click). Then the window is captured as the user sees it.
 */
export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  const viewport = page.viewportSize();
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  const restore =
    viewport && pageHeight > viewport.height && !(await overlayOpen(page)) ? viewport : null;
  if (restore) await page.setViewportSize({ width: restore.width, height: pageHeight });
  try {
    await transitionsDone(page);
    await page.screenshot({ path: file });
  } finally {
    if (restore) await page.setViewportSize(restore);
  }
  return file;
}

/** Runs a GraphQL operation from the page, with the page's session cookie. */
export async function graphqlInPage<T>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const body = await page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch("/graphql", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    { query, variables },
  );
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core injected into the page: the serious and critical WCAG A/AA violations. */
export async function seriousAccessibilityViolations(page: Page): Promise<AxeViolation[]> {
  // A dialog still fading in has blended colours: axe would measure the contrast mid-transition.
  // Endless ones (spinners, skeletons) are not waited for.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => null)),
    ),
  );
  // Evaluated through DevTools rather than added as a <script>: the CSP refuses inline scripts.
  await page.evaluate(fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** A screenshot of one element (a widget, a card), for looking at it closely. */
export async function screenshotOf(locator: Locator, name: string) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await locator.scrollIntoViewIfNeeded();
  await locator.screenshot({ path: file });
  return file;
}

/** Reads `read()` until it equals `expected` (deeply), failing with the last value after a while. */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!isDeepStrictEqual(last, expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    last = await read();
  }
  expect(last).toEqual(expected);
}
