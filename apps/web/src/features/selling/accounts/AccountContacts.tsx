import { useQuery } from "@apollo/client/react";
import EditOutlined from "@mui/icons-material/EditOutlined";
import EmailOutlined from "@mui/icons-material/EmailOutlined";
import PersonAddAlt1Outlined from "@mui/icons-material/PersonAddAlt1Outlined";
import PhoneOutlined from "@mui/icons-material/PhoneOutlined";
import Alert from "@mui/material/Alert";
import Avatar from "@mui/material/Avatar";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import IconButton from "@mui/material/IconButton";
import Link from "@mui/material/Link";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import Typography from "@mui/material/Typography";
import { can } from "@prm/domain";
import { useId, useState, type ReactNode } from "react";
import { errorMessage } from "../../../app/graphql-errors";
import { RetryAlert } from "../../../app/layout/RetryAlert";
import { useSignedInUser } from "../../../app/session/SessionProvider";
import type { ContactFieldsFragment } from "../../../gql/graphql";
import { ContactDialog } from "./ContactDialog";
import { AccountContactsDocument } from "./documents";

/** An email or phone link on one line: a long address ends in "…" (its full text is the title). */
function ContactLink({
  href,
  icon,
  children,
}: {
  href: string;
  icon: ReactNode;
  children: string;
}) {
  return (
    <Box sx={{ display: "flex", alignItems: "center", gap: 0.5, mt: 0.25, minWidth: 0 }}>
      <Box component="span" sx={{ display: "inline-flex", color: "text.secondary" }}>
        {icon}
      </Box>
      <Link href={href} variant="body2" title={children} noWrap sx={{ minWidth: 0 }}>
        {children}
      </Link>
    </Box>
  );
}

function initials(name: string): string {
  const words = name.trim().split(/\s+/);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  return letters.map((word) => word.charAt(0).toUpperCase()).join("");
}

/**
 * The people the viewer's organization keeps at an account, by name, with a way to add one and
 * edit each (partner roles; the vendor side reads them).
 */
export function AccountContacts({ accountId }: { accountId: string }) {
  const user = useSignedInUser();
  const canWrite = can(user.role, "contact:write");
  const headingId = useId();
  const { data, loading, error, refetch } = useQuery(AccountContactsDocument, {
    variables: { id: accountId },
    fetchPolicy: "cache-and-network",
  });
  const [dialog, setDialog] = useState<{ contact?: ContactFieldsFragment } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const account = data?.account;
  const contacts = account?.contacts ?? [];

  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId}>
      <Box
        sx={{
          display: "flex",
          alignItems: "center",
          justifyContent: "space-between",
          gap: 1,
          flexWrap: "wrap",
          px: { xs: 2, sm: 3 },
          pt: { xs: 2, sm: 2.5 },
          pb: 1,
        }}
      >
        <Typography id={headingId} variant="h3" component="h2">
          Contacts
        </Typography>
        {canWrite && account && (
          <Button
            size="small"
            variant="outlined"
            startIcon={<PersonAddAlt1Outlined />}
            onClick={() => {
              setStatus(null);
              setDialog({});
            }}
          >
            Add contact
          </Button>
        )}
      </Box>
      <Box role="status" sx={{ px: { xs: 2, sm: 3 }, "&:empty": { display: "none" }, pb: 1 }}>
        {status && (
          <Alert severity="success" role="none" onClose={() => setStatus(null)}>
            {status}
          </Alert>
        )}
      </Box>
      {error && !data ? (
        <Box sx={{ px: { xs: 2, sm: 3 }, pb: 2 }}>
          <RetryAlert onRetry={() => void refetch()}>{errorMessage(error)}</RetryAlert>
        </Box>
      ) : loading && !data ? (
        <Box role="status" aria-label="Loading contacts" sx={{ px: { xs: 2, sm: 3 }, pb: 2 }}>
          <Skeleton height={48} />
          <Skeleton height={48} />
        </Box>
      ) : contacts.length === 0 ? (
        <Typography color="text.secondary" sx={{ px: { xs: 2, sm: 3 }, pb: 2.5 }}>
          {canWrite
            ? "No contacts yet. Add the people you talk to here, so you can log calls and meetings with them."
            : "The partner has not added anyone here yet."}
        </Typography>
      ) : (
        <Box component="ul" aria-labelledby={headingId} sx={{ listStyle: "none", m: 0, p: 0 }}>
          {contacts.map((contact) => (
            <Box
              component="li"
              key={contact.id}
              sx={{
                display: "flex",
                alignItems: "flex-start",
                gap: 1.5,
                px: { xs: 2, sm: 3 },
                py: 1.5,
                borderTop: 1,
                borderColor: "divider",
              }}
            >
              <Avatar
                aria-hidden
                sx={{ width: 36, height: 36, fontSize: 14, bgcolor: "primary.main" }}
              >
                {initials(contact.name)}
              </Avatar>
              <Box sx={{ minWidth: 0, flexGrow: 1 }}>
                <Typography sx={{ fontWeight: 600, overflowWrap: "anywhere" }}>
                  {contact.name}
                </Typography>
                {contact.title && (
                  <Typography variant="body2" color="text.secondary">
                    {contact.title}
                  </Typography>
                )}
                {contact.email && (
                  <ContactLink
                    href={`mailto:${contact.email}`}
                    icon={<EmailOutlined sx={{ fontSize: 16 }} aria-hidden />}
                  >
                    {contact.email}
                  </ContactLink>
                )}
                {contact.phone && (
                  <ContactLink
                    href={`tel:${contact.phone.replace(/[^0-9+]/g, "")}`}
                    icon={<PhoneOutlined sx={{ fontSize: 16 }} aria-hidden />}
                  >
                    {contact.phone}
                  </ContactLink>
                )}
              </Box>
              {canWrite && (
                <IconButton
                  size="small"
                  aria-label={`Edit ${contact.name}`}
                  onClick={() => {
                    setStatus(null);
                    setDialog({ contact });
                  }}
                >
                  <EditOutlined fontSize="small" />
                </IconButton>
              )}
            </Box>
          ))}
        </Box>
      )}
      {dialog && account && (
        <ContactDialog
          accountId={accountId}
          accountName={account.name}
          contact={dialog.contact}
          onClose={(saved) => {
            if (saved) {
              setStatus(
                dialog.contact
                  ? `${saved.name} is saved.`
                  : `${saved.name} is added to the contacts.`,
              );
            }
            setDialog(null);
          }}
        />
      )}
    </Paper>
  );
}
