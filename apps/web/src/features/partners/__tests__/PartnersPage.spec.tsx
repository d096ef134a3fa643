import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { userWithRole } from "../../../test/fixtures";
import { meMock, TestProviders, type Mock } from "../../../test/renderApp";
import { PartnersPageDocument } from "../document";
import { PartnersPage } from "../PartnersPage";

function partner(n: number) {
  return {
    __typename: "Organization",
    id: `p${n}`,
    name: `Partner ${String(n).padStart(3, "0")}`,
    tier: "GOLD",
    channelManager: null,
  };
}

function page(from: number, to: number, totalCount: number, hasNextPage: boolean) {
  const nodes = Array.from({ length: to - from + 1 }, (_, i) => partner(from + i));
  return {
    partners: {
      __typename: "OrganizationConnection",
      totalCount,
      pageInfo: { __typename: "PageInfo", hasNextPage, endCursor: `after-${to}` },
      edges: nodes.map((node) => ({ __typename: "OrganizationEdge", node })),
    },
  };
}

function answer(variables: Record<string, unknown>, data: Record<string, unknown>): Mock {
  return { request: { query: PartnersPageDocument, variables }, result: { data } };
}

describe("Partners page (vendor side)", () => {
  it("pages through every partner on the server, and searches on the server", async () => {
    const user = userEvent.setup();
    render(
      <TestProviders
        route="/cm/partners"
        mocks={[
          meMock(userWithRole("CHANNEL_MANAGER")),
          answer({ search: null, first: 25, after: null }, page(1, 25, 130, true)),
          answer({ search: null, first: 25, after: "after-25" }, page(26, 50, 130, true)),
          answer({ search: "117", first: 25, after: null }, page(117, 117, 1, false)),
        ]}
      >
        <PartnersPage />
      </TestProviders>,
    );
    const table = await screen.findByRole("table", { name: "Partners" });
    expect(await within(table).findByText("Partner 001")).toBeInTheDocument();
    expect(screen.getByText("1–25 of 130")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Go to next page" }));
    expect(await within(table).findByText("Partner 026")).toBeInTheDocument();
    expect(screen.getByText("26–50 of 130")).toBeInTheDocument();

    await user.type(screen.getByRole("textbox", { name: "Search partners" }), "117");
    expect(await within(table).findByText("Partner 117")).toBeInTheDocument();
    expect(within(table).queryByText("Partner 026")).not.toBeInTheDocument();
  });
});
