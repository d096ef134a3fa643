import { render, screen, within } from "@testing-library/react";
import type { DocumentNode } from "graphql";
import type { ReactNode } from "react";
import { userWithRole } from "../../test/fixtures";
import { meMock, TestProviders, type Mock } from "../../test/renderApp";
import type { WidgetViewProps } from "../../app/widget-contract/types";
import { TeamActivityWidgetDocument, TeamPerformanceWidgetDocument } from "../team/document";
import TeamActivitiesOverdueWidget from "../team/TeamActivitiesOverdueWidget";
import TeamLeaderboardWidget from "../team/TeamLeaderboardWidget";
import TeamPipelineWidget from "../team/TeamPipelineWidget";
import TeamQuotasWidget from "../team/TeamQuotasWidget";
import { teamQuotaTotal } from "../team/team-rows";

function answer(query: DocumentNode, data: Record<string, unknown>): Mock {
  return { request: { query, variables: () => true }, result: { data } };
}

function renderWidget(View: (props: WidgetViewProps) => ReactNode, mock: Mock, limit?: number) {
  return render(
    <TestProviders mocks={[meMock(userWithRole("PARTNER_SALES_MANAGER")), mock]} route="/manager">
      <View settings={{ period: "THIS_QUARTER", limit }} />
    </TestProviders>,
  );
}

/** Each row link's visible text, its parts joined by " | " (links are named by what they show). */
function rowTexts(list: HTMLElement): string[] {
  return within(list)
    .getAllByRole("link")
    .map((link) =>
      [...link.querySelectorAll("p, span")]
        .filter((part) => part.children.length === 0 && part.textContent)
        .map((part) => part.textContent)
        .join(" | "),
    );
}

const STAGES = ["QUALIFICATION", "DISCOVERY", "PROPOSAL", "NEGOTIATION"] as const;

function person(
  id: string,
  name: string,
  figures: {
    won?: string;
    wonCount?: number;
    quota?: string | null;
    attainment?: number | null;
    open?: Partial<Record<(typeof STAGES)[number], string>>;
  },
) {
  const byStage = STAGES.map((stage) => {
    const amount = figures.open?.[stage] ?? "0.00";
    return {
      __typename: "StageAmount",
      stage,
      amount,
      weightedAmount: amount,
      count: amount === "0.00" ? 0 : 1,
    };
  });
  const openAmount = byStage.reduce((sum, stage) => sum + Number(stage.amount), 0).toFixed(2);
  return {
    __typename: "SellerPerformance",
    seller: { __typename: "User", id, name, role: "PARTNER_SELLER" },
    wonAmount: figures.won ?? "0.00",
    wonCount: figures.wonCount ?? 0,
    openAmount,
    openCount: byStage.filter((stage) => stage.count > 0).length,
    weightedAmount: openAmount,
    quotaAmount: figures.quota ?? null,
    quotaAttainment: figures.attainment ?? null,
    byStage,
  };
}

const ANA = person("u-ana", "Ana Silva", {
  won: "60000.00",
  wonCount: 3,
  quota: "50000.00",
  attainment: 1.2,
  open: { PROPOSAL: "10000.00" },
});
const BEN = person("u-ben", "Ben Okafor", {
  won: "12500.50",
  wonCount: 1,
  quota: "25000.00",
  attainment: 0.50002,
  open: { QUALIFICATION: "4000.00", NEGOTIATION: "30000.00" },
});
const CHLOE = person("u-chloe", "Chloe Martin", { won: "5000.00", wonCount: 1 });
const TEAM = [ANA, BEN, CHLOE];

