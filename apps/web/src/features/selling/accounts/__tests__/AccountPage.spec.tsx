import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GraphQLError } from "graphql";
import { userWithRole } from "../../../../test/fixtures";
import { notificationsMock } from "../../../../test/mocks";
import { meMock, renderApp, type Mock } from "../../../../test/renderApp";
import { CompleteActivityDocument } from "../../../../app/tasks/documents";
import {
  LogActivityDocument,
  TimelineActivitiesDocument,
  AccountContactChoicesDocument,
} from "../../activities/documents";
import {
  ACCOUNT_ID,
  accountFixture,
  activityConnection,
  activityFixture,
  contactFixture,
  taskFixture,
} from "../../__tests__/fixtures";
import { AccountContactsDocument, AccountPageDocument, CreateContactDocument } from "../documents";

const seller = userWithRole("PARTNER_SELLER");
const task = taskFixture({ id: "task-1", subject: "Send the proposal" });
const POS_ROLLOUT = { __typename: "Opportunity", id: "opp-1", name: "Fabrikam POS rollout" };

/** The account page's reads, answered as often as evictions make the page read them again. */
function pageMocks(
  contacts = [contactFixture()],
  timeline = () => [task, activityFixture({ opportunity: POS_ROLLOUT })],
): Mock[] {
  return [
    meMock(seller),
    notificationsMock(),
    {
      request: { query: AccountPageDocument, variables: { id: ACCOUNT_ID } },
      result: { data: { account: accountFixture() } },
      maxUsageCount: 10,
    },
    {
      request: { query: AccountContactsDocument, variables: { id: ACCOUNT_ID } },
      result: {
        data: {
          account: { __typename: "Account", id: ACCOUNT_ID, name: "Fabrikam Retail", contacts },
        },
      },
      maxUsageCount: 10,
    },
    {
      request: { query: AccountContactChoicesDocument, variables: { id: ACCOUNT_ID } },
      result: {
        data: {
          account: {
            __typename: "Account",
            id: ACCOUNT_ID,
            contacts: contacts.map(({ __typename, id, name, title }) => ({
              __typename,
              id,
              name,
              title,
            })),
          },
        },
      },
      maxUsageCount: 10,
    },
    {
      request: {
        query: TimelineActivitiesDocument,
        variables: { filter: { accountId: ACCOUNT_ID }, first: 20 },
      },
      result: () => ({ data: { activities: activityConnection(timeline()) } }),
      maxUsageCount: 10,
    },
  ];
}

