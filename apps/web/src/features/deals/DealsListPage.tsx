import { useQuery } from "@apollo/client/react";
import AddRounded from "@mui/icons-material/AddRounded";
import SearchRounded from "@mui/icons-material/SearchRounded";
import Alert from "@mui/material/Alert";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Chip from "@mui/material/Chip";
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
import { DEAL_STATUS_LABELS, DEAL_STATUSES, isDealStatus, type DealStatus } from "@prm/domain";
import { useDeferredValue, useState } from "react";
import { Link as RouterLink, useNavigate, useSearchParams } from "react-router";
import { ConnectionCsvExportButton } from "../../app/csv/useConnectionCsvExport";
import { formatCount } from "../../app/format/count";
import { formatDate } from "../../app/format/dates";
import { errorMessage } from "../../app/graphql-errors";
import { RetryAlert } from "../../app/layout/RetryAlert";
import { formatAmount } from "../../app/format/money";
import { QueueTime } from "../../app/ui/QueueTime";
import { PageHeader } from "../../app/layout/PageHeader";
import { CursorPagination, useCursorPages } from "../../app/ui/CursorPagination";
import { DealStatusChip } from "../../app/ui/DealStatusChip";
import { RecordCard, RecordCardList, useRecordCards } from "../../app/ui/RecordCards";
import { useDealsPath } from "../../app/routing/section-paths";
import { useFlash } from "./flash";
import { DealsPageDocument } from "./documents";
import { dealCsvColumns } from "./deals-csv";

const PAGE_SIZE = 20;

export type DealsListMode = "partner" | "approvals";

