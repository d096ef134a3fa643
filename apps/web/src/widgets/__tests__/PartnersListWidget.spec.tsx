import { screen, render, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useLocation } from "react-router";
import type { PartnersListWidgetQueryVariables } from "../../gql/graphql";
import { userWithRole } from "../../test/fixtures";
import {
  FABRIKAM,
  NORTHWIND,
  partnerRef,
  performancePage,
  performanceRow,
  TAILSPIN,
} from "../../test/partner-fixtures";
import { meMock, TestProviders, type Mock } from "../../test/renderApp";
import PartnersListWidget from "../partners-list/PartnersListWidget";
import { PartnersListDocument } from "../partners-list/document";

const ROWS = [
  performanceRow(NORTHWIND, { quotaAmount: "598000.00", quotaAttainment: 1.1234 }),
  performanceRow(FABRIKAM, { openAmount: "77500.50", quotaAttainment: 0.8712 }),
  performanceRow(TAILSPIN, { quotaAmount: null, quotaAttainment: null, winRate: null }),
];

/** Answers every page request with `page(variables)` and records the variables. */
type PageAnswer = ReturnType<typeof performancePage> | ReturnType<typeof performanceRow>[];

function listRecorder(page: (v: PartnersListWidgetQueryVariables) => PageAnswer = () => ROWS) {
  const requests: PartnersListWidgetQueryVariables[] = [];
  const mock: Mock = {
    request: { query: PartnersListDocument, variables: () => true },
    maxUsageCount: 50,
    result: (variables) => {
      const v = variables as unknown as PartnersListWidgetQueryVariables;
      requests.push(v);
      const answer = page(v);
      return { data: Array.isArray(answer) ? performancePage(answer) : answer };
    },
  };
  return { mock, requests, last: () => requests.at(-1) };
}

function Location() {
  const location = useLocation();
  return <output data-testid="location">{`${location.pathname}${location.search}`}</output>;
}

function renderList(mock: Mock) {
  return render(
    <TestProviders mocks={[meMock(userWithRole("CHANNEL_MANAGER")), mock]} route="/cm">
      <div style={{ height: 600 }}>
        <PartnersListWidget settings={{ period: "LAST_QUARTER" }} />
      </div>
      <Location />
    </TestProviders>,
  );
}

const grid = () => screen.getByRole("grid", { name: "Partners" });
const rowOf = (name: string) =>
  within(grid())
    .getAllByRole("row")
    .find((row) => row.textContent?.includes(name));

describe("PartnersListWidget", () => {
  it("shows each partner's money figures and quota attainment, 'No quota' without one", async () => {
    renderList(listRecorder().mock);

    expect(await screen.findByText("Northwind Solutions")).toBeInTheDocument();
    expect(rowOf("Northwind")).toHaveTextContent("Platinum");
    expect(rowOf("Northwind")).toHaveTextContent("$598,000");
    // Over quota: the exact figure, not a bar stuck at 100 %.
    expect(rowOf("Northwind")).toHaveTextContent("112%");
    expect(rowOf("Fabrikam")).toHaveTextContent("$77,500.50");
    expect(rowOf("Fabrikam")).toHaveTextContent("87%");
    expect(rowOf("Tailspin")).toHaveTextContent("No quota");
    expect(rowOf("Tailspin")).toHaveTextContent("—");
    expect(screen.getByText(/3 partners · last quarter/)).toBeInTheDocument();
  });

  it("asks the server for the order of the clicked column", async () => {
    const list = listRecorder();
    renderList(list.mock);
    await screen.findByText("Northwind Solutions");
    expect(list.last()).toMatchObject({
      period: { preset: "LAST_QUARTER" },
      orderBy: { field: "WON_AMOUNT", direction: "DESC" },
      after: null,
    });
    const user = userEvent.setup();

    await user.click(within(grid()).getByRole("columnheader", { name: /Open pipeline/ }));
    await waitFor(() =>
      expect(list.last()?.orderBy).toEqual({ field: "OPEN_AMOUNT", direction: "DESC" }),
    );
    await user.click(within(grid()).getByRole("columnheader", { name: /Open pipeline/ }));
    await waitFor(() =>
      expect(list.last()?.orderBy).toEqual({ field: "OPEN_AMOUNT", direction: "ASC" }),
    );
    await user.click(within(grid()).getByRole("columnheader", { name: /Partner/ }));
    await waitFor(() => expect(list.last()?.orderBy).toEqual({ field: "NAME", direction: "ASC" }));
    await user.click(within(grid()).getByRole("columnheader", { name: /Attainment/ }));
    await waitFor(() =>
      expect(list.last()?.orderBy).toEqual({ field: "QUOTA_ATTAINMENT", direction: "DESC" }),
    );
  });

  it("pages with the connection's cursors, forward and back", async () => {
    const first = Array.from({ length: 10 }, (_, i) =>
      performanceRow(partnerRef(`org-${i}`, `Partner ${String(i).padStart(2, "0")}`)),
    );
    const second = [performanceRow(partnerRef("org-10", "Partner 10"))];
    const list = listRecorder((v) =>
      v.after === "page-1-end"
        ? performancePage(second, { totalCount: 11, endCursor: "page-2-end" })
        : performancePage(first, { totalCount: 11, hasNextPage: true, endCursor: "page-1-end" }),
    );
    renderList(list.mock);
    await screen.findByText("Partner 00");
    const user = userEvent.setup();

    await user.click(screen.getByRole("button", { name: "Go to next page" }));
    expect(await screen.findByText("Partner 10")).toBeInTheDocument();
    expect(list.last()).toMatchObject({ first: 10, after: "page-1-end" });

    expect(screen.getByText("11–11 of 11")).toBeInTheDocument();

    // Back to the first page: its cursor (none) was kept, so it comes from the cache.
    await user.click(screen.getByRole("button", { name: "Go to previous page" }));
    expect(await screen.findByText("Partner 00")).toBeInTheDocument();
    expect(screen.getByText("1–10 of 11")).toBeInTheDocument();
    expect(list.requests.map((r) => r.after ?? null)).toEqual([null, "page-1-end"]);
  });

  it("opens the partner's page from a row click", async () => {
    renderList(listRecorder().mock);
    await screen.findByText("Fabrikam Systems");
    const user = userEvent.setup();

    await user.click(screen.getByText("Fabrikam Systems"));
    expect(screen.getByTestId("location")).toHaveTextContent(
      "/cm/partners/org-fabrikam?period=LAST_QUARTER",
    );
  });

  it("opens the partner's page with Enter on a focused row", async () => {
    renderList(listRecorder().mock);
    await screen.findByText("Tailspin Technologies");
    const user = userEvent.setup();

    // Keyboard only: tab into the grid (its first header), arrow down to the first row.
    await user.tab();
    await user.tab();
    expect(grid()).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}");
    await user.keyboard("{Enter}");
    expect(screen.getByTestId("location")).toHaveTextContent(
      "/cm/partners/org-tailspin?period=LAST_QUARTER",
    );
  });

  it("says so when no partner is assigned", async () => {
    renderList(listRecorder(() => []).mock);
    expect(await screen.findByText("No partners assigned yet")).toBeInTheDocument();
  });
});
