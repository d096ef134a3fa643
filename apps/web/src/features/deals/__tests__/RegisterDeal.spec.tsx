import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GraphQLError } from "graphql";
import { userWithRole } from "../../../test/fixtures";
import { dealFixture } from "../../../test/deal-fixtures";
import { notificationsMock, territoriesMock } from "../../../test/mocks";
import { meMock, renderApp, type Mock } from "../../../test/renderApp";
import { CheckDealConflictsDocument, DealPageDocument, RegisterDealDocument } from "../documents";

const seller = userWithRole("PARTNER_SELLER");

function conflictAnswer(claimed: boolean, claimedUntil: string | null = null): Mock {
  return {
    request: { query: CheckDealConflictsDocument, variables: () => true },
    result: {
      data: {
        checkDealConflicts: {
          __typename: "DealConflictCheck",
          claimed,
          claimedUntil,
          pending: claimed && !claimedUntil,
        },
      },
    },
    maxUsageCount: 20,
  };
}

function renderRegisterForm(extra: Mock[] = []) {
  return renderApp({
    route: "/seller/deals/new",
    mocks: [meMock(seller), notificationsMock(), territoriesMock(), ...extra],
  });
}

describe("Register deal form", () => {
  it("names every missing required field on submit and focuses the first", async () => {
    const user = userEvent.setup();
    renderRegisterForm([conflictAnswer(false)]);
    await user.click(await screen.findByRole("button", { name: "Register and submit" }));

    expect(await screen.findByText("The customer name is required.")).toBeInTheDocument();
    expect(screen.getByText("The customer domain is required.")).toBeInTheDocument();
    expect(screen.getByText("The estimated amount is required.")).toBeInTheDocument();
    expect(screen.getByText("The expected close date is required.")).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: /customer name/i })).toHaveFocus();
    expect(screen.getByRole("textbox", { name: /customer name/i })).toHaveAttribute(
      "aria-invalid",
      "true",
    );
  });

  it("checks a field when it loses focus, and clears the error once it is fixed", async () => {
    const user = userEvent.setup();
    renderRegisterForm([conflictAnswer(false)]);
    const domain = await screen.findByRole("textbox", { name: /customer web domain/i });
    await user.type(domain, "not a domain");
    await user.tab();
    expect(await screen.findByText(/Enter the customer's web domain/)).toBeInTheDocument();

    const amount = screen.getByRole("textbox", { name: /estimated amount/i });
    await user.type(amount, "-5");
    await user.tab();
    expect(
      await screen.findByText(/The estimated amount must be a non-negative amount/),
    ).toBeInTheDocument();

    await user.clear(domain);
    await user.type(domain, "https://www.fabrikam.example/about");
    await waitFor(() =>
      expect(screen.queryByText(/Enter the customer's web domain/)).not.toBeInTheDocument(),
    );
  });

  it("says live, without naming anyone, that the customer is already claimed and until when", async () => {
    const user = userEvent.setup();
    renderRegisterForm([conflictAnswer(true, "2027-01-15T00:00:00.000Z")]);
    await user.type(
      await screen.findByRole("textbox", { name: /customer web domain/i }),
      "fabrikam.example",
    );

    const hint = await screen.findByText(
      /This customer is already registered \(protected until Jan 15, 2027\)\./,
      undefined,
      { timeout: 3000 },
    );
    expect(hint).toBeInTheDocument();
    expect(screen.getByTestId("conflict-hint")).not.toHaveTextContent(/Contoso|DR-0|\$/);
  });

  it("tells the partner when nobody else has the customer", async () => {
    const user = userEvent.setup();
    renderRegisterForm([conflictAnswer(false)]);
    await user.type(await screen.findByRole("textbox", { name: /customer name/i }), "Brand New Co");
    expect(
      await screen.findByText("Nobody has registered this customer yet.", undefined, {
        timeout: 3000,
      }),
    ).toBeInTheDocument();
  });

  it("saves a draft with the amount normalized and opens the new deal", async () => {
    const user = userEvent.setup();
    const registered = dealFixture({
      status: "DRAFT",
      submittedAt: null,
      allowedActions: ["SUBMIT", "WITHDRAW"],
      canEdit: true,
    });
    const register = jest.fn(() => ({ data: { registerDeal: registered } }));
    renderRegisterForm([
      conflictAnswer(false),
      {
        request: {
          query: RegisterDealDocument,
          variables: (vars: Record<string, unknown>) => {
            const input = vars.input as Record<string, unknown>;
            return (
              input.customerName === "Fabrikam Retail" &&
              input.customerDomain === "fabrikam.example" &&
              input.estimatedAmount === "48000.00" &&
              input.expectedCloseDate === "2099-03-31" &&
              input.submit === false &&
              typeof input.idempotencyKey === "string"
            );
          },
        },
        result: register,
      },
      {
        request: { query: DealPageDocument, variables: { id: "deal-42" } },
        result: { data: { deal: registered } },
        maxUsageCount: 5,
      },
    ]);
    await user.type(
      await screen.findByRole("textbox", { name: /customer name/i }),
      "Fabrikam Retail",
    );
    await user.type(
      screen.getByRole("textbox", { name: /customer web domain/i }),
      "fabrikam.example",
    );
    await user.type(screen.getByRole("textbox", { name: /estimated amount/i }), "$48,000");
    await user.type(screen.getByLabelText(/expected close date/i), "2099-03-31");
    await user.click(screen.getByRole("button", { name: "Save as draft" }));

    await waitFor(() =>
      expect(screen.getByTestId("location")).toHaveTextContent("/seller/deals/deal-42"),
    );
    expect(register).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/DR-000042 is saved as a draft/)).toBeInTheDocument();
  });

  it("lists the organization's territories, the viewer's own first, and sends the chosen one", async () => {
    const user = userEvent.setup();
    const registered = dealFixture({
      territory: { __typename: "Territory", id: "ter-fr", path: "EMEA › France" },
    });
    const register = jest.fn(() => ({ data: { registerDeal: registered } }));
    renderRegisterForm([
      conflictAnswer(false),
      {
        request: {
          query: RegisterDealDocument,
          variables: (vars: Record<string, unknown>) =>
            (vars.input as Record<string, unknown>).territoryId === "ter-fr",
        },
        result: register,
      },
      {
        request: { query: DealPageDocument, variables: { id: "deal-42" } },
        result: { data: { deal: registered } },
        maxUsageCount: 5,
      },
    ]);
    await user.type(
      await screen.findByRole("textbox", { name: /customer name/i }),
      "Fabrikam Retail",
    );
    await user.type(
      screen.getByRole("textbox", { name: /customer web domain/i }),
      "fabrikam.example",
    );
    await user.type(screen.getByRole("textbox", { name: /estimated amount/i }), "48000");
    await user.type(screen.getByLabelText(/expected close date/i), "2099-03-31");
    await user.click(screen.getByRole("combobox", { name: /territory/i }));
    const options = await screen.findAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual([
      "None",
      "EMEA › Germany(yours)",
      "EMEA",
      "EMEA › France",
    ]);
    await user.click(screen.getByRole("option", { name: "EMEA › France" }));
    await user.click(screen.getByRole("button", { name: "Register and submit" }));

    await waitFor(() =>
      expect(screen.getByTestId("location")).toHaveTextContent("/seller/deals/deal-42"),
    );
    expect(register).toHaveBeenCalledTimes(1);
    const territory = await screen.findByText("Territory", { selector: "dt" });
    expect(territory.nextElementSibling).toHaveTextContent("EMEA › France");
  });

  it("shows the server's rejection of the territory on the territory field", async () => {
    const user = userEvent.setup();
    renderRegisterForm([
      conflictAnswer(false),
      {
        request: { query: RegisterDealDocument, variables: () => true },
        result: {
          errors: [
            new GraphQLError("Choose one of your organization's territories.", {
              extensions: { code: "BAD_USER_INPUT", field: "territoryId" },
            }),
          ],
        },
      },
    ]);
    await user.type(
      await screen.findByRole("textbox", { name: /customer name/i }),
      "Fabrikam Retail",
    );
    await user.type(
      screen.getByRole("textbox", { name: /customer web domain/i }),
      "fabrikam.example",
    );
    await user.type(screen.getByRole("textbox", { name: /estimated amount/i }), "48000");
    await user.type(screen.getByLabelText(/expected close date/i), "2099-03-31");
    await user.click(screen.getByRole("combobox", { name: /territory/i }));
    await user.click(await screen.findByRole("option", { name: /EMEA › Germany/ }));
    await user.click(screen.getByRole("button", { name: "Save as draft" }));

    const message = await screen.findByText("Choose one of your organization's territories.");
    expect(message.id).toBe(
      screen.getByRole("combobox", { name: /territory/i }).getAttribute("aria-describedby"),
    );
  });
});
