import { useQuery } from "@apollo/client/react";
import AddRounded from "@mui/icons-material/AddRounded";
import SearchRounded from "@mui/icons-material/SearchRounded";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import InputAdornment from "@mui/material/InputAdornment";
import Link from "@mui/material/Link";
import Paper from "@mui/material/Paper";
import Skeleton from "@mui/material/Skeleton";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import TextField from "@mui/material/TextField";
import Typography from "@mui/material/Typography";
import { can, overseesPartners } from "@prm/domain";
import { useDeferredValue, useState } from "react";
import { Link as RouterLink, useNavigate, useSearchParams } from "react-router";
import { formatCount } from "../../../app/format/count";
import { formatAmount } from "../../../app/format/money";
import { errorMessage } from "../../../app/graphql-errors";
import { PageHeader } from "../../../app/layout/PageHeader";
import { RetryAlert } from "../../../app/layout/RetryAlert";
import { accountPath, usePortalBase } from "../../../app/routing/record-paths";
import { useSignedInUser } from "../../../app/session/SessionProvider";
import { RecordCard, RecordCardList, useRecordCards } from "../../../app/ui/RecordCards";
import { AccountsPageDocument } from "./documents";
import { accountCsvColumns } from "./accounts-csv";
import { ConnectionCsvExportButton } from "../../../app/csv/useConnectionCsvExport";
import { CursorPagination, useCursorPages } from "../../../app/ui/CursorPagination";

const PAGE_SIZE = 25;
const TITLE = "Accounts";

