import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GraphQLError } from "graphql";
import type { DashboardWidgetInput, SaveDashboardMutationVariables } from "../../../gql/graphql";
import { dashboardOf, defaultDashboard, userWithRole } from "../../../test/fixtures";
import { dashboardMocks } from "../../../test/mocks";
import { meMock, renderApp, type Mock } from "../../../test/renderApp";
import { ResetDashboardDocument, SaveDashboardDocument } from "../documents";

const CM = userWithRole("CHANNEL_MANAGER");

/** The channel manager's default dashboard, top to bottom. */
const DEFAULT_WIDGETS = [
  "partnerLeaderboard",
  "pipelineByPartner",
  "partnerWinLoss",
  "dealsAwaitingApproval",
  "partnersList",
];
const DEFAULT_TITLES = [
  "Partner leaderboard",
  "Pipeline by partner",
  "Partner win/loss",
  "Deals awaiting approval",
  "Partners",
];

/** Records every saveDashboard the page sends, and answers each with what was saved. */
function saveRecorder(failFirst = false) {
  const saved: DashboardWidgetInput[][] = [];
  let calls = 0;
  const mock: Mock = {
    request: { query: SaveDashboardDocument, variables: () => true },
    maxUsageCount: 50,
    result: (variables) => {
      calls += 1;
      const { input } = variables as unknown as SaveDashboardMutationVariables;
      if (failFirst && calls === 1) {
        return {
          errors: [
            new GraphQLError("The database is busy; try again.", {
              extensions: { code: "INTERNAL_SERVER_ERROR" },
            }),
          ],
        };
      }
      const widgets = Array.isArray(input.widgets) ? input.widgets : [input.widgets];
      saved.push(widgets);
      return {
        data: {
          saveDashboard: dashboardOf(
            "CHANNEL_MANAGER",
            widgets.map((w) => ({ ...w, config: w.config ?? {} })),
          ),
        },
      };
    },
  };
  return { mock, saved, lastSaved: () => saved.at(-1) };
}

async function openDashboard(extraMocks: Mock[]) {
  renderApp({
    route: "/cm",
    mocks: [meMock(CM), ...dashboardMocks("CHANNEL_MANAGER"), ...extraMocks],
  });
  await screen.findByRole("region", { name: "Deals awaiting approval" });
  const user = userEvent.setup();
  await user.click(screen.getByRole("button", { name: "Edit dashboard" }));
  return user;
}

const widgetRegions = () =>
  screen.getAllByRole("region").map((region) => region.getAttribute("aria-label"));

/** Where the saved layout put each widget: "widget x,y w×h". */
const placesIn = (saved: DashboardWidgetInput[] | undefined) =>
  saved?.map(({ widget, x, y, w, h }) => `${widget} ${x},${y} ${w}×${h}`);

/** Waits until the last layout saved puts the widgets there. */
const savedPlacesBecome = (saves: ReturnType<typeof saveRecorder>, places: string[]) =>
  waitFor(() => expect(placesIn(saves.lastSaved())).toEqual(places), { timeout: 3000 });

const DEFAULT_PLACES = [
  "partnerLeaderboard 0,0 6×5",
  "pipelineByPartner 6,0 6×5",
  "partnerWinLoss 0,5 6×5",
  "dealsAwaitingApproval 6,5 6×5",
  "partnersList 0,10 12×7",
];

/** Focuses a widget's move handle, as Tab would. */
function focusHandle(title: string) {
  const handle = screen.getByRole("button", { name: `Move or resize ${title}` });
  act(() => handle.focus());
  return handle;
}