const numeric = { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" } as const;
/** Columns a tablet can do without (the deal page has them all). */
const wideOnly = { display: { xs: "none", md: "table-cell" } } as const;

/**
 * Deal registrations in the viewer's scope. Partners see their registrations (newest first) and
 * register new ones; channel managers see the approval queue (submitted, oldest first, SLA flags)
 * and can switch to any other status.
 */
export function DealsListPage({ mode }: { mode: DealsListMode }) {
  const approvals = mode === "approvals";
  const dealsPath = useDealsPath();
  const navigate = useNavigate();
  const [flash, setFlash] = useFlash();
  const [params, setParams] = useSearchParams();
  const statusParam = params.get("status");
  const status: DealStatus | "ALL" = isDealStatus(statusParam)
    ? statusParam
    : approvals && statusParam !== "ALL"
      ? "SUBMITTED"
      : "ALL";
  const [search, setSearch] = useState(params.get("q") ?? "");
  const deferredSearch = useDeferredValue(search.trim());
  // A new status or search starts again from the first page.
  const filterKey = `${status}\u0000${deferredSearch}`;
  const pages = useCursorPages(filterKey);

  const queue = approvals && status === "SUBMITTED";
  const filter = { statuses: status === "ALL" ? null : [status], search: deferredSearch || null };
  const orderBy = queue ? "OLDEST_SUBMITTED" : "NEWEST";
  const { data, previousData, loading, error, refetch } = useQuery(DealsPageDocument, {
    variables: { filter, first: PAGE_SIZE, after: pages.after, orderBy },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: "cache-and-network",
  });
  const shown = data ?? previousData;
  const deals = shown?.deals.edges.map((edge) => edge.node) ?? [];
  const totalCount = shown?.deals.totalCount ?? 0;
  const cards = useRecordCards();

  function setStatus(next: DealStatus | "ALL") {
    const nextParams = new URLSearchParams(params);
    if ((approvals && next === "SUBMITTED") || (!approvals && next === "ALL")) {
      nextParams.delete("status");
    } else {
      nextParams.set("status", next);
    }
    setParams(nextParams, { replace: true });
  }

  function onSearch(value: string) {
    setSearch(value);
    const nextParams = new URLSearchParams(params);
    if (value.trim()) nextParams.set("q", value);
    else nextParams.delete("q");
    setParams(nextParams, { replace: true });
  }

  const statusChoices: (DealStatus | "ALL")[] = approvals
    ? ["SUBMITTED", "APPROVED", "RETURNED", "REJECTED", "ALL"]
    : ["ALL", ...DEAL_STATUSES];
  const columns = queue ? 6 : 7;
  const title = approvals ? "Approvals" : "Deal registrations";
  const subtitle = shown
    ? queue
      ? `${totalCount.toLocaleString("en-US")} waiting for your decision, oldest first`
      : formatCount(totalCount, "registration")
    : approvals
      ? "Your partners' registrations waiting for a decision"
      : "Customers you have claimed, and where each claim stands";

  const empty = (
    <EmptyDeals
      approvals={approvals}
      filtered={Boolean(deferredSearch) || status !== (approvals ? "SUBMITTED" : "ALL")}
      queue={queue}
      registerPath={`${dealsPath}/new`}
    />
  );
  const pagination = shown && totalCount > 0 && (
    <CursorPagination
      pages={pages}
      pageInfo={shown.deals.pageInfo}
      totalCount={totalCount}
      pageSize={PAGE_SIZE}
      loading={loading}
    />
  );

  return (
    <>
      <PageHeader
        title={title}
        subtitle={subtitle}
        actions={
          <>
            <TextField
              size="small"
              placeholder="Customer, domain or number"
              value={search}
              onChange={(e) => onSearch(e.target.value)}
              sx={{ width: { xs: "100%", sm: 300 } }}
              slotProps={{
                htmlInput: { "aria-label": "Search deals" },
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
                query={DealsPageDocument}
                variables={{ filter, orderBy }}
                connection={(page) => page.deals}
                columns={dealCsvColumns(approvals, queue)}
                fileName={approvals ? "approvals" : "deal-registrations"}
              />
            )}
            {!approvals && (
              <Button
                variant="contained"
                startIcon={<AddRounded />}
                component={RouterLink}
                to={`${dealsPath}/new`}
              >
                Register deal
              </Button>
            )}
          </>
        }
      />
      {flash && (
        <Alert
          severity={flash.severity}
          sx={{ mb: 2 }}
          role="status"
          onClose={() => setFlash(undefined)}
        >
          {flash.message}
        </Alert>
      )}
      <Box
        role="group"
        aria-label="Filter by status"
        sx={{ display: "flex", flexWrap: "wrap", gap: 1, mb: 2 }}
      >
        {statusChoices.map((choice) => {
          const selected = choice === status;
          return (
            <Chip
              key={choice}
              label={
                choice === "ALL"
                  ? "All"
                  : approvals && choice === "SUBMITTED"
                    ? "Waiting for decision"
                    : DEAL_STATUS_LABELS[choice]
              }
              color={selected ? "primary" : "default"}
              variant={selected ? "filled" : "outlined"}
              onClick={() => setStatus(choice)}
              aria-pressed={selected}
            />
          );
        })}
      </Box>
      {error && !shown ? (
        <RetryAlert onRetry={() => void refetch()}>{errorMessage(error)}</RetryAlert>
      ) : cards ? (
        <>
          {loading && !shown ? (
            <Skeleton variant="rounded" height={320} />
          ) : deals.length === 0 ? (
            <Paper variant="outlined">{empty}</Paper>
          ) : (
            <Box sx={{ opacity: loading ? 0.6 : 1, transition: "opacity .2s" }}>
              <RecordCardList label={title}>
                {deals.map((deal) => (
                  <RecordCard
                    key={deal.id}
                    to={`${dealsPath}/${deal.id}`}
                    title={deal.customerName}
                    subtitle={`${deal.number} · ${deal.customerDomain}`}
                    aside={queue ? undefined : <DealStatusChip status={deal.status} />}
                    fields={[
                      { label: "Amount", value: formatAmount(deal.estimatedAmount) },
                      { label: "Close date", value: formatDate(deal.expectedCloseDate) },
                      ...(approvals ? [{ label: "Partner", value: deal.partner.name }] : []),
                      { label: "Owner", value: deal.owner.name },
                      queue
                        ? {
                            label: "Waiting",
                            value: (
                              <QueueTime hours={deal.timeInQueueHours} overSla={deal.overSla} />
                            ),
                            wide: true,
                          }
                        : { label: "Submitted", value: formatDate(deal.submittedAt) },
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
            <Table aria-label={title}>
              <TableHead>
                <TableRow>
                  <TableCell>Number</TableCell>
                  <TableCell>Customer</TableCell>
                  {approvals && <TableCell>Partner and owner</TableCell>}
                  <TableCell align="right">Amount</TableCell>
                  <TableCell sx={approvals ? wideOnly : undefined}>Close date</TableCell>
                  {!queue && <TableCell>Status</TableCell>}
                  {!approvals && <TableCell sx={wideOnly}>Owner</TableCell>}
                  <TableCell sx={approvals ? undefined : wideOnly}>
                    {queue ? "Waiting" : "Submitted"}
                  </TableCell>
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
                  : deals.map((deal) => (
                      <TableRow
                        key={deal.id}
                        hover
                        onClick={() => navigate(`${dealsPath}/${deal.id}`)}
                        sx={{ cursor: "pointer" }}
                      >
                        <TableCell sx={numeric}>
                          <Link
                            component={RouterLink}
                            to={`${dealsPath}/${deal.id}`}
                            onClick={(e) => e.stopPropagation()}
                            sx={{ fontWeight: 600 }}
                          >
                            {deal.number}
                          </Link>
                        </TableCell>
                        <TableCell sx={{ maxWidth: { xs: 200, lg: 280 } }}>
                          <Typography variant="body2" noWrap sx={{ fontWeight: 600 }}>
                            {deal.customerName}
                          </Typography>
                          <Typography variant="caption" color="text.secondary" noWrap component="p">
                            {deal.customerDomain}
                          </Typography>
                        </TableCell>
                        {approvals && (
                          <TableCell sx={{ maxWidth: { xs: 170, lg: 240 } }}>
                            <Typography variant="body2" noWrap>
                              {deal.partner.name}
                            </Typography>
                            <Typography
                              variant="caption"
                              color="text.secondary"
                              noWrap
                              component="p"
                            >
                              {deal.owner.name}
                            </Typography>
                          </TableCell>
                        )}
                        <TableCell align="right" sx={numeric}>
                          {formatAmount(deal.estimatedAmount)}
                        </TableCell>
                        <TableCell sx={approvals ? { ...numeric, ...wideOnly } : numeric}>
                          {formatDate(deal.expectedCloseDate)}
                        </TableCell>
                        {!queue && (
                          <TableCell>
                            <DealStatusChip status={deal.status} />
                          </TableCell>
                        )}
                        {!approvals && (
                          <TableCell sx={{ whiteSpace: "nowrap", ...wideOnly }}>
                            {deal.owner.name}
                          </TableCell>
                        )}
                        <TableCell sx={approvals ? numeric : { ...numeric, ...wideOnly }}>
                          {queue ? (
                            <QueueTime hours={deal.timeInQueueHours} overSla={deal.overSla} />
                          ) : (
                            formatDate(deal.submittedAt)
                          )}
                        </TableCell>
                      </TableRow>
                    ))}
                {shown && deals.length === 0 && (
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

function EmptyDeals({
  approvals,
  filtered,
  queue,
  registerPath,
}: {
  approvals: boolean;
  filtered: boolean;
  queue: boolean;
  registerPath: string;
}) {
  return (
    <Box sx={{ py: 5, textAlign: "center" }}>
      <Typography sx={{ fontWeight: 600 }}>
        {queue && !filtered
          ? "Nothing is waiting for your decision"
          : filtered
            ? "No registration matches these filters"
            : "No deal registrations yet"}
      </Typography>
      <Typography color="text.secondary" sx={{ mt: 0.5, mb: approvals ? 0 : 2 }}>
        {approvals
          ? "New registrations from your partners appear here as soon as they are submitted."
          : filtered
            ? "Try another status or search."
            : "Register the customers you are working on, so nobody else claims them."}
      </Typography>
      {!approvals && !filtered && (
        <Button variant="contained" component={RouterLink} to={registerPath}>
          Register your first deal
        </Button>
      )}
    </Box>
  );
}
