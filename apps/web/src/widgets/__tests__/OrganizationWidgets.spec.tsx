import { render, screen, within } from "@testing-library/react";
import type { DocumentNode } from "graphql";
import type { ReactNode } from "react";
import { userWithRole } from "../../test/fixtures";
import { meMock, TestProviders, type Mock } from "../../test/renderApp";
import { OperatorsSummaryDocument, TerritoriesSummaryDocument } from "../organization/document";
import OperatorsSummaryWidget from "../organization/OperatorsSummaryWidget";
import TerritoriesSummaryWidget from "../organization/TerritoriesSummaryWidget";

function answer(query: DocumentNode, data: Record<string, unknown>): Mock {
  return { request: { query }, result: { data } };
}

function renderWidget(View: () => ReactNode, mock: Mock) {
  return render(
    <TestProviders mocks={[meMock(userWithRole("PARTNER_SALES_OPS")), mock]} route="/ops">
      <View />
    </TestProviders>,
  );
}

const roleCount = (role: string, count: number) => ({
  __typename: "OperatorRoleCount",
  role,
  count,
});

function summary(fields: Partial<Record<string, unknown>> = {}) {
  return {
    operatorsSummary: {
      __typename: "OperatorsSummary",
      activeByRole: [
        roleCount("PARTNER_SELLER", 12),
        roleCount("PARTNER_SALES_MANAGER", 0),
        roleCount("PARTNER_SALES_OPS", 1),
      ],
      deactivated: 2,
      invitationsPending: 3,
      invitationsExpired: 1,
      ...fields,
    },
  };
}

function territory(
  id: string,
  name: string,
  openPipeline: string,
  count: number,
  parentId?: string,
) {
  return {
    __typename: "Territory",
    id,
    name,
    parentId: parentId ?? null,
    openPipeline,
    openOpportunityCount: count,
  };
}

describe("Operators widget", () => {
  it("counts active users by role, zeros included, each opening the Operators section", async () => {
    renderWidget(OperatorsSummaryWidget, answer(OperatorsSummaryDocument, summary()));
    expect(await screen.findByText("13")).toBeInTheDocument();
    expect(screen.getByText("active users")).toBeInTheDocument();
    const roles = screen.getByRole("list", { name: "Active users by role" });
    const links = within(roles).getAllByRole("link");
    // Named by what they show, then "active" (WCAG 2.5.3: the name starts with the visible text).
    expect(links.map((link) => link.textContent)).toEqual([
      "12Seller, active",
      "0Sales manager, active",
      "1Sales operations, active",
    ]);
    expect(links.every((link) => link.getAttribute("href") === "/ops/operators")).toBe(true);
    expect(screen.getByRole("link", { name: "3 invitations pending" })).toHaveAttribute(
      "href",
      "/ops/operators",
    );
    expect(screen.getByText(/1 expired/)).toBeInTheDocument();
    expect(screen.getByText(/2 deactivated users/)).toBeInTheDocument();
  });

  it("leaves out expired invitations when there are none", async () => {
    renderWidget(
      OperatorsSummaryWidget,
      answer(OperatorsSummaryDocument, summary({ invitationsPending: 1, invitationsExpired: 0 })),
    );
    expect(await screen.findByRole("link", { name: "1 invitation pending" })).toBeInTheDocument();
    expect(screen.queryByText(/expired/)).not.toBeInTheDocument();
  });

  it("shows the error with a retry", async () => {
    renderWidget(OperatorsSummaryWidget, {
      request: { query: OperatorsSummaryDocument },
      error: new Error("The server is unreachable."),
    });
    expect(await screen.findByRole("alert")).toHaveTextContent("couldn't reach the server");
    expect(screen.getByRole("button", { name: "Retry" })).toBeInTheDocument();
  });
});

describe("Territories widget", () => {
  it("lists top-level territories by open pipeline (sub-territories inside theirs), money formatted", async () => {
    renderWidget(
      TerritoriesSummaryWidget,
      answer(TerritoriesSummaryDocument, {
        territories: [
          territory("t1", "Americas", "120000.50", 4),
          territory("t2", "US West", "100000.00", 3, "t1"),
          territory("t3", "EMEA", "250000.00", 6),
          territory("t4", "APAC", "0.00", 0),
          territory("t5", "Benelux", "0.00", 0),
        ],
      }),
    );
    const table = await screen.findByRole("table", {
      name: "Open pipeline by top-level territory",
    });
    const rows = within(table)
      .getAllByRole("row")
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual([
      "EMEA6 open opportunities$250,0006",
      "Americas4 open opportunities$120,000.504",
      "APAC0 open opportunities$00",
      "Benelux0 open opportunities$00",
    ]);
    expect(screen.getByText("$370K")).toBeInTheDocument();
    expect(screen.getByText(/open in 10 opportunities across 4 territories/)).toBeInTheDocument();
    expect(within(table).getByRole("link", { name: "EMEA" })).toHaveAttribute(
      "href",
      "/ops/territories",
    );
  });

  it("without territories, says so and links to the Territories section", async () => {
    renderWidget(TerritoriesSummaryWidget, answer(TerritoriesSummaryDocument, { territories: [] }));
    expect(await screen.findByText("No territories yet")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Set up territories" })).toHaveAttribute(
      "href",
      "/ops/territories",
    );
  });

  it("shows a skeleton while loading", () => {
    renderWidget(TerritoriesSummaryWidget, answer(TerritoriesSummaryDocument, { territories: [] }));
    expect(screen.getByRole("status", { name: "Loading" })).toBeInTheDocument();
  });
});
