import fs from "node:fs";
import path from "node:path";
import { buildSchema } from "graphql";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { userWithRole } from "../../../test/fixtures";
import { notificationsMock } from "../../../test/mocks";
import { meMock, renderApp, type Mock } from "../../../test/renderApp";
import { ApiTokensDocument, CreateApiTokenDocument, RevokeApiTokenDocument } from "../documents";
import { API_TOKEN_MUTATION_EFFECTS } from "../mutations";

const token = (fields: Record<string, unknown> = {}) => ({
  __typename: "ApiToken",
  id: "t-1",
  name: "BI export",
  prefix: "prm_AbCdEf",
  createdAt: "2026-01-10T09:00:00.000Z",
  expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
  lastUsedAt: null,
  revokedAt: null,
  ...fields,
});

describe("API access", () => {
  it("is in the user menu, creates a token shown once, and revokes after a confirmation", async () => {
    let tokens: ReturnType<typeof token>[] = [];
    const create = jest.fn(() => {
      tokens = [token()];
      return {
        data: {
          createApiToken: {
            __typename: "CreateApiTokenPayload",
            token: "prm_secret-value",
            apiToken: tokens[0],
          },
        },
      };
    });
    const revoke = jest.fn(() => {
      tokens = [token({ revokedAt: new Date().toISOString() })];
      return { data: { revokeApiToken: tokens[0] } };
    });
    const mocks: Mock[] = [
      meMock(userWithRole("PARTNER_SELLER")),
      notificationsMock(),
      {
        request: { query: ApiTokensDocument },
        result: () => ({ data: { apiTokens: tokens } }),
        maxUsageCount: 10,
      },
      {
        request: {
          query: CreateApiTokenDocument,
          variables: { input: { name: "BI export", expiresInDays: 90 } },
        },
        result: create,
      },
      {
        request: { query: RevokeApiTokenDocument, variables: { input: { id: "t-1" } } },
        result: revoke,
      },
    ];
    renderApp({ route: "/seller/nowhere", mocks });
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole("button", { name: /Account menu/ }, { timeout: 20_000 }),
    );
    await user.click(await screen.findByRole("menuitem", { name: "API access" }));
    await waitFor(() =>
      expect(screen.getByTestId("location")).toHaveTextContent("/seller/api-access"),
    );
    expect(await screen.findByRole("heading", { name: "No API tokens yet" })).toBeInTheDocument();

    await user.click(screen.getAllByRole("button", { name: "Create token" })[0]!);
    const dialog = await screen.findByRole("dialog", { name: "Create an API token" });
    await user.click(within(dialog).getByRole("button", { name: "Create token" }));
    expect(
      within(dialog).getByText("Name the token after the app that will use it."),
    ).toBeInTheDocument();
    await user.type(within(dialog).getByRole("textbox", { name: "Name" }), "BI export");
    await user.click(within(dialog).getByRole("button", { name: "Create token" }));
    const shown = await screen.findByRole("dialog", { name: "Copy your new token" });
    expect(within(shown).getByRole("textbox", { name: "Token" })).toHaveValue("prm_secret-value");
    await user.click(within(shown).getByRole("button", { name: "Copy" }));
    expect(await within(shown).findByText("Copied to the clipboard.")).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe("prm_secret-value");
    await user.click(within(shown).getByRole("button", { name: "Done" }));
    await waitFor(() => expect(screen.queryByText("prm_secret-value")).not.toBeInTheDocument());

    const table = await screen.findByRole("table", { name: "API tokens" });
    expect(within(table).getAllByRole("row")[1]).toHaveTextContent(
      /^BI exportprm_AbCdEf…Jan 10, 2026Never.*ActiveRevoke$/,
    );
    await user.click(within(table).getByRole("button", { name: "Revoke BI export" }));
    const confirm = await screen.findByRole("dialog", { name: "Revoke “BI export”?" });
    await user.click(within(confirm).getByRole("button", { name: "Revoke token" }));
    expect(await screen.findByText(/is revoked/)).toBeInTheDocument();
    expect(revoke).toHaveBeenCalledTimes(1);
    await waitFor(() =>
      expect(
        within(screen.getByRole("table", { name: "API tokens" })).getByText("Revoked"),
      ).toBeInTheDocument(),
    );
  });
});

const schema = buildSchema(
  fs.readFileSync(path.resolve(__dirname, "../../../../../api/schema.graphql"), "utf8"),
);

describe("API token mutation effects", () => {
  it.each(API_TOKEN_MUTATION_EFFECTS)("evicts %s, a root query field of the schema", (field) => {
    expect(Object.keys(schema.getQueryType()!.getFields())).toContain(field);
  });
});
