import { useQuery } from "@apollo/client/react";
import AddRounded from "@mui/icons-material/AddRounded";
import KeyOutlined from "@mui/icons-material/KeyOutlined";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
import Link from "@mui/material/Link";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { apiTokenStatus, type ApiTokenStatus } from "@prm/domain";
import { useState } from "react";
import { Link as RouterLink } from "react-router";
import { formatDate, formatDateTime, relativeTime } from "../../app/format/dates";
import { errorMessage } from "../../app/graphql-errors";
import { PageHeader } from "../../app/layout/PageHeader";
import { RetryAlert } from "../../app/layout/RetryAlert";
import { GRAPHIQL_PATH } from "../../app/routing/portal-paths";
import { ConfirmDialog } from "../../app/ui/ConfirmDialog";
import { useRecordCards } from "../../app/ui/RecordCards";
import type { ApiTokenRowFragment } from "../../gql/graphql";
import { CreateTokenDialog } from "./CreateTokenDialog";
import { ApiTokensDocument } from "./documents";
import { useRevokeApiToken } from "./mutations";
import { VISUALLY_HIDDEN } from "../../app/ui/visually-hidden";

const STATUS_CHIPS: Record<ApiTokenStatus, { label: string; color: "success" | "default" }> = {
  ACTIVE: { label: "Active", color: "success" },
  EXPIRED: { label: "Expired", color: "default" },
  REVOKED: { label: "Revoked", color: "default" },
};

function lastUsed(token: ApiTokenRowFragment): string {
  return token.lastUsedAt ? relativeTime(token.lastUsedAt as string) : "Never";
}

