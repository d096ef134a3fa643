import type { ApolloLink } from "@apollo/client";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { userWithRole } from "../../../test/fixtures";
import { dashboardMocks, notificationsMock } from "../../../test/mocks";
import { meMock, renderApp, type Mock } from "../../../test/renderApp";
import { dealFixture } from "../../../test/deal-fixtures";
import { DealPageDocument } from "../../deals/documents";
import { MarkNotificationsReadDocument } from "../documents";

type BellAnswer = ApolloLink.Result<Record<string, unknown>>;

const approved = {
  id: "n-1",
  type: "DEAL_APPROVED",
  title: "DR-000042 Fabrikam Retail was approved",
  body: null,
  entityType: "Deal",
  entityId: "deal-42",
  readAt: null,
  createdAt: new Date(Date.now() - 5 * 60_000).toISOString(),
};

describe("Notifications bell", () => {
  it("shows the unread count, lists recent notifications, and opens the deal when one is clicked", async () => {
    const markRead = jest.fn(() => ({ data: { markNotificationsRead: 1 } }));
    const seller = userWithRole("PARTNER_SELLER");
    const mocks: Mock[] = [
      meMock(seller),
      notificationsMock([approved]),
      ...dashboardMocks("PARTNER_SELLER").filter(
        (m) => m.request.query !== notificationsMock().request.query,
      ),
      {
        request: { query: MarkNotificationsReadDocument, variables: { input: { ids: ["n-1"] } } },
        result: markRead,
      },
      {
        request: { query: DealPageDocument, variables: { id: "deal-42" } },
        result: { data: { deal: dealFixture({ status: "APPROVED", allowedActions: [] }) } },
        maxUsageCount: 5,
      },
    ];
    renderApp({ route: "/seller", mocks });
    const user = userEvent.setup();

    const bell = await screen.findByRole("button", { name: "Notifications, 1 unread" });
    await user.click(bell);
    const menu = await screen.findByRole("menu", { name: "Notifications" });
    expect(within(menu).getByText("DR-000042 Fabrikam Retail was approved")).toBeInTheDocument();
    expect(within(menu).getByText("5 minutes ago")).toBeInTheDocument();

    await user.click(within(menu).getByText("DR-000042 Fabrikam Retail was approved"));
    await waitFor(() =>
      expect(screen.getByTestId("location")).toHaveTextContent("/seller/deals/deal-42"),
    );
    await waitFor(() => expect(markRead).toHaveBeenCalledTimes(1));
  });

  it("shows everything read as soon as the viewer marks it all read", async () => {
    let read = false;
    const unread = notificationsMock([approved]);
    const allRead = notificationsMock([{ ...approved, readAt: new Date().toISOString() }]);
    const mocks: Mock[] = [
      meMock(userWithRole("PARTNER_SELLER")),
      { ...unread, result: () => (read ? allRead.result : unread.result) as BellAnswer },
      ...dashboardMocks("PARTNER_SELLER").filter(
        (m) => m.request.query !== notificationsMock().request.query,
      ),
      {
        request: { query: MarkNotificationsReadDocument, variables: { input: { all: true } } },
        result: () => {
          read = true;
          return { data: { markNotificationsRead: 1 } };
        },
      },
    ];
    renderApp({ route: "/seller", mocks });
    const user = userEvent.setup();

    await user.click(await screen.findByRole("button", { name: "Notifications, 1 unread" }));
    await user.click(await screen.findByRole("button", { name: "Mark all read" }));

    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Mark all read" })).toBeDisabled(),
    );
    expect(screen.queryByText("Unread:")).not.toBeInTheDocument();
  });

  it("says so when there is nothing new", async () => {
    renderApp({
      route: "/seller",
      mocks: [meMock(userWithRole("PARTNER_SELLER")), ...dashboardMocks("PARTNER_SELLER")],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Notifications" }));
    expect(await screen.findByText("You are all caught up")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Mark all read" })).toBeDisabled();
  });
});
