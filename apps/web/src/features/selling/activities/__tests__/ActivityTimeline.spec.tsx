import { screen, waitFor, within } from "@testing-library/react";
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GraphQLError } from "graphql";
import { RequireSession } from "../../../../app/routing/RequireSession";
import { userWithRole } from "../../../../test/fixtures";
import { meMock, TestProviders, type Mock } from "../../../../test/renderApp";
import {
  activityConnection,
  activityFixture,
  contactFixture,
  taskFixture,
} from "../../__tests__/fixtures";
import { ActivityTimeline } from "../ActivityTimeline";
import {
  LogActivityDocument,
  OpportunityContactChoicesDocument,
  TimelineActivitiesDocument,
} from "../documents";

const OPPORTUNITY_ID = "opp-1";

function timelineMocks(role: "PARTNER_SELLER" | "CHANNEL_MANAGER", extra: Mock[] = []): Mock[] {
  const { __typename, id, name, title } = contactFixture();
  return [
    meMock(userWithRole(role)),
    {
      request: {
        query: TimelineActivitiesDocument,
        variables: { filter: { opportunityId: OPPORTUNITY_ID }, first: 20 },
      },
      result: {
        data: {
          activities: activityConnection(
            [
              taskFixture({
                id: "task-1",
                subject: "Send the proposal",
                canEdit: role === "PARTNER_SELLER",
                canComplete: role === "PARTNER_SELLER",
              }),
              activityFixture({ canEdit: role === "PARTNER_SELLER" }),
            ],
            45,
          ),
        },
      },
      maxUsageCount: 10,
    },
    {
      request: { query: OpportunityContactChoicesDocument, variables: { id: OPPORTUNITY_ID } },
      result: {
        data: {
          opportunity: {
            __typename: "Opportunity",
            id: OPPORTUNITY_ID,
            contacts: [{ __typename, id, name, title }],
          },
        },
      },
      maxUsageCount: 10,
    },
    ...extra,
  ];
}

function renderTimeline(mocks: Mock[]) {
  return render(
    <TestProviders mocks={mocks}>
      <RequireSession>
        <ActivityTimeline opportunityId={OPPORTUNITY_ID} />
      </RequireSession>
    </TestProviders>,
  );
}

describe("Activity timeline of an opportunity", () => {
  it("shows the newest activities, says how many there are and offers older ones", async () => {
    renderTimeline(timelineMocks("PARTNER_SELLER"));
    const list = await screen.findByRole("list", { name: "Activities" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(2);
    expect(screen.getByText("45 activities, newest first")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Show older activities" })).toBeInTheDocument();
    expect(
      screen.getByRole("button", { name: "More actions for call: Discovery call" }),
    ).toBeInTheDocument();
  });

  it("logs a task on the opportunity, and puts the server's complaint under the field it names", async () => {
    const log = jest.fn((variables: Record<string, unknown>) => {
      const input = variables.input as Record<string, unknown>;
      return input.subject === "Too late"
        ? {
            errors: [
              new GraphQLError("The due time can be at most 10 years ago.", {
                extensions: { code: "BAD_USER_INPUT", field: "dueAt" },
              }),
            ],
          }
        : { data: { logActivity: taskFixture({ id: "task-new", ...input }) } };
    });
    renderTimeline(
      timelineMocks("PARTNER_SELLER", [
        {
          request: { query: LogActivityDocument, variables: () => true },
          result: log,
          maxUsageCount: 2,
        },
      ]),
    );
    const user = userEvent.setup();

    await user.click(await screen.findByRole("button", { name: "Log activity" }));
    const form = screen.getByRole("form", { name: "Log activity" });
    await user.click(within(form).getByRole("button", { name: "Task" }));
    // A new task is due tomorrow at 9:00 unless the seller picks another time.
    expect((within(form).getByLabelText(/Due/) as HTMLInputElement).value).toMatch(/T09:00$/);
    await user.type(within(form).getByRole("textbox", { name: /Subject/ }), "Too late");
    await user.click(within(form).getByRole("button", { name: "Add task" }));
    const due = within(form).getByLabelText(/Due/);
    await waitFor(() => expect(due).toHaveAccessibleDescription(/at most 10 years ago/));
    expect(due).toHaveFocus();

    const subject = within(form).getByRole("textbox", { name: /Subject/ });
    await user.clear(subject);
    await user.type(subject, "Send the contract");
    await user.click(within(form).getByRole("button", { name: "Add task" }));
    expect(await screen.findByText("Task added: Send the contract")).toBeInTheDocument();
    expect(log).toHaveBeenLastCalledWith({
      input: expect.objectContaining({
        opportunityId: OPPORTUNITY_ID,
        type: "TASK",
        subject: "Send the contract",
        dueAt: expect.any(String),
      }),
    });
    const input = (log.mock.calls[1]![0] as { input: Record<string, unknown> }).input;
    expect(input).not.toHaveProperty("occurredAt");
    expect(input).not.toHaveProperty("accountId");
  });

  it("is read-only for the vendor side: no form, no menus, no checkboxes", async () => {
    renderTimeline(timelineMocks("CHANNEL_MANAGER"));
    await screen.findByRole("list", { name: "Activities" });
    expect(screen.queryByRole("button", { name: "Log activity" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /More actions/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("checkbox")).not.toBeInTheDocument();
  });
});
