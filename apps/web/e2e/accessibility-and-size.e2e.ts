import zlib from "node:zlib";
import {
  describeInBrowser,
  useBrowser,
  newPage,
  screenshot,
  seriousAccessibilityViolations,
  signIn,
} from "./support/browser";

const LOGIN_JS_BUDGET_BYTES = 250_000;

describeInBrowser("Accessibility and the login route's weight", () => {
  const browser = useBrowser();

  it("the login page loads at most 250 kB of gzipped JavaScript, and nothing of the portals", async () => {
    const { context, page } = await newPage(browser.current);
    // path → gzipped size: a modulepreload and the import it serves count once.
    const scripts = new Map<string, number>();
    // path → bytes as sent over the wire, with the encoding and caching the server chose.
    const transferred = new Map<string, { bytes: number; encoding: string; cache: string }>();
    page.on("response", async (response) => {
      if (response.request().resourceType() !== "script") return;
      const pathname = new URL(response.url()).pathname;
      const body = await response.body();
      scripts.set(pathname, zlib.gzipSync(body, { level: 9 }).length);
      const headers = await response.allHeaders();
      transferred.set(pathname, {
        bytes: (await response.request().sizes()).responseBodySize,
        encoding: headers["content-encoding"] ?? "identity",
        cache: headers["cache-control"] ?? "",
      });
    });
    try {
      await page.goto("/login");
      await page.getByRole("button", { name: "Sign in" }).waitFor();
      await page.waitForLoadState("networkidle");
      const total = [...scripts.values()].reduce((sum, size) => sum + size, 0);
      console.log(
        `Login route JavaScript: ${(total / 1000).toFixed(1)} kB gzipped in ${scripts.size} files\n` +
          [...scripts].map(([url, size]) => `  ${url}  ${(size / 1000).toFixed(1)} kB`).join("\n"),
      );
      expect(total).toBeLessThanOrEqual(LOGIN_JS_BUDGET_BYTES);
      const sent = [...transferred.values()].reduce((sum, { bytes }) => sum + bytes, 0);
      console.log(
        `Login route JavaScript as transferred: ${(sent / 1000).toFixed(1)} kB in ${transferred.size} files (${[...new Set([...transferred.values()].map((t) => t.encoding))].join(", ")})`,
      );
      // Browsers offer brotli over HTTPS only: here, on http://127.0.0.1, gzip is the best.
      for (const [pathname, { bytes, encoding, cache }] of transferred) {
        if (bytes > 1024) expect([pathname, encoding]).toEqual([pathname, "gzip"]);
        expect([pathname, cache]).toEqual([pathname, "public, max-age=31536000, immutable"]);
      }
      expect([...scripts.keys()].join(" ")).not.toMatch(/GraphiQL|monaco|DealsByStatus|PortalApp/);
    } finally {
      await context.close();
    }
  });

  it("the login page has no serious or critical accessibility violations", async () => {
    const { context, page } = await newPage(browser.current);
    try {
      await page.goto("/login");
      await page.getByRole("button", { name: "Sign in" }).waitFor();
      await screenshot(page, "login");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      await page.locator("input[name=email]").fill("cm@demo.prm");
      await page.locator("input[name=password]").fill("not-the-password");
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByRole("alert").waitFor();
      await page.mouse.move(0, 0);
      await page.waitForTimeout(300); // the button's colour transition after loading
      await screenshot(page, "login-error");
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(["light", "dark"] as const)(
    "a dashboard has no serious or critical accessibility violations (%s theme)",
    async (scheme) => {
      const { context, page } = await newPage(browser.current);
      try {
        await signIn(page, "admin@demo.prm");
        await page
          .getByRole("region", { name: "Partner leaderboard" })
          .getByText(/won by the top/)
          .waitFor();
        await page
          .getByRole("region", { name: "Partners", exact: true })
          .locator(".MuiDataGrid-row")
          .first()
          .waitFor();
        await page
          .getByRole("region", { name: "Deals awaiting approval" })
          .getByRole("table")
          .waitFor();
        if (scheme === "dark") {
          await page.getByRole("button", { name: "Switch to dark theme" }).click();
          await page.mouse.move(600, 600); // let the toggle's tooltip go
          await page.getByRole("tooltip").waitFor({ state: "detached" });
        }
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        await page.getByRole("button", { name: "Edit dashboard" }).click();
        expect(await seriousAccessibilityViolations(page)).toEqual([]);
        if (scheme === "dark") await screenshot(page, "dashboard-admin-dark-editing");
      } finally {
        await context.close();
      }
    },
  );
});
