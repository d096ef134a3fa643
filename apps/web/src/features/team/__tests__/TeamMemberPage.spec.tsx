import { render, screen, within } from "@testing-library/react";
import { GraphQLError } from "graphql";
import { Route, Routes } from "react-router";
import { userWithRole } from "../../../test/fixtures";
import { meMock, TestProviders, type Mock } from "../../../test/renderApp";
import { TeamMemberDocument } from "../documents";
import TeamMemberPage from "../TeamMemberPage";

function renderAt(route: string, answer: Mock) {
  return render(
    <TestProviders mocks={[meMock(userWithRole("PARTNER_SALES_MANAGER")), answer]} route={route}>
      <Routes>
        <Route path="/manager/team/:userId" element={<TeamMemberPage />} />
      </Routes>
    </TestProviders>,
  );
}

const stage = (name: string, amount: string, count: number) => ({
  __typename: "StageAmount",
  stage: name,
  amount,
  weightedAmount: amount,
  count,
});

const ANA = {
  user: {
    __typename: "User",
    id: "u-ana",
    name: "Ana Silva",
    email: "ana@example.test",
    role: "PARTNER_SELLER",
    manager: { __typename: "User", id: "u-max", name: "Max Manager" },
  },
  salesMetrics: {
    __typename: "SalesMetrics",
    from: "2026-10-01T00:00:00.000Z",
    to: "2027-01-01T00:00:00.000Z",
    pipeline: {
      __typename: "SalesPipeline",
      openAmount: "34000.00",
      openCount: 2,
      weightedAmount: "21000.00",
      byStage: [
        stage("QUALIFICATION", "4000.00", 1),
        stage("DISCOVERY", "0.00", 0),
        stage("PROPOSAL", "0.00", 0),
        stage("NEGOTIATION", "30000.00", 1),
      ],
    },
    winLoss: {
      __typename: "SalesWinLoss",
      wonAmount: "60000.00",
      wonCount: 3,
      lostAmount: "8000.00",
      lostCount: 1,
      winRate: 0.75,
      winRateByAmount: 60000 / 68000,
      lossReasons: [
        { __typename: "LossReasonFigure", reason: "PRICE", count: 1, amount: "8000.00" },
      ],
    },
    quota: {
      __typename: "SalesQuota",
      quotaAmount: "80000.00",
      wonAmount: "60000.00",
      attainment: 0.75,
      amountToClose: "20000.00",
    },
  },
};

describe("A person's view in the team section", () => {
  it("shows who they are and their figures for the period", async () => {
    renderAt("/manager/team/u-ana", {
      request: { query: TeamMemberDocument, variables: () => true },
      result: { data: ANA },
    });
    expect(await screen.findByRole("heading", { name: "Ana Silva" })).toBeInTheDocument();
    expect(
      screen.getByText("Seller · reports to Max Manager · ana@example.test"),
    ).toBeInTheDocument();
    const won = screen.getByRole("region", { name: "Won amount" });
    expect(within(won).getByText("$60,000")).toBeInTheDocument();
    const quota = screen.getByRole("region", { name: "Quota" });
    expect(within(quota).getByText("$80,000")).toBeInTheDocument();
    expect(within(quota).getByText("$20,000 still to close")).toBeInTheDocument();
    expect(
      within(screen.getByRole("region", { name: "Win rate" })).getByText("75%"),
    ).toBeInTheDocument();
    expect(
      screen.getByRole("img", {
        name: "Open pipeline by stage: Qualification $4K (1), Discovery $0 (0), Proposal $0 (0), Negotiation $30K (1)",
      }),
    ).toBeInTheDocument();
    const winLoss = screen.getByRole("table", { name: "Won and lost, and why lost" });
    expect(within(winLoss).getByText("Price")).toBeInTheDocument();
  });

  it("says the person is not in the viewer's team when the API answers NOT_FOUND", async () => {
    renderAt("/manager/team/u-other", {
      request: { query: TeamMemberDocument, variables: () => true },
      result: {
        errors: [new GraphQLError("Not found", { extensions: { code: "NOT_FOUND" } })],
      },
    });
    expect(
      await screen.findByRole("heading", { name: "This person isn't in your team" }),
    ).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Back to your team" })).toHaveAttribute(
      "href",
      "/manager/team",
    );
  });
});
