import { render, screen } from "@testing-library/react";
import type { DocumentNode } from "graphql";
import type { ReactNode } from "react";
import { userWithRole } from "../../test/fixtures";
import { FABRIKAM, LEADERBOARD, NORTHWIND, PIPELINE, TAILSPIN } from "../../test/partner-fixtures";
import { meMock, TestProviders, type Mock } from "../../test/renderApp";
import { PartnerLeaderboardDocument } from "../partner-leaderboard/document";
import PartnerLeaderboardWidget from "../partner-leaderboard/PartnerLeaderboardWidget";
import { PartnerWinLossDocument } from "../partner-win-loss/document";
import PartnerWinLossWidget from "../partner-win-loss/PartnerWinLossWidget";
import { PipelineByPartnerDocument } from "../pipeline-by-partner/document";
import PipelineByPartnerWidget from "../pipeline-by-partner/PipelineByPartnerWidget";
import type { WidgetViewProps } from "../../app/widget-contract/types";

function answer(query: DocumentNode, data: Record<string, unknown>): Mock {
  return { request: { query, variables: () => true }, result: { data } };
}

function renderWidget(View: (props: WidgetViewProps) => ReactNode, mock: Mock, limit = 10) {
  return render(
    <TestProviders mocks={[meMock(userWithRole("CHANNEL_MANAGER")), mock]} route="/cm">
      <View settings={{ period: "THIS_QUARTER", limit }} />
    </TestProviders>,
  );
}

function winLossRow(partner: typeof NORTHWIND | null, wonCount: number, lostCount: number) {
  return {
    __typename: "PartnerWinLossRow",
    partner,
    otherPartnerCount: 0,
    wonCount,
    wonAmount: "1000.00",
    lostCount,
    lostAmount: "500.00",
    winRate: wonCount + lostCount === 0 ? null : wonCount / (wonCount + lostCount),
    winRateByAmount: null,
  };
}

describe("Partner chart widgets", () => {
  it("the leaderboard ranks partners with money-formatted figures", async () => {
    renderWidget(
      PartnerLeaderboardWidget,
      answer(PartnerLeaderboardDocument, { partnerLeaderboard: LEADERBOARD }),
    );
    expect(
      await screen.findByRole("group", {
        name: "Partner leaderboard by won amount: 1. Northwind Solutions $613K (9 won), 2. Fabrikam Systems $482K (4 won)",
      }),
    ).toBeInTheDocument();
    expect(screen.getByText("$1.1M")).toBeInTheDocument();
  });

  it("the leaderboard says so when nothing was won, or no partner is assigned", async () => {
    const nothingWon = LEADERBOARD.map((row) => ({ ...row, wonAmount: "0.00", wonCount: 0 }));
    const { unmount } = renderWidget(
      PartnerLeaderboardWidget,
      answer(PartnerLeaderboardDocument, { partnerLeaderboard: nothingWon }),
    );
    expect(await screen.findByText("No won deals this quarter")).toBeInTheDocument();
    unmount();

    renderWidget(
      PartnerLeaderboardWidget,
      answer(PartnerLeaderboardDocument, { partnerLeaderboard: [] }),
    );
    expect(await screen.findByText("No partners assigned yet")).toBeInTheDocument();
  });

  it("win/loss shows the partners in the API's order, without those with nothing closed", async () => {
    renderWidget(
      PartnerWinLossWidget,
      answer(PartnerWinLossDocument, {
        partnerWinLoss: [
          winLossRow(TAILSPIN, 3, 1),
          winLossRow(FABRIKAM, 1, 1),
          winLossRow(NORTHWIND, 0, 0),
        ],
      }),
    );
    expect(
      await screen.findByRole("group", {
        name: "Opportunities won and lost by partner: Tailspin Technologies 3 won, 1 lost (win rate 75%); Fabrikam Systems 1 won, 1 lost (win rate 50%)",
      }),
    ).toBeInTheDocument();
    expect(screen.getByText("67%")).toBeInTheDocument();
    expect(screen.getByText(/4 won, 2 lost/)).toBeInTheDocument();
  });

  it("win/loss asks for the widget's limit, says the others under the chart, and counts them in the headline", async () => {
    const others = { ...winLossRow(null, 4000, 6000), otherPartnerCount: 1998 };
    renderWidget(
      PartnerWinLossWidget,
      {
        request: { query: PartnerWinLossDocument, variables: (v) => v.limit === 2 },
        result: {
          data: {
            partnerWinLoss: [winLossRow(TAILSPIN, 3, 1), winLossRow(FABRIKAM, 1, 1), others],
          },
        },
      },
      2,
    );
    // 4,004 won of 10,006 closed.
    expect(await screen.findByText("40%")).toBeInTheDocument();
    expect(screen.getByText(/4,004 won, 6,002 lost/)).toBeInTheDocument();
    expect(
      screen.getByText("All others (1,998 partners): 4,000 won, 6,000 lost (win rate 40%)"),
    ).toBeInTheDocument();
    // The bars are the partners': the others' 10,000 do not squash them.
    const chart = screen.getByRole("group", { name: /^Opportunities won and lost by partner/ });
    expect(chart.getAttribute("aria-label")).toBe(
      "Opportunities won and lost by partner: Tailspin Technologies 3 won, 1 lost (win rate 75%); Fabrikam Systems 1 won, 1 lost (win rate 50%)",
    );
    expect(chart).toHaveAttribute("data-bars", "2");
  });

  it("pipeline by partner totals the open and weighted amounts and names the stages", async () => {
    renderWidget(
      PipelineByPartnerWidget,
      answer(PipelineByPartnerDocument, { pipelineByPartner: PIPELINE }),
    );
    expect(await screen.findByText("$585K")).toBeInTheDocument();
    expect(screen.getByText(/\$254K weighted/)).toBeInTheDocument();
    expect(screen.getByRole("list", { name: "Legend" })).toHaveTextContent(
      "QualificationDiscoveryProposalNegotiation",
    );
    expect(
      screen.getByRole("group", {
        name: "Open pipeline by partner and stage: Tailspin Technologies $585K (Qualification $136K, Discovery $193K, Negotiation $256K)",
      }),
    ).toBeInTheDocument();
  });

  it("pipeline by partner asks for the widget's limit and says the others under the chart, counted in the headline", async () => {
    const others = {
      ...PIPELINE[0],
      partner: null,
      otherPartnerCount: 1995,
      openAmount: "1200000.00",
      weightedAmount: "400000.00",
    };
    const rows = [PIPELINE[0], others];
    renderWidget(
      PipelineByPartnerWidget,
      {
        request: { query: PipelineByPartnerDocument, variables: (v) => v.limit === 5 },
        result: { data: { pipelineByPartner: rows } },
      },
      5,
    );
    expect(await screen.findByText("$1.8M")).toBeInTheDocument();
    expect(
      screen.getByText("All others (1,995 partners): $1.2M open, $400K weighted"),
    ).toBeInTheDocument();
    const chart = screen.getByRole("group", { name: /^Open pipeline by partner and stage/ });
    expect(chart.getAttribute("aria-label")).toMatch(/^[^;]*Tailspin Technologies \$585K [^;]*$/);
    expect(chart).toHaveAttribute("data-bars", "1");
  });
});
