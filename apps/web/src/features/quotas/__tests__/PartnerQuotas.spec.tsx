import fs from "node:fs";
import path from "node:path";
import { GraphQLError, buildSchema } from "graphql";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { quotaPeriodContaining } from "@prm/domain";
import { RequireSession } from "../../../app/routing/RequireSession";
import { userWithRole } from "../../../test/fixtures";
import { TestProviders, meMock, type Mock } from "../../../test/renderApp";
import { QuotasDocument, SetQuotaDocument } from "../documents";
import { QUOTA_MUTATION_EFFECTS } from "../mutations";
import { PartnerQuotas } from "../PartnerQuotas";

const quota = {
  __typename: "Quota",
  id: "q-1",
  targetKind: "PARTNER",
  periodKind: "QUARTER",
  periodStart: "2026-01-01",
  periodEnd: "2026-03-31",
  periodLabel: "Q1 2026",
  amount: "100000.00",
  wonAmount: "87500.00",
  attainment: 0.875,
  canEdit: true,
  updatedAt: "2026-01-05T10:00:00.000Z",
  seller: null,
  setBy: { __typename: "User", id: "cm", name: "Casey Morgan" },
};

const list: Mock = {
  request: {
    query: QuotasDocument,
    variables: { filter: { partnerId: "p-1", targetKind: "PARTNER" }, first: 100 },
  },
  result: {
    data: {
      quotas: {
        __typename: "QuotaConnection",
        totalCount: 1,
        edges: [{ __typename: "QuotaEdge", node: quota }],
      },
    },
  },
  maxUsageCount: 5,
};

function renderQuotas(extra: Mock[]) {
  const mocks = [meMock(userWithRole("CHANNEL_MANAGER")), list, ...extra];
  return (
    <TestProviders mocks={mocks}>
      <RequireSession>
        <PartnerQuotas partnerId="p-1" partnerName="Northwind Solutions" />
      </RequireSession>
    </TestProviders>
  );
}

describe("A partner's quotas", () => {
  it("lists each quota with its attainment, and shows the server's refusal of an overlap in the dialog", async () => {
    const { render } = await import("@testing-library/react");
    const current = quotaPeriodContaining("QUARTER", new Date());
    const overlap =
      "This target already has a quota for Q1 2026, which overlaps that period. Change or delete that quota instead.";
    render(
      renderQuotas([
        {
          request: {
            query: SetQuotaDocument,
            variables: {
              input: {
                partnerId: "p-1",
                periodKind: "YEAR",
                periodStart: `${current.start.slice(0, 4)}-01-01`,
                amount: "400000",
              },
            },
          },
          result: { errors: [new GraphQLError(overlap, { extensions: { code: "CONFLICT" } })] },
        },
      ]),
    );
    const user = userEvent.setup();
    const table = await screen.findByRole("table", { name: "Quotas of Northwind Solutions" });
    const row = within(table).getAllByRole("row")[1]!;
    expect(row).toHaveTextContent("Q1 2026Quarter$100,000$87,50088%");

    await user.click(screen.getByRole("button", { name: "Set quota" }));
    const dialog = await screen.findByRole("dialog", { name: "Set a quota" });
    await user.click(within(dialog).getByRole("combobox", { name: "Period" }));
    await user.click(await screen.findByRole("option", { name: "Year" }));
    await user.type(within(dialog).getByRole("textbox", { name: /^Quota for/ }), "400000");
    await user.click(within(dialog).getByRole("button", { name: "Set quota" }));
    expect(await within(dialog).findByText(overlap)).toBeInTheDocument();
  });

  it("refuses an amount that is not one before asking the server", async () => {
    const { render } = await import("@testing-library/react");
    render(renderQuotas([]));
    const user = userEvent.setup();
    await user.click(await screen.findByRole("button", { name: "Set quota" }));
    const dialog = await screen.findByRole("dialog", { name: "Set a quota" });
    await user.type(within(dialog).getByRole("textbox", { name: /^Quota for/ }), "-5");
    await user.click(within(dialog).getByRole("button", { name: "Set quota" }));
    expect(
      within(dialog).getByText(
        "Enter the quota as an amount of at least 0, e.g. 25000 or 25000.50.",
      ),
    ).toBeInTheDocument();
  });
});

// Evicting a root field that does not exist refreshes nothing, silently: check the names.
const schema = buildSchema(
  fs.readFileSync(path.resolve(__dirname, "../../../../../api/schema.graphql"), "utf8"),
);

describe("quota mutation effects", () => {
  it.each(QUOTA_MUTATION_EFFECTS)("evicts %s, a root query field of the schema", (field) => {
    expect(Object.keys(schema.getQueryType()!.getFields())).toContain(field);
  });
});
