import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GraphQLError, print } from "graphql";
import { LoginDocument } from "../../../app/session/documents";
import { meMock, renderApp, type Mock } from "../../../test/renderApp";
import { userWithRole } from "../../../test/fixtures";
import { dashboardMocks } from "../../../test/mocks";

function loginFails(error: GraphQLError): Mock {
  return {
    request: { query: LoginDocument, variables: () => true },
    result: { errors: [error] },
  };
}

async function signIn(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(await screen.findByRole("textbox", { name: /email/i }), email);
  await user.type(screen.getByLabelText(/password/i, { selector: "input" }), password);
  await user.click(screen.getByRole("button", { name: "Sign in" }));
}

describe("Login page", () => {
  it("shows the server's message in place when the password is wrong, and keeps the form", async () => {
    renderApp({
      route: "/login",
      mocks: [
        meMock(null),
        loginFails(
          new GraphQLError("The email or password is not correct.", {
            extensions: { code: "UNAUTHENTICATED" },
          }),
        ),
      ],
    });
    await signIn("cm@demo.prm", "wrong");

    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The email or password is not correct.",
    );
    expect(screen.getByRole("textbox", { name: /email/i })).toHaveValue("cm@demo.prm");
    expect(screen.getByTestId("location")).toHaveTextContent("/login");
  });

  it("says when sign-in may be tried again after too many attempts, and waits until then", async () => {
    const before = Date.now();
    renderApp({
      route: "/login",
      mocks: [
        meMock(null),
        loginFails(
          new GraphQLError("Too many failed sign-in attempts. Try again in 15 minutes.", {
            extensions: { code: "RATE_LIMITED", retryAfterSeconds: 840 },
          }),
        ),
      ],
    });
    await signIn("cm@demo.prm", "wrong-again");

    const alert = await screen.findByRole("alert");
    // The page reads the clock when the refusal arrives, somewhere between these two instants
    // (a minute may turn in between on a busy machine).
    const after = Date.now();
    const retryClocks = [before, after].map((at) =>
      new Date(at + 840_000).toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" }),
    );
    expect(alert).toHaveTextContent("Too many failed sign-in attempts. Try again in 14 minutes");
    expect(retryClocks.map((clock) => `(at ${clock})`)).toContainEqual(
      alert.textContent?.match(/\(at [^)]+\)/)?.[0],
    );
    expect(screen.getByRole("button", { name: "Sign in" })).toBeDisabled();
  });

  it("signs in and lands on the user's own portal", async () => {
    const cm = userWithRole("CHANNEL_MANAGER");
    renderApp({
      route: "/login",
      mocks: [
        meMock(null),
        {
          request: {
            query: LoginDocument,
            variables: { input: { email: "cm@demo.prm", password: "prm-demo" } },
          },
          result: {
            data: {
              login: {
                __typename: "LoginPayload",
                expiresAt: "2030-01-01T00:00:00.000Z",
                user: cm,
              },
            },
          },
        },
        ...dashboardMocks("CHANNEL_MANAGER"),
      ],
    });
    await signIn("cm@demo.prm", "prm-demo");

    await waitFor(() => expect(screen.getByTestId("location")).toHaveTextContent("/cm"));
  });

  it("asks for no session token: the httpOnly cookie carries it, no script-readable copy is cached", () => {
    expect(print(LoginDocument)).not.toMatch(/\btoken\b/);
  });
});
