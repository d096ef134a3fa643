import { useQuery } from "@apollo/client/react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Dialog from "@mui/material/Dialog";
import DialogActions from "@mui/material/DialogActions";
import DialogContent from "@mui/material/DialogContent";
import DialogContentText from "@mui/material/DialogContentText";
import DialogTitle from "@mui/material/DialogTitle";
import Divider from "@mui/material/Divider";
import Skeleton from "@mui/material/Skeleton";
import Typography from "@mui/material/Typography";
import { Fragment, useId, useState } from "react";
import { formatDate, relativeTime } from "../../app/format/dates";
import { errorMessage } from "../../app/graphql-errors";
import { RetryAlert } from "../../app/layout/RetryAlert";
import { OneTimeLinkDialog } from "../../app/ui/OneTimeLinkDialog";
import { UserStatusChip } from "../../app/ui/UserStatusChip";
import { PartnerSalesOpsDocument } from "./documents";
import { useRenewPartnerInvitation } from "./mutations";

/**
 * A partner's sales operations people, who administer its users: whether they joined, and a new
 * invitation link for one who has not (the first one was lost, or expired).
 */
export function PartnerSalesOpsDialog({
  partner,
  onClose,
}: {
  partner: { id: string; name: string };
  onClose: (notice?: string) => void;
}) {
  const titleId = useId();
  const { data, loading, error, refetch } = useQuery(PartnerSalesOpsDocument, {
    variables: { organizationId: partner.id },
    fetchPolicy: "cache-and-network",
  });
  const [renewing, setRenewing] = useState<{ id: string; name: string } | null>(null);
  const [renew] = useRenewPartnerInvitation();
  const people = data?.users.edges.map((edge) => edge.node) ?? [];

  if (renewing) {
    return (
      <OneTimeLinkDialog
        title={`New invitation link for ${renewing.name}`}
        linkLabel="Invitation link"
        createLabel="Make a new link"
        create={async () => {
          const payload = (await renew({ variables: { userId: renewing.id } })).data
            ?.renewInvitation;
          return payload && { url: payload.invitationUrl, expiresAt: payload.expiresAt };
        }}
        onClose={(made) =>
          made ? onClose(`${renewing.name} has a new invitation link.`) : setRenewing(null)
        }
      >
        The link {renewing.name} was given before stops working. The new one is valid for 7 days and
        is shown only once, for you to send them.
      </OneTimeLinkDialog>
    );
  }

  return (
    <Dialog open onClose={() => onClose()} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>Sales operations of {partner.name}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          They administer {partner.name}&apos;s people. If an invitation link was lost or has
          expired, make a new one here; the partner&apos;s other users get theirs from them.
        </DialogContentText>
        {error && !data ? (
          <RetryAlert onRetry={() => void refetch()}>{errorMessage(error)}</RetryAlert>
        ) : loading && !data ? (
          <Skeleton variant="rounded" height={64} aria-label="Loading" />
        ) : people.length === 0 ? (
          <Typography color="text.secondary">
            {partner.name} has no sales operations user.
          </Typography>
        ) : (
          <Box
            component="ul"
            aria-label={`Sales operations of ${partner.name}`}
            sx={{ m: 0, p: 0, listStyle: "none" }}
          >
            {people.map((person, index) => (
              <Fragment key={person.id}>
                {index > 0 && <Divider component="li" aria-hidden />}
                <Box
                  component="li"
                  sx={{
                    py: 1.5,
                    display: "flex",
                    flexWrap: "wrap",
                    alignItems: "center",
                    gap: 1.5,
                  }}
                >
                  <Box sx={{ minWidth: 0, flex: "1 1 200px" }}>
                    <Typography sx={{ fontWeight: 600 }} noWrap>
                      {person.name}
                    </Typography>
                    <Typography variant="body2" color="text.secondary" noWrap>
                      {person.email}
                    </Typography>
                    <Typography variant="caption" color="text.secondary">
                      {person.pendingInvitation
                        ? person.pendingInvitation.expired
                          ? `Invited ${relativeTime(person.pendingInvitation.sentAt)}; the link no longer works`
                          : `Invited ${relativeTime(person.pendingInvitation.sentAt)}; the link works until ${formatDate(person.pendingInvitation.expiresAt)}`
                        : person.lastSignInAt
                          ? `Last signed in ${relativeTime(person.lastSignInAt)}`
                          : "Joined"}
                    </Typography>
                  </Box>
                  <UserStatusChip user={person} />
                  {person.active && person.pendingInvitation && (
                    <Button
                      size="small"
                      variant="outlined"
                      onClick={() => setRenewing(person)}
                      aria-label={`New invitation link for ${person.name}`}
                    >
                      New link
                    </Button>
                  )}
                </Box>
              </Fragment>
            ))}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose()}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
