import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { GraphQLError } from "graphql";
import { TestProviders, type Mock } from "../../../test/renderApp";
import { InviteUserDocument } from "../documents";
import { InviteUserDialog } from "../InviteUserDialog";
import type { AdministeredOrganization } from "../operators-model";

const VENDOR: AdministeredOrganization = {
  kind: "VENDOR",
  id: "vendor",
  name: "Acme Cloud",
  roles: ["CHANNEL_MANAGER", "VENDOR_ADMIN"],
};

const input = { email: "kai@acme.example", name: "Kai Channel", role: "CHANNEL_MANAGER" };

function renderDialog(mock: Mock) {
  const onClose = jest.fn();
  render(
    <TestProviders mocks={[mock]}>
      <InviteUserDialog organization={VENDOR} onClose={onClose} />
    </TestProviders>,
  );
  return onClose;
}

async function fillAndSend() {
  const user = userEvent.setup();
  const dialog = await screen.findByRole("dialog", { name: "Invite someone to Acme Cloud" });
  // The vendor gives vendor roles, a channel manager first; no manager or territories there.
  expect(within(dialog).getByRole("combobox", { name: /^Role/ })).toHaveTextContent(
    "Channel manager",
  );
  expect(within(dialog).queryByRole("combobox", { name: /Manager/ })).not.toBeInTheDocument();
  await user.type(within(dialog).getByRole("textbox", { name: "Email" }), input.email);
  await user.type(within(dialog).getByRole("textbox", { name: "Name" }), input.name);
  await user.click(within(dialog).getByRole("button", { name: "Invite and get link" }));
  return { user, dialog };
}

describe("Inviting someone", () => {
  it("shows the invitation link once, with a warning to copy it now", async () => {
    const onClose = renderDialog({
      request: { query: InviteUserDocument, variables: { input } },
      result: {
        data: {
          inviteUser: {
            __typename: "InviteUserPayload",
            invitationUrl: "https://prm.example/accept-invitation#token=abc",
            expiresAt: "2030-01-08T10:00:00.000Z",
            user: {
              __typename: "User",
              id: "kai",
              name: input.name,
              email: input.email,
              role: "CHANNEL_MANAGER",
              active: true,
              lastSignInAt: null,
              manager: null,
              territories: [],
              pendingInvitation: {
                __typename: "PendingInvitation",
                sentAt: "2030-01-01T10:00:00.000Z",
                expiresAt: "2030-01-08T10:00:00.000Z",
                expired: false,
              },
              workload: null,
            },
          },
        },
      },
    });
    const { user } = await fillAndSend();
    const sent = await screen.findByRole("dialog", {
      name: "Send Kai Channel their invitation link",
    });
    expect(within(sent).getByText("Copy it now — it won't be shown again.")).toBeInTheDocument();
    expect(within(sent).getByRole("textbox", { name: "Invitation link" })).toHaveValue(
      "https://prm.example/accept-invitation#token=abc",
    );
    await user.click(within(sent).getByRole("button", { name: "Done" }));
    expect(onClose).toHaveBeenCalledWith({ name: "Kai Channel" });
  });

  it("shows an address that already has an account beside the email", async () => {
    renderDialog({
      request: { query: InviteUserDocument, variables: { input } },
      result: {
        errors: [
          new GraphQLError("There is already an account for kai@acme.example.", {
            extensions: { code: "CONFLICT" },
          }),
        ],
      },
    });
    const { dialog } = await fillAndSend();
    await waitFor(() =>
      expect(within(dialog).getByRole("textbox", { name: "Email" })).toHaveAccessibleDescription(
        "There is already an account for kai@acme.example.",
      ),
    );
  });
});
