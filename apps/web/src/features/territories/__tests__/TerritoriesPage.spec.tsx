import fs from "node:fs";
import path from "node:path";
import { act, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { buildSchema } from "graphql";
import { userWithRole } from "../../../test/fixtures";
import { notificationsMock } from "../../../test/mocks";
import { meMock, renderApp, type Mock } from "../../../test/renderApp";
import { DeleteTerritoryDocument, TerritoriesPageDocument } from "../documents";
import { TERRITORY_MUTATION_EFFECTS } from "../mutations";

const person = (id: string, name: string) => ({
  __typename: "User",
  id,
  name,
  email: `${id}@northwind.demo`,
  role: "PARTNER_SELLER",
  active: true,
});

const node = (
  id: string,
  name: string,
  parentId: string | null,
  path: string,
  extra: { openPipeline?: string; dealCount?: number; users?: ReturnType<typeof person>[] } = {},
) => ({
  __typename: "Territory",
  id,
  name,
  parentId,
  path,
  openPipeline: extra.openPipeline ?? "0.00",
  openOpportunityCount: 0,
  dealCount: extra.dealCount ?? 0,
  users: extra.users ?? [],
});

const TREE = [
  node("amer", "Americas", null, "Americas", { openPipeline: "500.00" }),
  node("emea", "EMEA", null, "EMEA", { openPipeline: "1500.00" }),
  node("france", "France", "emea", "EMEA › France"),
  node("germany", "Germany", "emea", "EMEA › Germany", {
    openPipeline: "1500.00",
    dealCount: 2,
    users: [person("sam", "Sam Seller")],
  }),
];

function mocks(territories: unknown[], extra: Mock[] = []): Mock[] {
  return [
    meMock(userWithRole("PARTNER_SALES_OPS")),
    notificationsMock(),
    {
      request: { query: TerritoriesPageDocument },
      result: { data: { territories } },
      maxUsageCount: 5,
    },
    ...extra,
  ];
}

describe("Territories tab", () => {
  it("shows the tree, moves through it with the keyboard and shows the chosen node", async () => {
    renderApp({ route: "/ops/territories", mocks: mocks(TREE) });
    const user = userEvent.setup();
    // The first whole-app render compiles the portal's code: slow on a busy machine.
    const tree = await screen.findByRole("tree", { name: "Territories" }, { timeout: 20_000 });
    const items = within(tree).getAllByRole("treeitem");
    expect(items.map((item) => item.getAttribute("aria-level"))).toEqual(["1", "1", "2", "2"]);
    [
      "Americas — open pipeline $500, 0 people",
      "EMEA — open pipeline $1,500, 0 people",
      "France — open pipeline $0, 0 people",
      "Germany — open pipeline $1,500, 1 person",
    ].forEach((name, i) => expect(items[i]).toHaveAccessibleName(name));
    // One tab stop: the selected (first) node.
    expect(items.map((item) => item.tabIndex)).toEqual([0, -1, -1, -1]);

    act(() => items[0]!.focus());
    await user.keyboard("{ArrowDown}");
    expect(items[1]).toHaveFocus();
    await user.keyboard("{ArrowLeft}");
    expect(items[1]).toHaveAttribute("aria-expanded", "false");
    expect(within(tree).getAllByRole("treeitem")).toHaveLength(2);
    await user.keyboard("{ArrowRight}{ArrowRight}{ArrowDown}{Enter}");
    const details = await screen.findByRole("region", { name: "Germany" });
    expect(within(details).getByText("EMEA")).toBeInTheDocument();
    expect(within(details).getByText("Sam Seller · Partner seller")).toBeInTheDocument();
    expect(within(tree).getAllByRole("treeitem")[3]).toHaveAttribute("aria-selected", "true");
  });

  it("explains why a territory with something left on it cannot be deleted, without asking the server", async () => {
    const remove = jest.fn(() => ({ data: { deleteTerritory: "emea" } }));
    renderApp({
      route: "/ops/territories",
      mocks: mocks(TREE, [
        { request: { query: DeleteTerritoryDocument, variables: { id: "emea" } }, result: remove },
      ]),
    });
    const user = userEvent.setup();
    await user.click(await screen.findByText("EMEA", {}, { timeout: 20_000 }));
    const details = await screen.findByRole("region", { name: "EMEA" });
    await user.click(within(details).getByRole("button", { name: "Delete" }));
    const dialog = await screen.findByRole("dialog", { name: "EMEA cannot be deleted yet" });
    expect(dialog).toHaveTextContent(/^EMEA cannot be deleted yetEMEA has 2 child territories: /);
    await user.click(within(dialog).getByRole("button", { name: "OK" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(remove).not.toHaveBeenCalled();
  });

  it("starts an empty organization with a clear first step", async () => {
    renderApp({ route: "/ops/territories", mocks: mocks([]) });
    expect(
      await screen.findByRole("heading", { name: "No territories yet" }, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Add your first territory" })).toBeInTheDocument();
  });
});

// Evicting a root field that does not exist refreshes nothing, silently: check the names.
const schema = buildSchema(
  fs.readFileSync(path.resolve(__dirname, "../../../../../api/schema.graphql"), "utf8"),
);

describe("territory mutation effects", () => {
  it.each(TERRITORY_MUTATION_EFFECTS)("evicts %s, a root query field of the schema", (field) => {
    expect(Object.keys(schema.getQueryType()!.getFields())).toContain(field);
  });
});
