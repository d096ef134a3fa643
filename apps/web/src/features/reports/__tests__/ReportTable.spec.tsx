import { fireEvent, render, screen, within } from "@testing-library/react";
import { parseCsv } from "../../../test/csv-read";
import { ACTIVITY_COLUMNS, PIPELINE_COLUMNS, type PipelineRow } from "../report-columns";
import { reportCsv, sortRows } from "../report-table-model";
import { ReportTable } from "../ReportTable";

function seller(
  name: string,
  figures: Partial<Omit<PipelineRow, "seller" | "__typename">>,
): PipelineRow {
  return {
    seller: { id: name, name },
    openCount: 0,
    openAmount: "0.00",
    weightedAmount: "0.00",
    wonCount: 0,
    wonAmount: "0.00",
    lostCount: 0,
    winRate: null,
    quotaAmount: null,
    quotaAttainment: null,
    ...figures,
  };
}

const ROWS: PipelineRow[] = [
  seller("Ben", {
    openCount: 2,
    openAmount: "1000.10",
    weightedAmount: "250.03",
    wonCount: 1,
    wonAmount: "500.00",
    lostCount: 1,
    winRate: 0.5,
    quotaAmount: "1000.00",
    quotaAttainment: 0.5,
  }),
  seller("Ada", {
    openCount: 1,
    openAmount: "99.99",
    weightedAmount: "10.00",
    wonCount: 3,
    wonAmount: "3000.00",
    winRate: 1,
    quotaAmount: "2000.00",
    quotaAttainment: 1.5,
  }),
  seller("Cy", {}),
];

/** What the CSV export saved, read back from the Blob the browser would download. */
let saved: Blob | null = null;
beforeEach(() => {
  saved = null;
  URL.createObjectURL = jest.fn((blob: Blob) => {
    saved = blob;
    return "blob:report";
  });
  URL.revokeObjectURL = jest.fn();
});

async function savedCsv(): Promise<string[][]> {
  expect(saved).not.toBeNull();
  const text = await new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(saved!);
  });
  return parseCsv(text.replace(/^\uFEFF/, ""));
}

function renderPipeline(rows: PipelineRow[] | undefined) {
  return render(
    <ReportTable
      label="Pipeline per person"
      columns={PIPELINE_COLUMNS}
      rows={rows}
      rowKey={(row) => row.seller.id}
      defaultSort={{ column: "wonAmount", direction: "desc" }}
      totals
      fileName="team-pipeline"
      summary="3 people"
      loading={false}
      onRetry={() => {}}
      empty={{ title: "No one in your team yet", hint: "People you manage appear here." }}
    />,
  );
}

const bodyNames = () =>
  within(screen.getByRole("table"))
    .getAllByRole("row")
    .slice(1, -1)
    .map((row) => within(row).getAllByRole("cell")[0]!.textContent);

