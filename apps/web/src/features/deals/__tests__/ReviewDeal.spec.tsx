import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GraphQLError } from "graphql";
import { userWithRole } from "../../../test/fixtures";
import { conflictFixture, dealFixture } from "../../../test/deal-fixtures";
import { notificationsMock } from "../../../test/mocks";
import { meMock, renderApp, type Mock } from "../../../test/renderApp";
import { ApproveDealDocument, DealReviewDocument, DealsPageDocument } from "../documents";

const cm = userWithRole("CHANNEL_MANAGER");

function reviewMock(deal: Record<string, unknown>, maxUsageCount = 1): Mock {
  return {
    request: { query: DealReviewDocument, variables: { id: "deal-42" } },
    result: { data: { deal } },
    maxUsageCount,
  };
}

const emptyQueue: Mock = {
  request: { query: DealsPageDocument, variables: () => true },
  result: {
    data: {
      deals: {
        __typename: "DealConnection",
        totalCount: 0,
        pageInfo: { __typename: "PageInfo", endCursor: null, hasNextPage: false },
        edges: [],
      },
    },
  },
  maxUsageCount: 10,
};

async function openApproveDialog() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole("button", { name: "Approve" }));
  const dialog = await screen.findByRole("dialog", { name: /Approve DR-000042/ });
  return { user, dialog };
}

describe("Reviewing a registration", () => {
  it("shows the registration and its conflicts side by side, with the other partner's details", async () => {
    renderApp({
      route: "/cm/deals/deal-42",
      mocks: [
        meMock(cm),
        notificationsMock(),
        reviewMock({ ...dealFixture(), conflicts: [conflictFixture()] }, 5),
      ],
    });
    const conflicts = await screen.findByRole("list", { name: "Conflicting records" });
    expect(within(conflicts).getByRole("link", { name: "Deal DR-000007" })).toHaveAttribute(
      "href",
      "/cm/deals/deal-7",
    );
    expect(conflicts).toHaveTextContent("Contoso Partners");
    expect(conflicts).toHaveTextContent("protected until Jan 15, 2027");
    expect(screen.getByRole("heading", { name: "Registration" })).toBeInTheDocument();
    // Time in queue is business time, and says so.
    expect(screen.getByText("1 business day 6 h")).toBeInTheDocument();
  });

  it("shows another channel manager's claim without its details, and whom to ask", async () => {
    const restricted = conflictFixture({
      number: null,
      customerName: null,
      customerDomain: null,
      estimatedAmount: null,
      owner: null,
      restricted: true,
    });
    renderApp({
      route: "/cm/deals/deal-42",
      mocks: [
        meMock(cm),
        notificationsMock(),
        reviewMock({ ...dealFixture(), conflicts: [restricted] }, 5),
      ],
    });
    const conflicts = await screen.findByRole("list", { name: "Conflicting records" });
    expect(conflicts).toHaveTextContent("Contoso Partners");
    expect(conflicts).toHaveTextContent("ask Casey Morgan for details");
    expect(conflicts).toHaveTextContent("protected until Jan 15, 2027");
    expect(within(conflicts).queryByRole("link")).not.toBeInTheDocument();
  });

  it("will not approve over a conflict without an override reason, then sends it", async () => {
    const approve = jest.fn(() => ({
      data: {
        approveDeal: dealFixture({ status: "APPROVED", allowedActions: [], conflicts: undefined }),
      },
    }));
    renderApp({
      route: "/cm/deals/deal-42",
      mocks: [
        meMock(cm),
        notificationsMock(),
        reviewMock({ ...dealFixture(), conflicts: [conflictFixture()] }, 5),
        {
          request: {
            query: ApproveDealDocument,
            variables: {
              input: { id: "deal-42", note: null, overrideReason: "Contoso's claim is stale." },
            },
          },
          result: approve,
        },
        emptyQueue,
      ],
    });
    const { user, dialog } = await openApproveDialog();
    await user.click(within(dialog).getByRole("button", { name: "Approve" }));

    expect(await within(dialog).findByText(/Override reason is required/)).toBeInTheDocument();
    expect(approve).not.toHaveBeenCalled();

    await user.type(
      within(dialog).getByRole("textbox", { name: /override reason/i }),
      "Contoso's claim is stale.",
    );
    await user.click(within(dialog).getByRole("button", { name: "Approve" }));

    await waitFor(() => expect(screen.getByTestId("location")).toHaveTextContent(/^\/cm\/deals$/));
    expect(approve).toHaveBeenCalledTimes(1);
    expect(
      await screen.findByText(/DR-000042 \(Fabrikam Retail\) is approved/),
    ).toBeInTheDocument();
  });

  it("approves without an override reason when nothing conflicts", async () => {
    const approve = jest.fn(() => ({
      data: { approveDeal: dealFixture({ status: "APPROVED", allowedActions: [] }) },
    }));
    renderApp({
      route: "/cm/deals/deal-42",
      mocks: [
        meMock(cm),
        notificationsMock(),
        reviewMock({ ...dealFixture(), conflicts: [] }, 5),
        {
          request: {
            query: ApproveDealDocument,
            variables: { input: { id: "deal-42", note: "Go for it", overrideReason: null } },
          },
          result: approve,
        },
        emptyQueue,
      ],
    });
    const { user, dialog } = await openApproveDialog();
    expect(
      within(dialog).queryByRole("textbox", { name: /override reason/i }),
    ).not.toBeInTheDocument();
    await user.type(within(dialog).getByRole("textbox", { name: /note/i }), "Go for it");
    await user.click(within(dialog).getByRole("button", { name: "Approve" }));
    await waitFor(() => expect(approve).toHaveBeenCalledTimes(1));
  });

  it("says clearly when someone else decided first, and shows the deal as it is now", async () => {
    renderApp({
      route: "/cm/deals/deal-42",
      mocks: [
        meMock(cm),
        notificationsMock(),
        reviewMock({ ...dealFixture(), conflicts: [] }),
        {
          request: { query: ApproveDealDocument, variables: () => true },
          result: {
            errors: [
              new GraphQLError("DR-000042 was already rejected; it can no longer be approved.", {
                extensions: { code: "CONFLICT" },
              }),
            ],
          },
        },
        reviewMock(
          {
            ...dealFixture({
              status: "REJECTED",
              allowedActions: [],
              decidedAt: "2026-11-26T10:00:00.000Z",
              decidedBy: { __typename: "User", id: "user-admin", name: "Alex Admin" },
              decisionNote: "Duplicate of DR-000007.",
            }),
            conflicts: [],
          },
          5,
        ),
      ],
    });
    const { user, dialog } = await openApproveDialog();
    await user.click(within(dialog).getByRole("button", { name: "Approve" }));

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Someone else decided first");
    await waitFor(() => expect(alert).toHaveTextContent("it is now rejected"));
    expect(screen.queryByRole("button", { name: "Approve" })).not.toBeInTheDocument();
    expect(screen.getByText("Duplicate of DR-000007.")).toBeInTheDocument();
    expect(screen.getByTestId("location")).toHaveTextContent("/cm/deals/deal-42");
  });
});
