import { render, screen, within } from "@testing-library/react";
import { UpcomingSectionPage } from "../UpcomingSectionPage";

describe("a section that is not built yet", () => {
  it("lists what is planned as planned, with nothing that reads as done", () => {
    const { container } = render(
      <UpcomingSectionPage
        title="Operators"
        upcoming={{
          title: "Operators",
          description: "The users of your organization.",
          features: ["Invite sellers and managers", "Deactivate people who leave"],
        }}
      />,
    );
    expect(screen.getByRole("heading", { name: "Coming soon" })).toBeInTheDocument();
    const planned = screen.getByRole("list", { name: "Planned, not built yet" });
    expect(
      within(planned)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(["Invite sellers and managers", "Deactivate people who leave"]);
    // No check marks (MUI icons are svgs) beside the planned features.
    expect(planned.querySelector("svg")).toBeNull();
    expect(container.querySelector('[data-testid="CheckCircleOutlineIcon"]')).toBeNull();
  });
});
