import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Role } from "@prm/domain";
import type { DocumentNode } from "graphql";
import type { ReactNode } from "react";
import { RequireSession } from "../../app/routing/RequireSession";
import { CompleteActivityDocument } from "../../app/tasks/documents";
import type { WidgetViewProps } from "../../app/widget-contract/types";
import { userWithRole } from "../../test/fixtures";
import { meMock, TestProviders, type Mock } from "../../test/renderApp";
import ActivitiesDueWidget from "../sales/ActivitiesDueWidget";
import {
  ActivitiesDueDocument,
  SalesPipelineDocument,
  SalesQuotaDocument,
  SalesTrendDocument,
  SalesWinLossDocument,
} from "../sales/documents";
import PipelineByStageWidget from "../sales/PipelineByStageWidget";
import PipelineTrendWidget from "../sales/PipelineTrendWidget";
import QuotaAttainmentWidget from "../sales/QuotaAttainmentWidget";
import WinLossWidget from "../sales/WinLossWidget";

const DAY = 24 * 3600_000;

function metrics(query: DocumentNode, fields: Record<string, unknown>): Mock {
  return {
    request: { query, variables: { period: { preset: "THIS_QUARTER" } } },
    result: { data: { salesMetrics: { __typename: "SalesMetrics", ...fields } } },
  };
}

function renderWidget(
  View: (props: WidgetViewProps) => ReactNode,
  mocks: Mock[],
  { role = "PARTNER_SELLER", limit }: { role?: Role; limit?: number } = {},
) {
  return render(
    <TestProviders mocks={[meMock(userWithRole(role)), ...mocks]} route="/seller">
      <RequireSession>
        <View settings={{ period: "THIS_QUARTER", limit }} />
      </RequireSession>
    </TestProviders>,
  );
}

const stage = (name: string, amount: string, weightedAmount: string, count: number) => ({
  __typename: "StageAmount",
  stage: name,
  amount,
  weightedAmount,
  count,
});