/** The signed-in person's API tokens for other apps: create (shown once), list, revoke. */
export default function ApiAccessPage() {
  const { data, loading, error, refetch } = useQuery(ApiTokensDocument);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiTokenRowFragment | null>(null);
  const [revoke, revocation] = useRevokeApiToken();
  const [notice, setNotice] = useState<string | null>(null);

  async function confirmRevoke() {
    if (!revoking) return;
    try {
      await revoke({ variables: { input: { id: revoking.id } } });
      setNotice(`“${revoking.name}” is revoked: apps using it can no longer sign in with it.`);
      setRevoking(null);
    } catch {
      // Shown in the dialog from `revocation.error`.
    }
  }

  const tokens = data?.apiTokens ?? [];
  return (
    <>
      <PageHeader
        title="API access"
        subtitle="Tokens let other apps — scripts, BI tools, integrations — use the PRM API as you."
        actions={
          <Button variant="contained" startIcon={<AddRounded />} onClick={() => setCreating(true)}>
            Create token
          </Button>
        }
      />
      <Typography color="text.secondary" sx={{ mt: -1.5, mb: 2.5, maxWidth: 760 }}>
        A token carries your rights, expires on the date you choose (a year at most) and works only
        for the API, never to sign in here. Try the API in the{" "}
        <Link component={RouterLink} to={GRAPHIQL_PATH}>
          GraphQL explorer
        </Link>
        .
      </Typography>
      {notice && (
        <Alert severity="success" onClose={() => setNotice(null)} sx={{ mb: 2 }}>
          {notice}
        </Alert>
      )}
      {error ? (
        <RetryAlert onRetry={() => void refetch()}>{errorMessage(error)}</RetryAlert>
      ) : loading && !data ? (
        <Skeleton variant="rounded" height={160} aria-label="Loading your tokens" />
      ) : tokens.length === 0 ? (
        <EmptyTokens onCreate={() => setCreating(true)} />
      ) : (
        <TokenList tokens={tokens} onRevoke={setRevoking} />
      )}
      <CreateTokenDialog open={creating} onClose={() => setCreating(false)} />
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke “${revoking?.name ?? ""}”?`}
        confirmLabel="Revoke token"
        destructive
        busy={revocation.loading}
        onConfirm={confirmRevoke}
        onClose={() => {
          setRevoking(null);
          revocation.reset();
        }}
      >
        Apps using this token stop working at once. This cannot be undone: they will need a new
        token.
        {revocation.error && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {errorMessage(revocation.error)}
          </Alert>
        )}
      </ConfirmDialog>
    </>
  );
}

function EmptyTokens({ onCreate }: { onCreate: () => void }) {
  return (
    <Paper variant="outlined" sx={{ p: { xs: 3, md: 5 }, textAlign: "center" }}>
      <KeyOutlined aria-hidden sx={{ fontSize: 40, color: "text.secondary" }} />
      <Typography variant="h2" component="h2" sx={{ mt: 1, fontSize: 18 }}>
        No API tokens yet
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 1, mb: 2 }}>
        Create one for each app that should use the API on your behalf.
      </Typography>
      <Button variant="outlined" startIcon={<AddRounded />} onClick={onCreate}>
        Create token
      </Button>
    </Paper>
  );
}

function StatusChip({ status }: { status: ApiTokenStatus }) {
  const chip = STATUS_CHIPS[status];
  return <Chip size="small" variant="outlined" label={chip.label} color={chip.color} />;
}

function TokenList({
  tokens,
  onRevoke,
}: {
  tokens: readonly ApiTokenRowFragment[];
  onRevoke: (token: ApiTokenRowFragment) => void;
}) {
  const cards = useRecordCards();
  const rows = tokens.map((token) => ({
    token,
    status: apiTokenStatus({
      expiresAt: token.expiresAt as string,
      revokedAt: token.revokedAt as string | null,
    }),
  }));
  const revokeButton = (token: ApiTokenRowFragment) => (
    <Button
      size="small"
      color="error"
      onClick={() => onRevoke(token)}
      aria-label={`Revoke ${token.name}`}
    >
      Revoke
    </Button>
  );

  if (cards) {
    return (
      <Box
        component="ul"
        aria-label="API tokens"
        sx={{ listStyle: "none", m: 0, p: 0, display: "grid", gap: 1.25 }}
      >
        {rows.map(({ token, status }) => (
          <Paper component="li" variant="outlined" key={token.id} sx={{ p: 2 }}>
            <Box sx={{ display: "flex", alignItems: "center", gap: 1, mb: 1 }}>
              <Typography sx={{ fontWeight: 600, flexGrow: 1, minWidth: 0 }} noWrap>
                {token.name}
              </Typography>
              <StatusChip status={status} />
            </Box>
            <Typography variant="body2" color="text.secondary">
              <code>{token.prefix}…</code>
            </Typography>
            <Typography variant="body2" color="text.secondary">
              Created {formatDate(token.createdAt as string)} · last used {lastUsed(token)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {status === "REVOKED"
                ? `Revoked ${formatDate(token.revokedAt as string)}`
                : `${status === "EXPIRED" ? "Expired" : "Expires"} ${formatDate(token.expiresAt as string)}`}
            </Typography>
            {status === "ACTIVE" && <Box sx={{ mt: 1 }}>{revokeButton(token)}</Box>}
          </Paper>
        ))}
      </Box>
    );
  }

  return (
    <TableContainer component={Paper} variant="outlined">
      <Table aria-label="API tokens">
        <TableHead>
          <TableRow>
            <TableCell>Name</TableCell>
            <TableCell>Created</TableCell>
            <TableCell>Last used</TableCell>
            <TableCell>Expires</TableCell>
            <TableCell>Status</TableCell>
            <TableCell align="right">
              <Box component="span" sx={VISUALLY_HIDDEN}>
                Actions
              </Box>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map(({ token, status }) => (
            <TableRow key={token.id} sx={{ opacity: status === "ACTIVE" ? 1 : 0.7 }}>
              <TableCell>
                <Typography sx={{ fontWeight: 600 }}>{token.name}</Typography>
                <Typography variant="body2" color="text.secondary">
                  <code>{token.prefix}…</code>
                </Typography>
              </TableCell>
              <TableCell sx={{ whiteSpace: "nowrap" }}>
                {formatDate(token.createdAt as string)}
              </TableCell>
              <TableCell
                sx={{ whiteSpace: "nowrap" }}
                title={token.lastUsedAt ? formatDateTime(token.lastUsedAt as string) : undefined}
              >
                {lastUsed(token)}
              </TableCell>
              <TableCell sx={{ whiteSpace: "nowrap" }}>
                {formatDate(token.expiresAt as string)}
              </TableCell>
              <TableCell>
                <StatusChip status={status} />
              </TableCell>
              <TableCell align="right">{status === "ACTIVE" && revokeButton(token)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
