import { ApolloClient, ApolloLink, InMemoryCache, Observable } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { act, renderHook, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { userWithRole } from "../../../../test/fixtures";
import { notificationsMock } from "../../../../test/mocks";
import { meMock, renderApp, type Mock } from "../../../../test/renderApp";
import { PartnerLeaderboardDocument } from "../../../../widgets/partner-leaderboard/document";
import {
  MoveOpportunityStageDocument,
  OpportunityBoardDocument,
  PartnerChoicesDocument,
} from "../documents";
import { useMoveOpportunityStage } from "../mutations";
import { board, opportunityDetail, opportunityRow } from "./fixtures";

const BOARD_VARIABLES = {
  filter: { ownerId: null, partnerId: null, search: null },
  perStage: 20,
};

function boardMocks(role: Parameters<typeof userWithRole>[0], answer = board({})): Mock[] {
  return [
    meMock(userWithRole(role)),
    notificationsMock(),
    {
      request: { query: OpportunityBoardDocument, variables: BOARD_VARIABLES },
      result: { data: { opportunityBoard: answer } },
      maxUsageCount: 10,
    },
  ];
}

describe("Opportunity board", () => {
  it("moves a card from its stage menu, and closing it as lost asks for the reason first", async () => {
    const proposal = opportunityRow();
    const qualification = opportunityRow({
      id: "opp-2",
      name: "Contoso kiosks",
      stage: "QUALIFICATION",
      version: 4,
    });
    const move = jest.fn((variables: Record<string, unknown>) => {
      const input = variables.input as Record<string, unknown>;
      return {
        data: {
          moveOpportunityStage: opportunityDetail({ id: input.id, stage: input.stage, version: 9 }),
        },
      };
    });
    renderApp({
      route: "/seller/opportunities?view=board",
      mocks: [
        ...boardMocks(
          "PARTNER_SELLER",
          board({ PROPOSAL: [proposal], QUALIFICATION: [qualification] }),
        ),
        {
          request: { query: MoveOpportunityStageDocument, variables: () => true },
          result: move,
          maxUsageCount: 5,
        },
      ],
    });
    const user = userEvent.setup();

    // An open stage: at once, at the version the card was drawn from.
    await user.click(
      await screen.findByRole("button", { name: "Move Contoso kiosks to another stage" }),
    );
    const menu = screen.getByRole("menu", { name: "Move Contoso kiosks to another stage" });
    expect(
      within(menu)
        .getAllByRole("menuitem")
        .map((item) => item.textContent),
    ).toEqual([
      "Move to Discovery",
      "Move to Proposal",
      "Move to Negotiation",
      "Close as won…",
      "Close as lost…",
    ]);
    await user.click(within(menu).getByRole("menuitem", { name: "Move to Discovery" }));
    expect(await screen.findByText("Contoso kiosks moved to Discovery.")).toBeInTheDocument();
    expect(move).toHaveBeenLastCalledWith({
      input: { id: "opp-2", stage: "DISCOVERY", version: 4, lossReason: null, lossNote: null },
    });

    // Lost: the dialog refuses to close it without a reason from the list.
    await user.click(
      screen.getByRole("button", { name: "Move Fabrikam POS rollout to another stage" }),
    );
    await user.click(screen.getByRole("menuitem", { name: "Close as lost…" }));
    const dialog = screen.getByRole("dialog", { name: "Close Fabrikam POS rollout as lost" });
    await user.click(within(dialog).getByRole("button", { name: "Close as lost" }));
    expect(within(dialog).getByText("Choose why the opportunity was lost.")).toBeInTheDocument();
    expect(move).toHaveBeenCalledTimes(1);
    await user.click(within(dialog).getByRole("radio", { name: "Lost to a competitor" }));
    await user.type(
      within(dialog).getByRole("textbox", { name: "Note (optional)" }),
      "  A cheaper rival  ",
    );
    await user.click(within(dialog).getByRole("button", { name: "Close as lost" }));
    expect(await screen.findByText("Fabrikam POS rollout is closed as lost.")).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(move).toHaveBeenLastCalledWith({
      input: {
        id: "opp-1",
        stage: "CLOSED_LOST",
        version: 1,
        lossReason: "COMPETITOR",
        lossNote: "A cheaper rival",
      },
    });
  });

  it("is read-only for the vendor side: no drag, no stage menu", async () => {
    const card = opportunityRow({ allowedActions: [] });
    renderApp({
      route: "/cm/opportunities?view=board",
      mocks: [
        ...boardMocks("CHANNEL_MANAGER", board({ PROPOSAL: [card] })),
        {
          request: { query: PartnerChoicesDocument, variables: () => true },
          result: { data: { partners: { __typename: "OrganizationConnection", edges: [] } } },
          maxUsageCount: 5,
        },
      ],
    });
    const proposal = await screen.findByRole("region", { name: "Proposal" });
    const link = await within(proposal).findByRole("link", { name: "Fabrikam POS rollout" });
    expect(link).toHaveAttribute("href", "/cm/opportunities/opp-1");
    expect(link.closest("li")).toHaveAttribute("draggable", "false");
    expect(screen.queryByRole("button", { name: /to another stage$/ })).not.toBeInTheDocument();
  });
});

describe("A capped column", () => {
  it("says how many more there are and links to the list of its stage, with the board's filters", async () => {
    const answer = board({ PROPOSAL: [opportunityRow()] }) as {
      columns: { stage: string; totalCount: number; amount: string }[];
    };
    const proposal = answer.columns.find((column) => column.stage === "PROPOSAL")!;
    proposal.totalCount = 25;
    proposal.amount = "1250000.00";
    renderApp({
      route: "/seller/opportunities?view=board&q=fab",
      mocks: [
        meMock(userWithRole("PARTNER_SELLER")),
        notificationsMock(),
        {
          request: {
            query: OpportunityBoardDocument,
            variables: { ...BOARD_VARIABLES, filter: { ...BOARD_VARIABLES.filter, search: "fab" } },
          },
          result: { data: { opportunityBoard: answer } },
          maxUsageCount: 10,
        },
      ],
    });
    const column = await screen.findByRole("region", { name: "Proposal" });
    expect(await within(column).findByText("$1,250,000")).toBeInTheDocument();
    expect(within(column).getByTitle("25 opportunities")).toHaveTextContent("25 opportunities");
    expect(within(column).getByRole("link", { name: "24 more in Proposal" })).toHaveAttribute(
      "href",
      "/seller/opportunities?stage=PROPOSAL&q=fab",
    );
  });
});

describe("Closing as won", () => {
  it("refreshes the dashboards' won figures: the cached leaderboard is dropped", async () => {
    const cache = new InMemoryCache();
    const variables = { period: { preset: "THIS_QUARTER" as const }, limit: 10 };
    cache.writeQuery({
      query: PartnerLeaderboardDocument,
      variables,
      data: { partnerLeaderboard: [] },
    });
    const link = new ApolloLink(
      () =>
        new Observable((observer) => {
          observer.next({
            data: { moveOpportunityStage: opportunityDetail({ stage: "CLOSED_WON", version: 2 }) },
          });
          observer.complete();
        }),
    );
    const client = new ApolloClient({ cache, link });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ApolloProvider client={client}>{children}</ApolloProvider>
    );
    const { result } = renderHook(() => useMoveOpportunityStage(), { wrapper });
    expect(cache.readQuery({ query: PartnerLeaderboardDocument, variables })).not.toBeNull();

    await act(async () => {
      await result.current[0]({
        variables: { input: { id: "opp-1", stage: "CLOSED_WON", version: 1 } },
      });
    });

    expect(cache.readQuery({ query: PartnerLeaderboardDocument, variables })).toBeNull();
  });
});