describe("ReportTable", () => {
  it("sorts by a clicked header, says so with aria-sort, and flips on a second click", () => {
    renderPipeline(ROWS);
    expect(bodyNames()).toEqual(["Ada", "Ben", "Cy"]);
    const won = screen.getByRole("columnheader", { name: /Won amount/ });
    expect(won).toHaveAttribute("aria-sort", "descending");

    const person = screen.getByRole("button", { name: "Person" });
    fireEvent.click(person);
    expect(screen.getByRole("columnheader", { name: /Person/ })).toHaveAttribute(
      "aria-sort",
      "ascending",
    );
    expect(won).not.toHaveAttribute("aria-sort");
    expect(bodyNames()).toEqual(["Ada", "Ben", "Cy"]);
    fireEvent.click(person);
    expect(bodyNames()).toEqual(["Cy", "Ben", "Ada"]);

    // Every header's sort button is in the tab order.
    for (const header of screen.getAllByRole("columnheader")) {
      expect(within(header).getByRole("button")).toHaveAttribute("tabindex", "0");
    }
  });

  it("keeps rows without a figure last whichever way the column sorts", () => {
    const attainment = PIPELINE_COLUMNS.find((c) => c.id === "quotaAttainment")!;
    const names = (direction: "asc" | "desc") =>
      sortRows(ROWS, PIPELINE_COLUMNS, { column: attainment.id, direction }).map(
        (row) => row.seller.name,
      );
    expect(names("desc")).toEqual(["Ada", "Ben", "Cy"]);
    expect(names("asc")).toEqual(["Ben", "Ada", "Cy"]);
  });

  it("totals each column as the sum of its rows (rates from the summed counts and quotas)", () => {
    renderPipeline(ROWS);
    const totals = within(screen.getByTestId("report-totals"))
      .getAllByRole("cell")
      .map((cell) => cell.textContent);
    expect(totals).toEqual([
      "Total",
      "3",
      "$1,100.09",
      "$260.03",
      "4",
      "$3,500",
      // 4 won of 5 closed; (0.5 × 1000 + 1.5 × 2000) / 3000.
      "80%",
      "$3,000",
      "117%",
    ]);
  });

  it("exports exactly the rows and columns shown, in the order shown, with the totals row", async () => {
    renderPipeline(ROWS);
    fireEvent.click(screen.getByRole("button", { name: "Person" }));
    fireEvent.click(screen.getByRole("button", { name: "Person" }));
    fireEvent.click(screen.getByRole("button", { name: "Export CSV" }));
    const csv = await savedCsv();
    const headers = screen.getAllByRole("columnheader").map((cell) => cell.textContent);
    expect(csv[0]).toEqual(headers);
    expect(csv.slice(1).map((row) => row[0])).toEqual([...bodyNames(), "Total"]);
    expect(csv[1]).toEqual(["Cy", "0", "0.00", "0.00", "0", "0.00", "", "", ""]);
    expect(csv[3]).toEqual(["Ada", "1", "99.99", "10.00", "3", "3000.00", "1", "2000.00", "1.5"]);
    expect(csv[4]).toEqual([
      "Total",
      "3",
      "1100.09",
      "260.03",
      "4",
      "3500.00",
      "0.8",
      "3000.00",
      "1.1667",
    ]);
  });

  it("shows an empty state without an export, and a loading state before rows come", () => {
    const { unmount } = renderPipeline([]);
    expect(screen.getByText("No one in your team yet")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Export CSV" })).not.toBeInTheDocument();
    expect(screen.queryByTestId("report-totals")).not.toBeInTheDocument();
    unmount();
    renderPipeline(undefined);
    expect(screen.getByRole("status")).toHaveTextContent("Loading…");
  });

  it("writes the activity figures with the team's oldest overdue task in the totals", () => {
    const rows = [
      {
        seller: { id: "a", name: "Ada" },
        calls: 2,
        emails: 1,
        meetings: 0,
        notes: 3,
        tasksCompleted: 1,
        tasksOpen: 2,
        tasksOverdue: 1,
        oldestOverdueDueAt: "2026-02-01T09:00:00.000Z",
      },
      {
        seller: { id: "b", name: "Ben" },
        calls: 1,
        emails: 0,
        meetings: 4,
        notes: 0,
        tasksCompleted: 0,
        tasksOpen: 1,
        tasksOverdue: 1,
        oldestOverdueDueAt: "2026-01-15T09:00:00.000Z",
      },
    ];
    expect(parseCsv(reportCsv(ACTIVITY_COLUMNS, rows, true))).toEqual([
      [
        "Person",
        "Calls",
        "Emails",
        "Meetings",
        "Notes",
        "Tasks completed",
        "Open tasks",
        "Overdue tasks",
        "Oldest overdue",
      ],
      ["Ada", "2", "1", "0", "3", "1", "2", "1", "2026-02-01"],
      ["Ben", "1", "0", "4", "0", "0", "1", "1", "2026-01-15"],
      ["Total", "3", "1", "4", "3", "1", "3", "2", "2026-01-15"],
    ]);
  });
});