describe("Account page", () => {
  it("shows the account, its opportunities as links to their pages, its contacts and activity", async () => {
    renderApp({ route: `/seller/accounts/${ACCOUNT_ID}`, mocks: pageMocks() });

    expect(
      await screen.findByRole("heading", { name: "Fabrikam Retail", level: 1 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/fabrikam\.example · Retail · \$48,000 open pipeline/)).toBeVisible();
    const opportunities = screen.getByRole("list", { name: "Opportunities" });
    expect(
      within(opportunities).getByRole("link", { name: "Fabrikam POS rollout" }),
    ).toHaveAttribute("href", "/seller/opportunities/opp-1");
    const contacts = await screen.findByRole("list", { name: "Contacts" });
    expect(within(contacts).getByText("Dana Buyer")).toBeInTheDocument();
    expect(within(contacts).getByRole("link", { name: "dana@fabrikam.example" })).toHaveAttribute(
      "href",
      "mailto:dana@fabrikam.example",
    );
    const activities = await screen.findByRole("list", { name: "Activities" });
    expect(within(activities).getByText("Discovery call")).toBeInTheDocument();
    expect(within(activities).getByText("Send the proposal")).toBeInTheDocument();
    // An account's activity says which of its opportunities it is on.
    expect(within(activities).getByRole("link", { name: "Fabrikam POS rollout" })).toHaveAttribute(
      "href",
      "/seller/opportunities/opp-1",
    );
  });

  it("adds a contact: the domain's checks first, the server's field error beside its field, then saved", async () => {
    const create = jest.fn((variables: Record<string, unknown>) => {
      const input = variables.input as Record<string, unknown>;
      return input.email === "lee@taken.example"
        ? {
            errors: [
              new GraphQLError("The email can be at most 254 characters.", {
                extensions: { code: "BAD_USER_INPUT", field: "input.email" },
              }),
            ],
          }
        : { data: { createContact: contactFixture({ id: "contact-2", ...input }) } };
    });
    const mocks = [
      ...pageMocks(),
      {
        request: { query: CreateContactDocument, variables: () => true },
        result: create,
        maxUsageCount: 5,
      },
    ];
    renderApp({ route: `/seller/accounts/${ACCOUNT_ID}`, mocks });
    const user = userEvent.setup();

    await user.click(await screen.findByRole("button", { name: "Add contact" }));
    const dialog = await screen.findByRole("dialog", { name: "Add a contact" });
    expect(within(dialog).getByRole("textbox", { name: /Name/ })).toHaveFocus();
    await user.click(within(dialog).getByRole("button", { name: "Add contact" }));
    expect(await within(dialog).findByText("The name is required.")).toBeInTheDocument();

    await user.type(within(dialog).getByRole("textbox", { name: /Name/ }), "Lee Jordan");
    await user.type(within(dialog).getByRole("textbox", { name: "Email" }), "lee at fabrikam");
    await user.type(within(dialog).getByRole("textbox", { name: "Phone" }), "call me");
    await user.click(within(dialog).getByRole("button", { name: "Add contact" }));
    expect(
      await within(dialog).findByText('Enter an email address like "name@example.com".'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        "A phone number has digits, and may have spaces and + ( ) - . between them.",
      ),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole("textbox", { name: "Email" })).toHaveFocus();
    expect(create).not.toHaveBeenCalled();

    await user.clear(within(dialog).getByRole("textbox", { name: "Email" }));
    await user.type(within(dialog).getByRole("textbox", { name: "Email" }), "lee@taken.example");
    await user.clear(within(dialog).getByRole("textbox", { name: "Phone" }));
    await user.type(within(dialog).getByRole("textbox", { name: "Phone" }), "+1 (555) 0101");
    await user.click(within(dialog).getByRole("button", { name: "Add contact" }));
    const email = within(dialog).getByRole("textbox", { name: "Email" });
    await waitFor(() => expect(email).toHaveAccessibleDescription(/at most 254 characters/));
    expect(email).toHaveAttribute("aria-invalid", "true");

    await user.clear(email);
    await user.type(email, "lee@fabrikam.example");
    await user.click(within(dialog).getByRole("button", { name: "Add contact" }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(create).toHaveBeenLastCalledWith({
      input: {
        accountId: ACCOUNT_ID,
        name: "Lee Jordan",
        title: null,
        email: "lee@fabrikam.example",
        phone: "+1 (555) 0101",
      },
    });
    expect(await screen.findByText("Lee Jordan is added to the contacts.")).toBeInTheDocument();
  });

  it("logs a call on the account, naming a missing subject first", async () => {
    const log = jest.fn((variables: Record<string, unknown>) => ({
      data: {
        logActivity: activityFixture({
          id: "act-new",
          ...(variables.input as Record<string, unknown>),
        }),
      },
    }));
    const mocks = [
      ...pageMocks(),
      { request: { query: LogActivityDocument, variables: () => true }, result: log },
    ];
    renderApp({ route: `/seller/accounts/${ACCOUNT_ID}`, mocks });
    const user = userEvent.setup();

    await user.click(await screen.findByRole("button", { name: "Log activity" }));
    const form = screen.getByRole("form", { name: "Log activity" });
    const subject = within(form).getByRole("textbox", { name: /Subject/ });
    expect(subject).toHaveFocus();
    expect(within(form).getByRole("button", { name: "Call", pressed: true })).toBeInTheDocument();
    await user.click(within(form).getByRole("button", { name: "Log call" }));
    expect(await within(form).findByText("The subject is required.")).toBeInTheDocument();
    expect(log).not.toHaveBeenCalled();

    await user.type(subject, "Talked budget with Dana");
    await user.click(within(form).getByRole("combobox", { name: "Contact" }));
    await user.click(await screen.findByRole("option", { name: "Dana Buyer · Head of IT" }));
    await user.click(within(form).getByRole("button", { name: "Log call" }));

    expect(await screen.findByText("Call logged: Talked budget with Dana")).toBeInTheDocument();
    expect(screen.queryByRole("form", { name: "Log activity" })).not.toBeInTheDocument();
    const input = (log.mock.calls[0]![0] as { input: Record<string, unknown> }).input;
    expect(input).toMatchObject({
      accountId: ACCOUNT_ID,
      type: "CALL",
      subject: "Talked budget with Dana",
      body: null,
      contactId: "contact-1",
    });
    expect(Date.parse(input.occurredAt as string)).toBeLessThanOrEqual(Date.now());
    expect(screen.getByRole("button", { name: "Log activity" })).toHaveFocus();
  });

  it("completes a task in place with one click", async () => {
    const done = { ...task, completedAt: new Date().toISOString() };
    const complete = jest.fn(() => ({ data: { completeActivity: done } }));
    const mocks = [
      ...pageMocks(undefined, () => [complete.mock.calls.length ? done : task, activityFixture()]),
      {
        request: { query: CompleteActivityDocument, variables: { id: "task-1" } },
        result: complete,
      },
    ];
    renderApp({ route: `/seller/accounts/${ACCOUNT_ID}`, mocks });
    const user = userEvent.setup();

    await user.click(
      await screen.findByRole("checkbox", { name: "Complete task: Send the proposal" }),
    );
    expect(await screen.findByText("Task completed: Send the proposal")).toBeInTheDocument();
    expect(complete).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/Done/)).toBeInTheDocument();
    expect(
      screen.queryByRole("checkbox", { name: "Complete task: Send the proposal" }),
    ).not.toBeInTheDocument();
  });
});
