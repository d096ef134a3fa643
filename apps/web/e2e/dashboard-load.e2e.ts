import type { Page, Request } from "playwright-core";
import {
  DEMO_PASSWORD,
  describeInBrowser,
  graphqlInPage,
  LAPTOP,
  newPage,
  screenshot,
  signIn,
  useBrowser,
} from "./support/browser";

const RUNS = 5;
const CHANNEL_MANAGER_WIDGETS = 5;

/** One request of the sign-in's waterfall, in ms from the submit. */
interface Step {
  what: string;
  start: number;
  end: number;
}

/**
 * True in the page once every widget of the dashboard shows its figures: no skeleton left, and
 * each widget has drawn its chart's bars or its rows (of a table, a data grid or cards).
 */
function everyWidgetDrawn(expected: number): boolean {
  const widgets = [...document.querySelectorAll(".react-grid-item section[aria-label]")];
  return (
    widgets.length === expected &&
    widgets.every(
      (widget) =>
        !widget.querySelector(".MuiSkeleton-root") &&
        widget.querySelector("svg[role=group] rect, table tbody tr, .MuiDataGrid-row, ul > li") !==
          null,
    )
  );
}

function describeRequest(request: Request): string {
  if (request.url().endsWith("/graphql")) {
    const operation = /"operationName":"(\w+)"/.exec(request.postData() ?? "")?.[1];
    return `graphql ${operation ?? "?"}`;
  }
  return new URL(request.url()).pathname.replace(/^\/assets\//, "").replace(/-[\w-]{8}\.js$/, "");
}

/** Signs in from a fresh login page; ms from the submit to every widget drawn, and the waterfall. */
async function signInToDrawnDashboard(page: Page) {
  await page.goto("/login");
  await page.locator("input[name=email]").fill("cm@demo.prm");
  await page.locator("input[name=password]").fill(DEMO_PASSWORD);
  await page.waitForLoadState("networkidle");
  const requests: Request[] = [];
  const record = (request: Request) => {
    if (["script", "fetch"].includes(request.resourceType())) requests.push(request);
  };
  page.on("requestfinished", record);
  await page.evaluate(() =>
    document
      .querySelector("form")!
      .addEventListener("submit", () => performance.mark("prm-submit"), {
        capture: true,
        once: true,
      }),
  );
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForFunction(everyWidgetDrawn, CHANNEL_MANAGER_WIDGETS, { polling: "raf" });
  const { submittedAt, drawnAt, origin } = await page.evaluate(() => ({
    submittedAt: performance.getEntriesByName("prm-submit")[0]!.startTime,
    drawnAt: performance.now(),
    origin: performance.timeOrigin,
  }));
  page.off("requestfinished", record);
  const waterfall: Step[] = requests
    .map((request) => {
      const timing = request.timing();
      const start = timing.startTime - origin - submittedAt;
      return { what: describeRequest(request), start, end: start + timing.responseEnd };
    })
    .filter((step) => step.start >= 0)
    .sort((a, b) => a.start - b.start);
  return { ms: drawnAt - submittedAt, waterfall };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describeInBrowser("The channel manager's dashboard after sign-in", () => {
  const browser = useBrowser();

  it("prints the time from submitting the sign-in to all five widgets drawn", async () => {
    const setup = await newPage(browser.current);
    try {
      await signIn(setup.page, "cm@demo.prm");
      await graphqlInPage(
        setup.page,
        `mutation { resetDashboard(portal: CHANNEL_MANAGER) { isDefault } }`,
      );
    } finally {
      await setup.context.close();
    }

    const runs: Awaited<ReturnType<typeof signInToDrawnDashboard>>[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      // A fresh context each time: an empty cache, as for a user signing in for the day.
      const { context, page } = await newPage(browser.current);
      try {
        runs.push(await signInToDrawnDashboard(page));
      } finally {
        await context.close();
      }
    }

    const figures = runs.map((run) => run.ms);
    const typical = runs.find((run) => run.ms === median(figures))!;
    console.log(
      `Sign-in to all ${CHANNEL_MANAGER_WIDGETS} channel manager widgets drawn: ` +
        `median ${Math.round(median(figures))} ms over ${RUNS} runs ` +
        `(${figures.map((ms) => Math.round(ms)).join(", ")} ms)\n` +
        `Requests of the median run, ms from the submit:\n` +
        typical.waterfall
          .map(
            (step) =>
              `  ${String(Math.round(step.start)).padStart(5)} → ${String(Math.round(step.end)).padStart(5)}  ${step.what}`,
          )
          .join("\n"),
    );
    expect(figures).toHaveLength(RUNS);
  });

  it.each([
    ["wide", LAPTOP],
    ["phone", { width: 390, height: 844 }],
  ])(
    "the loading outline has the places the widgets take, so nothing moves (%s)",
    async (name, viewport) => {
      const { context, page } = await newPage(browser.current, viewport);
      try {
        await signIn(page, "cm@demo.prm");
        await graphqlInPage(
          page,
          `mutation { resetDashboard(portal: CHANNEL_MANAGER) { isDefault } }`,
        );
        // Holds the layout back, to look at the outline.
        let release = () => {};
        const held = new Promise<void>((resolve) => (release = resolve));
        await page.route("**/graphql", async (route) => {
          if ((route.request().postData() ?? "").includes('"operationName":"DashboardPage"')) {
            await held;
          }
          await route.continue();
        });
        await page.addInitScript(recordGridFrames);
        await page.reload();
        await page
          .getByRole("status", { name: "Loading your dashboard" })
          .locator(".react-grid-item")
          .first()
          .waitFor();
        const heading = page.getByRole("heading", { name: "Dashboard", level: 1 });
        const headingBox = await heading.boundingBox();
        await screenshot(page, `dashboard-loading-outline-${name}`);

        release();
        await page.waitForFunction(everyWidgetDrawn, CHANNEL_MANAGER_WIDGETS);
        expect(await heading.boundingBox()).toEqual(headingBox);
        // Every frame drawn showed the grid's cells where they ended up.
        const frames = await page.evaluate(() => (window as unknown as GridFrames).gridFrames);
        expect(new Set(frames)).toEqual(new Set([frames.at(-1)]));
      } finally {
        await context.close();
      }
    },
  );
});

type GridFrames = { gridFrames: string[] };

/** In the page from its start: the grid cells' places at every frame, when they change. */
function recordGridFrames() {
  const frames: string[] = [];
  (window as unknown as GridFrames).gridFrames = frames;
  const record = () => {
    const cells = [...document.querySelectorAll(".react-grid-item")].map((cell) => {
      const { x, y, width, height } = cell.getBoundingClientRect();
      return [x, y, width, height].map(Math.round).join(",");
    });
    const frame = cells.sort().join(" ");
    if (cells.length > 0 && frame !== frames.at(-1)) frames.push(frame);
    requestAnimationFrame(record);
  };
  requestAnimationFrame(record);
}