describe("Sales widgets", () => {
  it("pipeline by stage totals the open and weighted amounts, each stage linking to its list for the period's dates", async () => {
    renderWidget(PipelineByStageWidget, [
      metrics(SalesPipelineDocument, {
        from: "2026-10-01T00:00:00.000Z",
        to: "2027-01-01T00:00:00.000Z",
        pipeline: {
          __typename: "SalesPipeline",
          openAmount: "185000.00",
          weightedAmount: "71000.00",
          openCount: 5,
          byStage: [
            stage("QUALIFICATION", "40000.00", "4000.00", 2),
            stage("DISCOVERY", "0.00", "0.00", 0),
            stage("PROPOSAL", "100000.00", "50000.00", 2),
            stage("NEGOTIATION", "45000.00", "17000.00", 1),
          ],
        },
      }),
    ]);

    expect(await screen.findByText("$185K")).toBeInTheDocument();
    expect(
      screen.getByText(/\$71K weighted · 5 open opportunities closing this quarter/),
    ).toBeInTheDocument();
    const stages = screen.getByRole("list", {
      name: "Open pipeline by stage, closing this quarter",
    });
    expect(within(stages).getAllByRole("listitem")).toHaveLength(4);
    expect(
      within(stages).getByRole("link", {
        name: "Proposal: 2 open opportunities, $100,000, weighted $50,000",
      }),
    ).toHaveAttribute("href", "/seller/opportunities?stage=PROPOSAL&from=2026-10-01&to=2026-12-31");
    expect(within(stages).getByText("$100K · $50K weighted · 2")).toBeInTheDocument();
    // A stage with nothing in it has nothing to open.
    expect(within(stages).queryByRole("link", { name: /^Discovery/ })).not.toBeInTheDocument();
  });

  it("pipeline by stage says so when nothing is open in the period", async () => {
    renderWidget(PipelineByStageWidget, [
      metrics(SalesPipelineDocument, {
        from: "2026-10-01T00:00:00.000Z",
        to: "2027-01-01T00:00:00.000Z",
        pipeline: {
          __typename: "SalesPipeline",
          openAmount: "0.00",
          weightedAmount: "0.00",
          openCount: 0,
          byStage: [stage("QUALIFICATION", "0.00", "0.00", 0)],
        },
      }),
    ]);
    expect(await screen.findByText("No open pipeline closing this quarter")).toBeInTheDocument();
  });

  it("quota attainment shows won against quota and the amount still to close; sales operations the sellers' quotas too", async () => {
    const quota = (fields: Record<string, unknown>) =>
      metrics(SalesQuotaDocument, {
        quota: {
          __typename: "SalesQuota",
          quotaAmount: "80000.00",
          wonAmount: "60000.50",
          attainment: 0.75,
          amountToClose: "19999.50",
          sellersQuotaAmount: "95000.00",
          ...fields,
        },
      });
    const { unmount } = renderWidget(QuotaAttainmentWidget, [quota({})]);
    expect(await screen.findByText("75%")).toBeInTheDocument();
    expect(screen.getByText(/\$60,000\.50 won of \$80,000/)).toBeInTheDocument();
    expect(screen.getByTestId("quota-to-close")).toHaveTextContent("$19,999.50 still to close");
    expect(screen.queryByTestId("sellers-quotas")).not.toBeInTheDocument();
    unmount();

    renderWidget(
      QuotaAttainmentWidget,
      [quota({ attainment: 1.2, wonAmount: "96000.00", amountToClose: "0.00" })],
      {
        role: "PARTNER_SALES_OPS",
      },
    );
    expect(await screen.findByText("120%")).toBeInTheDocument();
    expect(screen.getByTestId("quota-to-close")).toHaveTextContent("Quota met");
    expect(screen.getByTestId("sellers-quotas")).toHaveTextContent("Sellers' quotas: $95,000");
  });

  it("quota attainment without a quota says who sets it, by role", async () => {
    const none = metrics(SalesQuotaDocument, {
      quota: {
        __typename: "SalesQuota",
        quotaAmount: null,
        wonAmount: "0.00",
        attainment: null,
        amountToClose: null,
        sellersQuotaAmount: null,
      },
    });
    const { unmount } = renderWidget(QuotaAttainmentWidget, [none]);
    expect(await screen.findByText("No quota for this quarter")).toBeInTheDocument();
    expect(screen.getByText("Your manager or sales operations set quotas.")).toBeInTheDocument();
    unmount();
    renderWidget(QuotaAttainmentWidget, [none], { role: "PARTNER_SALES_OPS" });
    expect(
      await screen.findByText("Your channel manager sets the organization's quota."),
    ).toBeInTheDocument();
  });

  it("win/loss shows counts, amounts, both win rates and the loss reasons by their labels", async () => {
    renderWidget(WinLossWidget, [
      metrics(SalesWinLossDocument, {
        winLoss: {
          __typename: "SalesWinLoss",
          wonCount: 3,
          wonAmount: "90000.00",
          lostCount: 1,
          lostAmount: "30000.00",
          winRate: 0.75,
          winRateByAmount: 0.75,
          lossReasons: [
            { __typename: "LossReasonFigure", reason: "COMPETITOR", count: 1, amount: "30000.00" },
          ],
        },
      }),
    ]);
    expect(await screen.findByText("75%")).toBeInTheDocument();
    expect(screen.getByText(/75% by amount/)).toBeInTheDocument();
    expect(screen.getByText("3 · $90,000")).toBeInTheDocument();
    expect(screen.getByText("1 · $30,000")).toBeInTheDocument();
    const reasons = screen.getByRole("list", { name: "Loss reasons" });
    expect(within(reasons).getByText("Lost to a competitor")).toBeInTheDocument();
    expect(within(reasons).getByText("1 · $30K")).toBeInTheDocument();
  });

  it("win/loss says so when nothing closed in the period", async () => {
    renderWidget(WinLossWidget, [
      metrics(SalesWinLossDocument, {
        winLoss: {
          __typename: "SalesWinLoss",
          wonCount: 0,
          wonAmount: "0.00",
          lostCount: 0,
          lostAmount: "0.00",
          winRate: null,
          winRateByAmount: null,
          lossReasons: [],
        },
      }),
    ]);
    expect(await screen.findByText("Nothing won or lost this quarter")).toBeInTheDocument();
  });

  it("the pipeline trend describes each week's open pipeline, and needs two points to draw", async () => {
    const point = (at: string, openAmount: string, openCount: number) => ({
      __typename: "PipelinePoint",
      at,
      openAmount,
      openCount,
    });
    const { unmount } = renderWidget(PipelineTrendWidget, [
      metrics(SalesTrendDocument, {
        from: "2020-10-01T00:00:00.000Z",
        to: "2021-01-01T00:00:00.000Z",
        trend: [
          point("2020-10-05T00:00:00.000Z", "120000.00", 6),
          point("2020-10-12T00:00:00.000Z", "150000.00", 7),
        ],
      }),
    ]);
    expect(
      await screen.findByRole("img", {
        name: "Open pipeline closing this quarter, week by week: Week ending Oct 4: $120K (6); Week ending Oct 11: $150K (7)",
      }),
    ).toBeInTheDocument();
    expect(screen.getByText("$150K")).toBeInTheDocument();
    unmount();

    renderWidget(PipelineTrendWidget, [
      metrics(SalesTrendDocument, {
        from: new Date(Date.now() + 5 * DAY).toISOString(),
        to: new Date(Date.now() + 95 * DAY).toISOString(),
        trend: [],
      }),
    ]);
    expect(await screen.findByText("The period has not started")).toBeInTheDocument();
  });

  it("activities due lists the viewer's open tasks and completes one in place", async () => {
    const seller = userWithRole("PARTNER_SELLER");
    const task = (id: string, subject: string, dueInDays: number, extra = {}) => ({
      __typename: "Activity",
      id,
      subject,
      dueAt: new Date(Date.now() + dueInDays * DAY).toISOString(),
      overdue: dueInDays < 0,
      completedAt: null,
      canComplete: true,
      opportunity: null,
      account: null,
      ...extra,
    });
    const overdue = task("task-1", "Call back about the pilot", -2, {
      opportunity: { __typename: "Opportunity", id: "opp-1", name: "Fabrikam POS rollout" },
    });
    const later = task("task-2", "Quarterly check-in", 3);
    const complete = jest.fn(() => ({
      data: {
        completeActivity: {
          __typename: "Activity",
          id: "task-1",
          type: "TASK",
          subject: overdue.subject,
          body: null,
          occurredAt: null,
          dueAt: overdue.dueAt,
          completedAt: new Date().toISOString(),
          overdue: false,
          canEdit: true,
          canComplete: false,
          createdAt: new Date().toISOString(),
          owner: { __typename: "User", id: seller.id, name: "Sam Seller" },
          contact: null,
        },
      },
    }));
    const tasks: Mock = {
      request: {
        query: ActivitiesDueDocument,
        variables: (variables) =>
          variables.first === 5 &&
          (variables.filter as { ownerId: string; status: string }).ownerId === seller.id &&
          (variables.filter as { status: string }).status === "OPEN",
      },
      result: () => {
        const nodes = complete.mock.calls.length ? [later] : [overdue, later];
        return {
          data: {
            activities: {
              __typename: "ActivityConnection",
              totalCount: nodes.length,
              edges: nodes.map((node) => ({ __typename: "ActivityEdge", node })),
            },
          },
        };
      },
      maxUsageCount: 5,
    };
    renderWidget(
      ActivitiesDueWidget,
      [
        tasks,
        {
          request: { query: CompleteActivityDocument, variables: { id: "task-1" } },
          result: complete,
        },
      ],
      { limit: 5 },
    );
    const user = userEvent.setup();

    const list = await screen.findByRole("list", { name: "Open tasks, soonest due first" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringMatching(/^Call back about the pilotWas due .*Fabrikam POS rollout/),
      expect.stringMatching(/^Quarterly check-inDue /),
    ]);
    expect(screen.getByText(/2 open tasks/)).toHaveTextContent("2 open tasks · 1 overdue");
    expect(screen.getByRole("link", { name: "Fabrikam POS rollout" })).toHaveAttribute(
      "href",
      "/seller/opportunities/opp-1",
    );
    expect(screen.getByRole("link", { name: "All my tasks" })).toHaveAttribute(
      "href",
      "/seller/tasks",
    );

    await user.click(
      screen.getByRole("button", { name: "Complete task: Call back about the pilot" }),
    );
    expect(
      await screen.findByText("Task completed: Call back about the pilot"),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByText("Call back about the pilot")).not.toBeInTheDocument(),
    );
    expect(complete).toHaveBeenCalledTimes(1);
    expect(screen.getByText("1 open task")).toBeInTheDocument();
  });

  it("activities due says the viewer is all caught up when nothing is open", async () => {
    renderWidget(ActivitiesDueWidget, [
      {
        request: { query: ActivitiesDueDocument, variables: () => true },
        result: {
          data: { activities: { __typename: "ActivityConnection", totalCount: 0, edges: [] } },
        },
      },
    ]);
    expect(await screen.findByText("Nothing due — you're all caught up")).toBeInTheDocument();
  });
});
