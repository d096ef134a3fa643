import { OneTimeLinkDialog } from "../../app/ui/OneTimeLinkDialog";
import { useCreatePasswordResetLink, useRenewInvitation } from "./mutations";

interface Target {
  id: string;
  name: string;
}

/** A new invitation link for someone who has not accepted yet; the one they had stops working. */
export function RenewInvitationDialog({
  user,
  onClose,
}: {
  user: Target;
  onClose: (made: boolean) => void;
}) {
  const [renew] = useRenewInvitation();
  return (
    <OneTimeLinkDialog
      title={`New invitation link for ${user.name}`}
      linkLabel="Invitation link"
      createLabel="Make a new link"
      create={async () => {
        const payload = (await renew({ variables: { userId: user.id } })).data?.renewInvitation;
        return payload && { url: payload.invitationUrl, expiresAt: payload.expiresAt };
      }}
      onClose={onClose}
    >
      The link {user.name} was given before stops working. The new one is valid for 7 days and is
      shown only once, for you to send them.
    </OneTimeLinkDialog>
  );
}

/** A link for someone to choose a new password (a forgotten one); an earlier one stops working. */
export function PasswordResetLinkDialog({
  user,
  onClose,
}: {
  user: Target;
  onClose: (made: boolean) => void;
}) {
  const [createLink] = useCreatePasswordResetLink();
  return (
    <OneTimeLinkDialog
      title={`Password reset link for ${user.name}`}
      linkLabel="Password reset link"
      createLabel="Make a reset link"
      create={async () => {
        const payload = (await createLink({ variables: { userId: user.id } })).data
          ?.createPasswordResetLink;
        return payload && { url: payload.resetUrl, expiresAt: payload.expiresAt };
      }}
      onClose={onClose}
    >
      With it, {user.name} chooses a new password and is signed out everywhere else. Their current
      password keeps working until then. The link is valid for 7 days and shown only once.
    </OneTimeLinkDialog>
  );
}
