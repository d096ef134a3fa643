import { useQuery } from "@apollo/client/react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import Typography from "@mui/material/Typography";
import { overseesPartners } from "@prm/domain";
import { Link as RouterLink, useParams } from "react-router";
import { formatAmount } from "../../../app/format/money";
import { errorMessage } from "../../../app/graphql-errors";
import { BackButton } from "../../../app/layout/BackButton";
import { PageHeader } from "../../../app/layout/PageHeader";
import { RetryAlert } from "../../../app/layout/RetryAlert";
import { usePortalBase } from "../../../app/routing/record-paths";
import { useSignedInUser } from "../../../app/session/SessionProvider";
import { ActivityTimeline } from "../activities/ActivityTimeline";
import { AccountContacts } from "./AccountContacts";
import { AccountOpportunities } from "./AccountOpportunities";
import { AccountPageDocument } from "./documents";

const SECTION_LABEL = "Accounts";

/**
 * A customer account: its name, web domain and open pipeline (and partner, for the vendor side);
 * its opportunities in the viewer's scope, the partner's contacts there, and its activity.
 */
export function AccountPage() {
  const { accountId = "" } = useParams();
  const user = useSignedInUser();
  const vendorSide = overseesPartners(user.role);
  const accountsPath = `${usePortalBase()}/accounts`;
  const { data, loading, error, refetch } = useQuery(AccountPageDocument, {
    variables: { id: accountId },
    fetchPolicy: "cache-and-network",
  });
  const account = data?.account;

  if (!account) {
    if (loading && !data) return <AccountPageSkeleton />;
    if (error && !data) {
      return <RetryAlert onRetry={() => void refetch()}>{errorMessage(error)}</RetryAlert>;
    }
    return <AccountNotFound accountsPath={accountsPath} />;
  }

  const facts = [
    account.domain,
    account.industry,
    vendorSide ? `Partner: ${account.partner.name}` : null,
    `${formatAmount(account.openAmount)} open pipeline`,
  ].filter(Boolean);

  return (
    <>
      <BackButton to={accountsPath}>{SECTION_LABEL}</BackButton>
      <PageHeader title={account.name} subtitle={facts.join(" · ")} />
      <Box
        sx={{
          display: "grid",
          gap: 2,
          alignItems: "start",
          gridTemplateColumns: { xs: "minmax(0, 1fr)", md: "minmax(0, 7fr) minmax(0, 5fr)" },
          // On a phone: what is open, who to talk to, then the long history.
          gridTemplateAreas: {
            xs: '"opportunities" "contacts" "activity"',
            md: '"opportunities contacts" "activity contacts"',
          },
          gridTemplateRows: { md: "auto 1fr" },
        }}
      >
        <Box sx={{ gridArea: "opportunities" }}>
          <AccountOpportunities opportunities={account.opportunities} viewerId={user.id} />
        </Box>
        <Box sx={{ gridArea: "contacts" }}>
          <AccountContacts accountId={account.id} />
        </Box>
        <Box sx={{ gridArea: "activity" }}>
          <ActivityTimeline accountId={account.id} />
        </Box>
      </Box>
    </>
  );
}

function AccountPageSkeleton() {
  return (
    <Box role="status" aria-label="Loading the account">
      <Skeleton variant="text" width={320} height={48} />
      <Skeleton variant="text" width={220} sx={{ mb: 3 }} />
      <Box sx={{ display: "grid", gap: 2, gridTemplateColumns: { xs: "1fr", md: "7fr 5fr" } }}>
        <Skeleton variant="rounded" height={320} />
        <Skeleton variant="rounded" height={240} />
      </Box>
    </Box>
  );
}

/** An account that does not exist or is out of the viewer's scope: the API answers null for both. */
function AccountNotFound({ accountsPath }: { accountsPath: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 4, maxWidth: 640 }}>
      <Typography variant="h2" component="h1" sx={{ mb: 1 }}>
        Account not found
      </Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>
        This account does not exist, or it is not one you can see: you see a customer through a deal
        or opportunity of yours.
      </Typography>
      <Button variant="contained" component={RouterLink} to={accountsPath}>
        Back to accounts
      </Button>
    </Paper>
  );
}
