import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GraphQLError } from "graphql";
import { userWithRole } from "../../../test/fixtures";
import { dashboardMocks } from "../../../test/mocks";
import { meMock, renderApp, type Mock } from "../../../test/renderApp";
import { AcceptInvitationDocument, ResetPasswordDocument } from "../documents";

const PASSWORD = "correct horse battery";

function accepts(token: string, user = userWithRole("PARTNER_SELLER")): Mock {
  return {
    request: {
      query: AcceptInvitationDocument,
      variables: { input: { token, password: PASSWORD } },
    },
    result: {
      data: {
        acceptInvitation: {
          __typename: "LoginPayload",
          expiresAt: "2030-01-01T00:00:00.000Z",
          user,
        },
      },
    },
  };
}

function refuses(
  document: typeof AcceptInvitationDocument | typeof ResetPasswordDocument,
  message: string,
): Mock {
  return {
    request: { query: document, variables: { input: { token: "old", password: PASSWORD } } },
    result: {
      errors: [
        new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", field: "token" } }),
      ],
    },
  };
}

describe("Accepting an invitation", () => {
  it("shows the password rule as one types, then signs in and lands on the person's portal", async () => {
    renderApp({
      route: "/accept-invitation#token=tok-1",
      mocks: [meMock(null), accepts("tok-1"), ...dashboardMocks("PARTNER_SELLER")],
    });
    const user = userEvent.setup();
    expect(await screen.findByRole("heading", { name: "Welcome to PRM" })).toBeInTheDocument();
    const field = screen.getByLabelText(/^Password/);
    expect(screen.getByText(/At least 12 characters\./)).toBeInTheDocument();

    await user.type(field, "correct");
    expect(screen.getByText("5 more characters to go (at least 12).")).toBeInTheDocument();
    // Too short: said again, and nothing is sent.
    await user.click(screen.getByRole("button", { name: "Set password and sign in" }));
    expect(screen.getByText("The password must be at least 12 characters.")).toBeInTheDocument();

    await user.type(field, " horse battery");
    expect(screen.getByText("Long enough.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Set password and sign in" }));
    await waitFor(() => expect(screen.getByTestId("location")).toHaveTextContent("/seller"));
    expect(await screen.findByRole("heading", { name: "Dashboard", level: 1 })).toBeInTheDocument();
  });

  it("explains a link that no longer works, and who makes a new one", async () => {
    renderApp({
      route: "/accept-invitation#token=old",
      mocks: [
        meMock(null),
        refuses(
          AcceptInvitationDocument,
          "This link has expired. Ask whoever sent it for a new one.",
        ),
      ],
    });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/^Password/), PASSWORD);
    await user.click(screen.getByRole("button", { name: "Set password and sign in" }));
    expect(
      await screen.findByRole("heading", { name: "This invitation link can't be used" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/This link has expired/)).toBeInTheDocument();
    expect(screen.getByText(/Ask your sales operations team/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Go to sign in" })).toHaveAttribute("href", "/login");
  });

  it("says so when the address has no token", async () => {
    renderApp({ route: "/reset-password", mocks: [meMock(null)] });
    expect(
      await screen.findByRole("heading", { name: "This password reset link can't be used" }),
    ).toBeInTheDocument();
    expect(screen.getByText(/missing its code/)).toBeInTheDocument();
  });

  it("refuses a used reset link, saying so", async () => {
    renderApp({
      route: "/reset-password#token=old",
      mocks: [meMock(null), refuses(ResetPasswordDocument, "This link has already been used.")],
    });
    const user = userEvent.setup();
    expect(
      await screen.findByRole("heading", { name: "Choose a new password" }),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^New password/), PASSWORD);
    await user.click(screen.getByRole("button", { name: "Save password and sign in" }));
    expect(await screen.findByText("This link has already been used.")).toBeInTheDocument();
  });
});