const numeric = { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" } as const;
/** Columns a tablet can do without (the account page has them). */
const wideOnly = { display: { xs: "none", md: "table-cell" } } as const;

/**
 * The customer companies the viewer works with — those with a deal or opportunity in their scope —
 * by name, with their open pipeline; the search (name or domain) is in the URL.
 */
export function AccountsListPage() {
  const user = useSignedInUser();
  const showPartner = overseesPartners(user.role);
  const canRegister = can(user.role, "deal:register");
  const portalBase = usePortalBase();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get("q") ?? "");
  const deferredSearch = useDeferredValue(search.trim());
  const pages = useCursorPages(deferredSearch);

  const { data, previousData, loading, error, refetch } = useQuery(AccountsPageDocument, {
    variables: { search: deferredSearch || null, first: PAGE_SIZE, after: pages.after },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: "cache-and-network",
  });
  const shown = data ?? previousData;
  const accounts = shown?.accounts.edges.map((edge) => edge.node) ?? [];
  const totalCount = shown?.accounts.totalCount ?? 0;
  const cards = useRecordCards();
  const columns = showPartner ? 5 : 4;

  function onSearch(value: string) {
    setSearch(value);
    const next = new URLSearchParams(params);
    if (value.trim()) next.set("q", value);
    else next.delete("q");
    setParams(next, { replace: true });
  }

  const empty = (
    <EmptyAccounts
      search={deferredSearch}
      registerPath={canRegister ? `${portalBase}/deals/new` : undefined}
    />
  );
  const pagination = shown && totalCount > PAGE_SIZE && (
    <CursorPagination
      pages={pages}
      pageInfo={shown.accounts.pageInfo}
      totalCount={totalCount}
      pageSize={PAGE_SIZE}
      loading={loading}
    />
  );

  return (
    <>
      <PageHeader
        title={TITLE}
        subtitle={
          shown
            ? `${formatCount(totalCount, "account")}${deferredSearch ? " found" : ""}`
            : "The customers you work with"
        }
        actions={
          <>
            <TextField
              size="small"
              placeholder="Name or web domain"
              value={search}
              onChange={(e) => onSearch(e.target.value)}
              sx={{ width: { xs: "100%", sm: 300 } }}
              slotProps={{
                htmlInput: { "aria-label": "Search accounts" },
                input: {
                  startAdornment: (
                    <InputAdornment position="start">
                      <SearchRounded fontSize="small" />
                    </InputAdornment>
                  ),
                },
              }}
            />
            {totalCount > 0 && (
              <ConnectionCsvExportButton
                query={AccountsPageDocument}
                variables={{ search: deferredSearch || null }}
                connection={(page) => page.accounts}
                columns={accountCsvColumns(showPartner)}
                fileName="accounts"
              />
            )}
          </>
        }
      />
      {error && !shown ? (
        <RetryAlert onRetry={() => void refetch()}>{errorMessage(error)}</RetryAlert>
      ) : cards ? (
        <>
          {loading && !shown ? (
            <Skeleton variant="rounded" height={320} />
          ) : accounts.length === 0 ? (
            <Paper variant="outlined">{empty}</Paper>
          ) : (
            <Box sx={{ opacity: loading ? 0.6 : 1, transition: "opacity .2s" }}>
              <RecordCardList label={TITLE}>
                {accounts.map((account) => (
                  <RecordCard
                    key={account.id}
                    to={accountPath(portalBase, account.id)}
                    title={account.name}
                    subtitle={account.domain ?? undefined}
                    fields={[
                      { label: "Open pipeline", value: formatAmount(account.openAmount) },
                      showPartner
                        ? { label: "Partner", value: account.partner.name }
                        : { label: "Industry", value: account.industry ?? "—" },
                    ]}
                  />
                ))}
              </RecordCardList>
            </Box>
          )}
          {pagination}
        </>
      ) : (
        <Paper variant="outlined">
          <TableContainer>
            <Table aria-label={TITLE}>
              <TableHead>
                <TableRow>
                  <TableCell>Account</TableCell>
                  <TableCell sx={wideOnly}>Web domain</TableCell>
                  <TableCell sx={showPartner ? wideOnly : undefined}>Industry</TableCell>
                  {showPartner && <TableCell>Partner</TableCell>}
                  <TableCell align="right">Open pipeline</TableCell>
                </TableRow>
              </TableHead>
              <TableBody sx={{ opacity: loading && shown ? 0.6 : 1, transition: "opacity .2s" }}>
                {loading && !shown
                  ? [0, 1, 2, 3, 4].map((row) => (
                      <TableRow key={row}>
                        <TableCell colSpan={columns}>
                          <Skeleton />
                        </TableCell>
                      </TableRow>
                    ))
                  : accounts.map((account) => {
                      const to = accountPath(portalBase, account.id);
                      return (
                        <TableRow
                          key={account.id}
                          hover
                          onClick={() => navigate(to)}
                          sx={{ cursor: "pointer" }}
                        >
                          <TableCell sx={{ maxWidth: { xs: 220, lg: 360 } }}>
                            <Link
                              component={RouterLink}
                              to={to}
                              onClick={(e) => e.stopPropagation()}
                              sx={{ fontWeight: 600, display: "block" }}
                              noWrap
                            >
                              {account.name}
                            </Link>
                          </TableCell>
                          <TableCell sx={{ ...wideOnly, color: "text.secondary" }}>
                            {account.domain ?? "—"}
                          </TableCell>
                          <TableCell sx={showPartner ? wideOnly : undefined}>
                            {account.industry ?? "—"}
                          </TableCell>
                          {showPartner && <TableCell>{account.partner.name}</TableCell>}
                          <TableCell align="right" sx={numeric}>
                            {formatAmount(account.openAmount)}
                          </TableCell>
                        </TableRow>
                      );
                    })}
                {shown && accounts.length === 0 && (
                  <TableRow>
                    <TableCell colSpan={columns}>{empty}</TableCell>
                  </TableRow>
                )}
              </TableBody>
            </Table>
          </TableContainer>
          {pagination}
        </Paper>
      )}
    </>
  );
}

function EmptyAccounts({ search, registerPath }: { search: string; registerPath?: string }) {
  return (
    <Box sx={{ py: 5, px: 2, textAlign: "center" }}>
      <Typography sx={{ fontWeight: 600 }}>
        {search ? `No account matches “${search}”` : "No accounts yet"}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 0.5, mb: registerPath && !search ? 2 : 0 }}>
        {search
          ? "Try part of the company's name or its web domain."
          : "A customer becomes an account here once one of your deal registrations for it is approved."}
      </Typography>
      {registerPath && !search && (
        <Button
          variant="contained"
          startIcon={<AddRounded />}
          component={RouterLink}
          to={registerPath}
        >
          Register a deal
        </Button>
      )}
    </Box>
  );
}