describe("Team widgets", () => {
  it("the leaderboard ranks each person with won amount, count and attainment, each row opening the person", async () => {
    renderWidget(
      TeamLeaderboardWidget,
      answer(TeamPerformanceWidgetDocument, { teamPerformance: TEAM }),
    );
    const list = await screen.findByRole("list", { name: "Team leaderboard by won amount" });
    const links = within(list).getAllByRole("link");
    expect(rowTexts(list)).toEqual([
      "1. | Ana Silva | $60,000 · 3 won | 120%",
      "2. | Ben Okafor | $12,500.50 · 1 won | 50%",
      "3. | Chloe Martin | $5,000 · 1 won | No quota",
    ]);
    expect(links[0]).toHaveAttribute("href", "/manager/team/u-ana?period=THIS_QUARTER");
    expect(within(links[2]!).getByText("No quota")).toBeInTheDocument();
    // The headline is the sum of the rows.
    expect(screen.getByText("$78K")).toBeInTheDocument();
  });

  it("the leaderboard says so when the team is empty", async () => {
    renderWidget(
      TeamLeaderboardWidget,
      answer(TeamPerformanceWidgetDocument, { teamPerformance: [] }),
    );
    expect(await screen.findByText("No one in your team yet")).toBeInTheDocument();
  });

  it("the pipeline stacks each person's open stages, largest first, without those with nothing open", async () => {
    renderWidget(
      TeamPipelineWidget,
      answer(TeamPerformanceWidgetDocument, { teamPerformance: TEAM }),
    );
    expect(
      await screen.findByRole("group", {
        name: "Open pipeline by person and stage: Ben Okafor $34K (Qualification $4K, Negotiation $30K); Ana Silva $10K (Proposal $10K)",
      }),
    ).toBeInTheDocument();
    expect(screen.getByText("$44K")).toBeInTheDocument();
  });

  it("the pipeline says so when nothing is open in the period", async () => {
    renderWidget(
      TeamPipelineWidget,
      answer(TeamPerformanceWidgetDocument, { teamPerformance: [CHLOE] }),
    );
    expect(await screen.findByText("No open pipeline closing this quarter")).toBeInTheDocument();
  });

  it("quota attainment lists people by attainment, those without a quota last, and a team line equal to the sum of the rows", async () => {
    renderWidget(
      TeamQuotasWidget,
      answer(TeamPerformanceWidgetDocument, { teamPerformance: TEAM }),
    );
    const list = await screen.findByRole("list", { name: "Quota attainment per person" });
    expect(rowTexts(list)).toEqual([
      "Ana Silva | $60,000 won of $50,000 | 120%",
      "Ben Okafor | $12,500.50 won of $25,000 | 50%",
      "Chloe Martin | $5,000 won | No quota",
    ]);
    // Quota: 50,000 + 25,000; won by those with a quota: 60,000 + 12,500.50 → 96.667 %.
    expect(
      screen.getByRole("group", { name: "Team total: 97%, $72,500.50 won of $75,000" }),
    ).toBeInTheDocument();
  });

  it("the team's quota line is the sum of its rows to the cent", () => {
    expect(teamQuotaTotal(TEAM)).toEqual({
      quotaAmount: "75000.00",
      wonAmount: "72500.50",
      attainment: 7250050 / 7500000,
    });
    expect(teamQuotaTotal([CHLOE])).toEqual({
      quotaAmount: null,
      wonAmount: "0.00",
      attainment: null,
    });
  });

  it("quota attainment says so when no one has a quota in the period", async () => {
    renderWidget(
      TeamQuotasWidget,
      answer(TeamPerformanceWidgetDocument, { teamPerformance: [CHLOE] }),
    );
    expect(await screen.findByText("No quotas for this quarter")).toBeInTheDocument();
  });

  function activity(id: string, name: string, tasksOverdue: number, oldest: string | null) {
    return {
      __typename: "SellerActivity",
      seller: { __typename: "User", id, name, role: "PARTNER_SELLER" },
      tasksOpen: tasksOverdue + 2,
      tasksOverdue,
      oldestOverdueDueAt: oldest,
    };
  }

  it("activities overdue lists the people with overdue tasks, most first, up to the limit, each opening their activities", async () => {
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    renderWidget(
      TeamActivitiesOverdueWidget,
      answer(TeamActivityWidgetDocument, {
        teamActivity: [
          activity("u-ana", "Ana Silva", 1, daysAgo(9)),
          activity("u-ben", "Ben Okafor", 4, daysAgo(2)),
          activity("u-chloe", "Chloe Martin", 0, null),
          activity("u-dan", "Dan Wu", 1, daysAgo(20)),
        ],
      }),
      2,
    );
    const list = await screen.findByRole("list", { name: "Overdue tasks per person" });
    const links = within(list).getAllByRole("link");
    expect(rowTexts(list)).toEqual([
      "Ben Okafor | 6 open tasks | 4 overdue | oldest due 2 days ago",
      "Dan Wu | 3 open tasks | 1 overdue | oldest due 3 weeks ago",
    ]);
    expect(links[0]).toHaveAttribute("href", "/manager/team/u-ben?tab=activities");
    expect(screen.getByText("(the 2 most overdue shown)", { exact: false })).toBeInTheDocument();
  });

  it("activities overdue says so when nothing is overdue", async () => {
    renderWidget(
      TeamActivitiesOverdueWidget,
      answer(TeamActivityWidgetDocument, {
        teamActivity: [activity("u-chloe", "Chloe Martin", 0, null)],
      }),
    );
    expect(await screen.findByText("No overdue tasks")).toBeInTheDocument();
  });

  it("a failed answer shows an error with a retry", async () => {
    render(
      <TestProviders
        mocks={[
          meMock(userWithRole("PARTNER_SALES_MANAGER")),
          {
            request: { query: TeamPerformanceWidgetDocument, variables: () => true },
            error: new Error("Network down"),
          },
        ]}
        route="/manager"
      >
        <TeamLeaderboardWidget settings={{ period: "THIS_QUARTER" }} />
      </TestProviders>,
    );
    expect(await screen.findByRole("alert")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Retry" })).toBeInTheDocument();
  });
});
