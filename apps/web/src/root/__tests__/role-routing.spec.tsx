import {
  DEFAULT_DASHBOARDS,
  PORTAL_LABELS,
  portalForRole,
  ROLES,
  widgetsForRole,
} from "@prm/domain";
import { screen, waitFor } from "@testing-library/react";
import { userWithRole } from "../../test/fixtures";
import { dashboardMocks } from "../../test/mocks";
import { meMock, renderApp } from "../../test/renderApp";
import { PORTAL_PATHS } from "../../app/routing/portal-paths";

describe("Role routing", () => {
  it.each(ROLES)("restores a %s session and lands on that role's own portal", async (role) => {
    renderApp({ route: "/", mocks: [meMock(userWithRole(role)), ...dashboardMocks(role)] });

    const portal = portalForRole(role);
    await waitFor(() =>
      expect(screen.getByTestId("location")).toHaveTextContent(PORTAL_PATHS[portal]),
    );
    expect(await screen.findByRole("heading", { name: "Dashboard", level: 1 })).toBeInTheDocument();
    expect(screen.getByRole("navigation", { name: "Portal sections" })).toHaveTextContent(
      PORTAL_LABELS[portal],
    );
    // Its first widget, titled as the role's catalogue titles it ("Organization pipeline" …).
    const [first] = DEFAULT_DASHBOARDS[portal];
    const title = widgetsForRole(role).find((w) => w.id === first?.widget)?.title;
    expect(title).toBeDefined();
    expect(await screen.findByRole("region", { name: title })).toBeInTheDocument();
  });

  it("shows a clear not-available page when a seller opens the channel manager's portal", async () => {
    renderApp({
      route: "/cm/partners",
      mocks: [meMock(userWithRole("PARTNER_SELLER"))],
    });

    expect(
      await screen.findByRole("heading", { name: "Not available for your role" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Channel manager/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Go to my dashboard" })).toHaveAttribute(
      "href",
      PORTAL_PATHS.PARTNER_SELLER,
    );
  });

  it("sends someone who is not signed in to the sign-in page", async () => {
    renderApp({ route: "/ops", mocks: [meMock(null)] });

    await waitFor(() => expect(screen.getByTestId("location")).toHaveTextContent("/login"));
    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeInTheDocument();
  });
});
