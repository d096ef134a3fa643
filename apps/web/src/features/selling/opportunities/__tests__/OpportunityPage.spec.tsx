import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GraphQLError } from "graphql";
import { userWithRole } from "../../../../test/fixtures";
import { notificationsMock } from "../../../../test/mocks";
import { meMock, renderApp, type Mock } from "../../../../test/renderApp";
import { activityConnection } from "../../__tests__/fixtures";
import { AccountContactsDocument } from "../../accounts/documents";
import {
  OpportunityContactChoicesDocument,
  TimelineActivitiesDocument,
} from "../../activities/documents";
import { OpportunityPageDocument, UpdateOpportunityDocument } from "../documents";
import { ACCOUNT_ID, OPPORTUNITY_ID, opportunityDetail, type Fixture } from "./fixtures";

/** The page's reads; the opportunity as `current()` says it is on the server. */
function pageMocks(role: Parameters<typeof userWithRole>[0], current: () => Fixture): Mock[] {
  return [
    meMock(userWithRole(role)),
    notificationsMock(),
    {
      request: { query: OpportunityPageDocument, variables: { id: OPPORTUNITY_ID } },
      result: () => ({ data: { opportunity: current() } }),
      maxUsageCount: 10,
    },
    {
      request: { query: AccountContactsDocument, variables: { id: ACCOUNT_ID } },
      result: {
        data: {
          account: { __typename: "Account", id: ACCOUNT_ID, name: "Fabrikam Retail", contacts: [] },
        },
      },
      maxUsageCount: 10,
    },
    {
      request: { query: OpportunityContactChoicesDocument, variables: { id: OPPORTUNITY_ID } },
      result: {
        data: { opportunity: { __typename: "Opportunity", id: OPPORTUNITY_ID, contacts: [] } },
      },
      maxUsageCount: 10,
    },
    {
      request: {
        query: TimelineActivitiesDocument,
        variables: { filter: { opportunityId: OPPORTUNITY_ID }, first: 20 },
      },
      result: { data: { activities: activityConnection([]) } },
      maxUsageCount: 10,
    },
  ];
}

describe("Opportunity page", () => {
  it("a stale edit shows someone else's change and applies only the person's own on top of it", async () => {
    // What the server holds: the manager changes the amount while the seller edits.
    let server = opportunityDetail();
    const update = jest.fn((variables: Record<string, unknown>) => {
      const input = variables.input as Record<string, unknown>;
      if (input.version !== server.version) {
        return {
          errors: [
            new GraphQLError("Someone changed this opportunity since you opened it.", {
              extensions: { code: "CONFLICT" },
            }),
          ],
        };
      }
      const { id: _id, version: _version, ...changes } = input;
      server = { ...server, ...changes, version: (server.version as number) + 1 };
      return { data: { updateOpportunity: server } };
    });
    renderApp({
      route: `/seller/opportunities/${OPPORTUNITY_ID}`,
      mocks: [
        ...pageMocks("PARTNER_SELLER", () => server),
        {
          request: { query: UpdateOpportunityDocument, variables: () => true },
          result: update,
          maxUsageCount: 5,
        },
      ],
    });
    const user = userEvent.setup();

    expect(
      await screen.findByRole("heading", { name: "Fabrikam POS rollout", level: 1 }),
    ).toBeInTheDocument();
    const figures = screen.getByRole("region", { name: "Key figures" });
    expect(within(figures).getByText("$48,000")).toBeInTheDocument();
    expect(within(figures).getByText("50%")).toBeInTheDocument();
    expect(within(figures).getByText("$24,000")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "DR-000123" })).toHaveAttribute(
      "href",
      "/seller/deals/deal-1",
    );

    await user.click(screen.getByRole("button", { name: "Edit" }));
    const form = screen.getByRole("form", { name: "Edit the opportunity" });
    await user.type(within(form).getByRole("textbox", { name: "Next step" }), "Demo on Friday");
    server = { ...server, amount: "77777.00", version: 2 };
    await user.click(within(form).getByRole("button", { name: "Save" }));

    const notice = await screen.findByRole("alert");
    expect(notice).toHaveTextContent("Someone else changed this opportunity");
    expect(notice).toHaveTextContent("Amount: $77,777");
    expect(update).toHaveBeenLastCalledWith({
      input: { id: OPPORTUNITY_ID, version: 1, nextStep: "Demo on Friday" },
    });
    // The form shows their amount, and keeps the person's next step.
    expect(within(form).getByRole("textbox", { name: /Amount/ })).toHaveValue("77777.00");
    expect(within(form).getByRole("textbox", { name: "Next step" })).toHaveValue("Demo on Friday");

    await user.click(within(notice).getByRole("button", { name: "Apply my changes again" }));
    expect(await screen.findByText("Your changes are saved.")).toBeInTheDocument();
    expect(update).toHaveBeenLastCalledWith({
      input: { id: OPPORTUNITY_ID, version: 2, nextStep: "Demo on Friday" },
    });
    const details = screen.getByRole("region", { name: "Details" });
    expect(within(details).getByText("Demo on Friday")).toBeInTheDocument();
    expect(within(details).getByText("$77,777")).toBeInTheDocument();
  });

  it("offers the vendor side nothing to change", async () => {
    renderApp({
      route: `/cm/opportunities/${OPPORTUNITY_ID}`,
      mocks: pageMocks("CHANNEL_MANAGER", () => opportunityDetail({ allowedActions: [] })),
    });
    expect(
      await screen.findByRole("heading", { name: "Fabrikam POS rollout", level: 1 }),
    ).toBeInTheDocument();
    expect(screen.getByText("Fabrikam Retail · Northwind Solutions")).toBeInTheDocument();
    for (const name of ["Edit", "Close as won", "Close as lost", "Reassign", "Reopen"]) {
      expect(screen.queryByRole("button", { name })).not.toBeInTheDocument();
    }
    expect(screen.queryByRole("button", { name: /^Move to / })).not.toBeInTheDocument();
  });

  it("shows the manager a closed one's reopening, in the stage it was closed from", async () => {
    const lost = opportunityDetail({
      stage: "CLOSED_LOST",
      probability: 0,
      weightedAmount: "0.00",
      closedAt: "2026-03-01T10:00:00.000Z",
      lossReason: "TIMING",
      lossNote: "Budget moved to next year.",
      allowedActions: ["REOPEN"],
    });
    renderApp({
      route: `/manager/opportunities/${OPPORTUNITY_ID}`,
      mocks: pageMocks("PARTNER_SALES_MANAGER", () => lost),
    });
    expect(await screen.findByText("Lost on Mar 1, 2026: Timing")).toBeInTheDocument();
    expect(screen.getByText("Budget moved to next year.")).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Reopen" }));
    const dialog = screen.getByRole("dialog", { name: "Reopen Fabrikam POS rollout" });
    expect(within(dialog).getByRole("combobox", { name: "Reopen in" })).toHaveTextContent(
      "Proposal",
    );
    await user.click(within(dialog).getByRole("button", { name: "Reopen" }));
    expect(within(dialog).getByText("Say why the opportunity is reopened.")).toBeInTheDocument();
  });
});
