import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { render } from "@testing-library/react";
import { TestProviders, type Mock } from "../../../test/renderApp";
import { DeactivateUserDialog } from "../DeactivateUserDialog";
import {
  DeactivateUserDocument,
  OperatorWorkloadDocument,
  PersonChoicesDocument,
} from "../documents";
import type { AdministeredOrganization } from "../operators-model";

const NORTHWIND: AdministeredOrganization = {
  kind: "PARTNER",
  id: "org-1",
  name: "Northwind Solutions",
  roles: ["PARTNER_SELLER", "PARTNER_SALES_MANAGER", "PARTNER_SALES_OPS"],
};

const person = (id: string, name: string, role: string) => ({
  __typename: "User",
  id,
  name,
  email: `${id}@northwind.demo`,
  role,
});

function workloadMock(openOpportunities: number, pendingDeals: number): Mock {
  return {
    request: { query: OperatorWorkloadDocument, variables: { id: "dana" } },
    result: {
      data: {
        user: {
          __typename: "User",
          id: "dana",
          active: true,
          workload: {
            __typename: "UserWorkload",
            openOpportunities,
            pendingDeals,
            assignedPartners: 0,
          },
        },
      },
    },
  };
}

const choices: Mock = {
  request: {
    query: PersonChoicesDocument,
    variables: { filter: { active: true, search: null }, first: 50 },
  },
  result: {
    data: {
      users: {
        __typename: "UserConnection",
        edges: [
          person("dana", "Dana Leaving", "PARTNER_SELLER"),
          person("olive", "Olive Ops", "PARTNER_SALES_OPS"),
          person("sam", "Sam Seller", "PARTNER_SELLER"),
        ].map((node) => ({ __typename: "UserEdge", node })),
      },
    },
  },
  maxUsageCount: 5,
};

function deactivated(reassignTo: string | null): Mock {
  return {
    request: { query: DeactivateUserDocument, variables: { input: { id: "dana", reassignTo } } },
    result: {
      data: {
        deactivateUser: {
          ...person("dana", "Dana Leaving", "PARTNER_SELLER"),
          active: false,
          lastSignInAt: null,
          manager: null,
          territories: [],
          pendingInvitation: null,
          workload: {
            __typename: "UserWorkload",
            openOpportunities: 0,
            pendingDeals: 0,
            assignedPartners: 0,
          },
        },
      },
    },
  };
}

function renderDialog(mocks: Mock[]) {
  const onClose = jest.fn();
  render(
    <TestProviders mocks={mocks}>
      <DeactivateUserDialog
        user={{ id: "dana", name: "Dana Leaving" }}
        organization={NORTHWIND}
        onClose={onClose}
      />
    </TestProviders>,
  );
  return onClose;
}

describe("Deactivating someone", () => {
  it("hands their open opportunities and pending deals to a seller chosen in the same dialog", async () => {
    const onClose = renderDialog([workloadMock(3, 1), choices, deactivated("sam")]);
    const user = userEvent.setup();
    const dialog = await screen.findByRole("dialog", { name: "Deactivate Dana Leaving?" });
    expect(
      await within(dialog).findByText(
        /Dana Leaving still owns 3 open opportunities and 1 pending deal\./,
      ),
    ).toBeInTheDocument();

    // Nobody chosen yet: said, nothing sent.
    await user.click(within(dialog).getByRole("button", { name: "Reassign and deactivate" }));
    expect(within(dialog).getByText("Choose who takes them over.")).toBeInTheDocument();

    await user.click(
      within(dialog).getByRole("combobox", {
        name: "Reassign their 3 open opportunities and 1 pending deal to",
      }),
    );
    // Only those who may own the work, never the person leaving.
    const options = await screen.findAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual(["Sam SellerSeller · sam@northwind.demo"]);
    await user.click(options[0]!);
    await user.click(within(dialog).getByRole("button", { name: "Reassign and deactivate" }));
    await waitFor(() =>
      expect(onClose).toHaveBeenCalledWith({
        message:
          "Dana Leaving is deactivated; Sam Seller now has 3 open opportunities and 1 pending deal.",
      }),
    );
  });

  it("deactivates at once someone who owns nothing", async () => {
    const onClose = renderDialog([workloadMock(0, 0), deactivated(null)]);
    const user = userEvent.setup();
    const dialog = await screen.findByRole("dialog", { name: "Deactivate Dana Leaving?" });
    await waitFor(() =>
      expect(within(dialog).getByRole("button", { name: "Deactivate" })).toBeEnabled(),
    );
    expect(within(dialog).queryByRole("combobox")).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "Deactivate" }));
    await waitFor(() =>
      expect(onClose).toHaveBeenCalledWith({
        message: "Dana Leaving is deactivated: their sessions and API tokens no longer work.",
      }),
    );
  });
});
