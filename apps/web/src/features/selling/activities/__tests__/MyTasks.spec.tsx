import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { userWithRole } from "../../../../test/fixtures";
import { notificationsMock } from "../../../../test/mocks";
import { meMock, renderApp, type Mock } from "../../../../test/renderApp";
import { activityConnection, taskFixture } from "../../__tests__/fixtures";
import { CompleteActivityDocument } from "../../../../app/tasks/documents";
import { MyTasksDocument } from "../documents";

const DAY = 24 * 3600_000;

const overdue = taskFixture({
  id: "task-overdue",
  subject: "Call back about the pilot",
  dueAt: new Date(Date.now() - 2 * DAY).toISOString(),
  overdue: true,
  opportunity: { __typename: "Opportunity", id: "opp-1", name: "Fabrikam POS rollout" },
});
const later = taskFixture({
  id: "task-later",
  subject: "Quarterly check-in",
  dueAt: new Date(Date.now() + 30 * DAY).toISOString(),
  account: { __typename: "Account", id: "acc-1", name: "Fabrikam Retail" },
});

function tasksMock(
  ownerId: string | null,
  tasks: () => Record<string, unknown>[],
  maxUsageCount = 10,
): Mock {
  return {
    request: {
      query: MyTasksDocument,
      variables: { filter: { status: "OPEN", ownerId }, first: 100 },
    },
    result: () => ({ data: { activities: activityConnection(tasks()) } }),
    maxUsageCount,
  };
}

describe("My tasks", () => {
  it("lists the seller's open tasks overdue first and highlighted, each linking to what it is about", async () => {
    const seller = userWithRole("PARTNER_SELLER");
    renderApp({
      route: "/seller/tasks",
      mocks: [meMock(seller), notificationsMock(), tasksMock(seller.id, () => [overdue, later])],
    });

    expect(await screen.findByText("2 open tasks, 1 overdue")).toBeInTheDocument();
    const headings = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(["Overdue 1", "Later 1"]);
    const overdueList = screen.getByRole("list", { name: /Overdue/ });
    expect(within(overdueList).getByText(/Was due/)).toBeInTheDocument();
    expect(within(overdueList).getByRole("link", { name: "Fabrikam POS rollout" })).toHaveAttribute(
      "href",
      "/seller/opportunities/opp-1",
    );
    expect(screen.getByRole("link", { name: "Fabrikam Retail" })).toHaveAttribute(
      "href",
      "/seller/accounts/acc-1",
    );
    // Only those who oversee others' work switch to their team's tasks.
    expect(screen.queryByRole("group", { name: "Whose tasks" })).not.toBeInTheDocument();
  });

  it("completes a task in one click from the keyboard, and keeps the keyboard on the next one", async () => {
    const seller = userWithRole("PARTNER_SELLER");
    const complete = jest.fn(() => ({
      data: { completeActivity: { ...overdue, completedAt: new Date().toISOString() } },
    }));
    renderApp({
      route: "/seller/tasks",
      mocks: [
        meMock(seller),
        notificationsMock(),
        tasksMock(seller.id, () => (complete.mock.calls.length ? [later] : [overdue, later])),
        {
          request: { query: CompleteActivityDocument, variables: { id: "task-overdue" } },
          result: complete,
        },
      ],
    });
    const user = userEvent.setup();

    const first = await screen.findByRole("checkbox", {
      name: "Complete task: Call back about the pilot",
    });
    act(() => first.focus());
    await user.keyboard(" ");
    await waitFor(() => expect(complete).toHaveBeenCalledTimes(1));
    expect(
      await screen.findByText("Task completed: Call back about the pilot"),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.queryByText("Call back about the pilot")).not.toBeInTheDocument(),
    );
    expect(
      screen.getByRole("checkbox", { name: "Complete task: Quarterly check-in" }),
    ).toHaveFocus();
    expect(screen.getByText("1 open task")).toBeInTheDocument();
  });

  it("lets a sales manager switch to the team's tasks, showing whose each is", async () => {
    const manager = userWithRole("PARTNER_SALES_MANAGER");
    const teammates = [
      { ...later, owner: { __typename: "User", id: "user-2", name: "Riley Report" } },
    ];
    renderApp({
      route: "/manager/tasks",
      mocks: [
        meMock(manager),
        notificationsMock(),
        tasksMock(manager.id, () => []),
        tasksMock(null, () => teammates),
      ],
    });
    const user = userEvent.setup();

    expect(await screen.findByText("You're all caught up")).toBeInTheDocument();
    const whose = screen.getByRole("group", { name: "Whose tasks" });
    expect(within(whose).getByRole("button", { name: "Mine", pressed: true })).toBeInTheDocument();
    await user.click(within(whose).getByRole("button", { name: "My team" }));
    expect(await screen.findByText("Quarterly check-in")).toBeInTheDocument();
    expect(screen.getByText("Fabrikam Retail").parentElement).toHaveTextContent(
      "Fabrikam Retail · Riley Report",
    );
    expect(screen.getByText("1 open task in your team")).toBeInTheDocument();
  });
});