describe("Dashboard editing", () => {
  it("adds a widget from the catalogue and saves the new layout", async () => {
    const saves = saveRecorder();
    const user = await openDashboard([saves.mock]);

    await user.click(screen.getByRole("button", { name: "Add widget" }));
    const dialog = await screen.findByRole("dialog", { name: "Add a widget" });
    expect(
      within(dialog).getByText(/oldest first, flagged when over the approval SLA/),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Add Deals by status" }));

    await waitFor(() =>
      expect(screen.getAllByRole("region", { name: "Deals by status" })).toHaveLength(1),
    );
    expect(await screen.findByText("Saved", {}, { timeout: 3000 })).toBeInTheDocument();
    const saved = saves.lastSaved();
    expect(saved?.map((w) => w.widget)).toEqual([...DEFAULT_WIDGETS, "dealsByStatus"]);
    // Below the full-width partners list, which ends at row 17.
    expect(saved?.[5]).toMatchObject({
      x: 0,
      y: 17,
      w: 6,
      h: 4,
      config: { period: "THIS_QUARTER", limit: null },
    });
  });

  it("removes a widget and saves without it", async () => {
    const saves = saveRecorder();
    const user = await openDashboard([saves.mock]);

    await user.click(screen.getByRole("button", { name: "Remove Deals awaiting approval" }));

    expect(widgetRegions()).toEqual(DEFAULT_TITLES.filter((t) => t !== "Deals awaiting approval"));
    await waitFor(
      () =>
        expect(saves.lastSaved()?.map((w) => w.widget)).toEqual(
          DEFAULT_WIDGETS.filter((w) => w !== "dealsAwaitingApproval"),
        ),
      { timeout: 3000 },
    );
  });

  it("adds a widget in the first free place, and focuses it", async () => {
    // A hole top right, where the pipeline chart was.
    const withHole = dashboardOf("CHANNEL_MANAGER", [
      { id: "lb", widget: "partnerLeaderboard", x: 0, y: 0, w: 6, h: 5, config: {} },
      { id: "pl", widget: "partnersList", x: 0, y: 5, w: 12, h: 7, config: {} },
    ]);
    const saves = saveRecorder();
    renderApp({
      route: "/cm",
      mocks: [meMock(CM), ...dashboardMocks("CHANNEL_MANAGER", withHole), saves.mock],
    });
    await screen.findByRole("region", { name: "Partners" });
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Edit dashboard" }));

    await user.click(screen.getByRole("button", { name: "Add widget" }));
    const dialog = await screen.findByRole("dialog", { name: "Add a widget" });
    await user.click(within(dialog).getByRole("button", { name: "Add Deals by status" }));

    const added = await screen.findByRole("region", { name: "Deals by status" });
    await waitFor(() => expect(added).toHaveFocus());
    await savedPlacesBecome(saves, [
      "partnerLeaderboard 0,0 6×5",
      "partnersList 0,5 12×7",
      "dealsByStatus 6,0 6×4",
    ]);
  });

  it("closes the gap a removed widget leaves, and Undo puts it back", async () => {
    const saves = saveRecorder();
    const user = await openDashboard([saves.mock]);

    await user.click(screen.getByRole("button", { name: "Remove Pipeline by partner" }));

    expect(await screen.findByText("Pipeline by partner removed")).toBeInTheDocument();
    const undo = screen.getByRole("button", { name: "Undo" });
    expect(undo).toHaveFocus();
    // The approvals table below rises into the gap.
    await savedPlacesBecome(saves, [
      "partnerLeaderboard 0,0 6×5",
      "partnerWinLoss 0,5 6×5",
      "dealsAwaitingApproval 6,0 6×5",
      "partnersList 0,10 12×7",
    ]);

    await user.click(undo);
    const restored = await screen.findByRole("region", { name: "Pipeline by partner" });
    await waitFor(() => expect(restored).toHaveFocus());
    expect(widgetRegions()).toEqual(DEFAULT_TITLES);
    await savedPlacesBecome(saves, DEFAULT_PLACES);
  });

  it("moves and resizes the focused widget with the arrow keys, and says what it did", async () => {
    const saves = saveRecorder();
    const user = await openDashboard([saves.mock]);

    focusHandle("Partner leaderboard");
    await user.keyboard("{ArrowDown}");
    // It passes the win/loss chart below it.
    expect(
      await screen.findByText("Partner leaderboard moved to row 6, column 1."),
    ).toBeInTheDocument();
    await user.keyboard("{Shift>}{ArrowUp}{/Shift}");
    expect(
      await screen.findByText("Partner leaderboard is now 6 columns wide and 4 rows high."),
    ).toBeInTheDocument();
    await user.keyboard("{ArrowLeft}");
    expect(
      await screen.findByText("Partner leaderboard can't move further left."),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: "Move or resize Partner leaderboard" }),
    ).toHaveFocus();

    await savedPlacesBecome(saves, [
      "partnerLeaderboard 0,5 6×4",
      "pipelineByPartner 6,0 6×5",
      "partnerWinLoss 0,0 6×5",
      "dealsAwaitingApproval 6,5 6×5",
      "partnersList 0,10 12×7",
    ]);
  });

  it("offers the same steps in the handle's menu, for those who cannot drag", async () => {
    const saves = saveRecorder();
    const user = await openDashboard([saves.mock]);

    await user.click(screen.getByRole("button", { name: "Move or resize Pipeline by partner" }));
    const menu = await screen.findByRole("menu", { name: "Move or resize Pipeline by partner" });
    expect(within(menu).getByRole("menuitem", { name: /Move right/ })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    expect(within(menu).getByRole("menuitem", { name: /Wider/ })).toHaveAttribute(
      "aria-disabled",
      "true",
    );
    await user.click(within(menu).getByRole("menuitem", { name: /Taller/ }));

    expect(
      await screen.findByText("Pipeline by partner is now 6 columns wide and 6 rows high."),
    ).toBeInTheDocument();
    // The approvals table below makes room.
    await savedPlacesBecome(saves, [
      "partnerLeaderboard 0,0 6×5",
      "pipelineByPartner 6,0 6×6",
      "partnerWinLoss 0,5 6×5",
      "dealsAwaitingApproval 6,6 6×5",
      "partnersList 0,11 12×7",
    ]);
  });

  it("changes one widget's period, shows that period's figures and saves it", async () => {
    const saves = saveRecorder();
    const user = await openDashboard([saves.mock]);

    await user.click(screen.getByRole("combobox", { name: "Period of Partner leaderboard" }));
    await user.click(await screen.findByRole("option", { name: "Last year" }));

    expect(
      screen.getByRole("combobox", { name: "Period of Partner leaderboard" }),
    ).toHaveTextContent("Last year");
    expect(
      await screen.findByRole("group", {
        name: /^Partner leaderboard by won amount: 1\. Northwind/,
      }),
    ).toBeInTheDocument();
    await waitFor(
      () =>
        expect(saves.lastSaved()?.find((w) => w.widget === "partnerLeaderboard")?.config).toEqual({
          period: "LAST_YEAR",
          limit: 10,
        }),
      { timeout: 3000 },
    );
  });

  it("resets to the role's default after confirmation", async () => {
    const custom = dashboardOf("CHANNEL_MANAGER", [
      {
        id: "only",
        widget: "dealsByStatus",
        x: 0,
        y: 0,
        w: 12,
        h: 4,
        config: { period: "LAST_YEAR" },
      },
    ]);
    const reset: Mock = {
      request: { query: ResetDashboardDocument, variables: { portal: "CHANNEL_MANAGER" } },
      result: { data: { resetDashboard: defaultDashboard("CHANNEL_MANAGER") } },
    };
    renderApp({
      route: "/cm",
      mocks: [meMock(CM), ...dashboardMocks("CHANNEL_MANAGER", custom), reset],
    });
    await screen.findByRole("region", { name: "Deals by status" });
    expect(widgetRegions()).toEqual(["Deals by status"]);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Edit dashboard" }));

    await user.click(screen.getByRole("button", { name: "Reset to default" }));
    const dialog = await screen.findByRole("dialog", { name: "Reset your dashboard?" });
    await user.click(within(dialog).getByRole("button", { name: "Reset to default" }));

    await waitFor(() => expect(widgetRegions()).toEqual(DEFAULT_TITLES), { timeout: 5000 });
  });

  it("keeps the user's layout when a save fails, says so, and saves it on retry", async () => {
    const saves = saveRecorder(true);
    const user = await openDashboard([saves.mock]);

    await user.click(screen.getByRole("button", { name: "Remove Partner win/loss" }));

    expect(
      await screen.findByText(/Not saved: Something went wrong on our side/, {}, { timeout: 3000 }),
    ).toBeInTheDocument();
    const remaining = DEFAULT_TITLES.filter((t) => t !== "Partner win/loss");
    expect(widgetRegions()).toEqual(remaining);

    await user.click(screen.getByRole("button", { name: "Retry" }));
    await waitFor(() =>
      expect(saves.lastSaved()?.map((w) => w.widget)).toEqual(
        DEFAULT_WIDGETS.filter((w) => w !== "partnerWinLoss"),
      ),
    );
    expect(widgetRegions()).toEqual(remaining);
  });
});
