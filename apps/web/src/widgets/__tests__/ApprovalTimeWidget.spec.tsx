import { render, screen } from "@testing-library/react";
import ApprovalTimeWidget from "../approval-time/ApprovalTimeWidget";
import { ApprovalTimeDocument } from "../approval-time/document";
import { userWithRole } from "../../test/fixtures";
import { meMock, TestProviders, type Mock } from "../../test/renderApp";

function approvalTimeMock(stats: {
  decidedCount: number;
  medianHours: number | null;
  p90Hours: number | null;
}): Mock {
  return {
    request: {
      query: ApprovalTimeDocument,
      variables: { period: { preset: "LAST_QUARTER" } },
    },
    result: { data: { approvalTime: { __typename: "ApprovalTimeStats", ...stats } } },
  };
}

function renderWidget(mock: Mock) {
  return render(
    <TestProviders mocks={[meMock(userWithRole("CHANNEL_MANAGER")), mock]}>
      <ApprovalTimeWidget settings={{ period: "LAST_QUARTER" }} />
    </TestProviders>,
  );
}

describe("ApprovalTimeWidget", () => {
  it("shows the median and p90 as durations, and how many decisions they cover", async () => {
    renderWidget(approvalTimeMock({ decidedCount: 12, medianHours: 6.4, p90Hours: 28.2 }));
    expect(await screen.findByText("6 h")).toBeInTheDocument();
    expect(screen.getByText("1 d 4 h")).toBeInTheDocument();
    expect(screen.getByText("12 decisions")).toBeInTheDocument();
  });

  it("says so when nothing was decided in the period", async () => {
    renderWidget(approvalTimeMock({ decidedCount: 0, medianHours: null, p90Hours: null }));
    expect(await screen.findByText("No decisions in this period")).toBeInTheDocument();
  });
});
