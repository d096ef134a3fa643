import SearchRounded from "@mui/icons-material/SearchRounded";
import Link from "@mui/material/Link";
import InputAdornment from "@mui/material/InputAdornment";
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
import { useQuery } from "@apollo/client/react";
import { useDeferredValue, useState } from "react";
import { formatCount } from "../../app/format/count";
import { errorMessage } from "../../app/graphql-errors";
import { PageHeader } from "../../app/layout/PageHeader";
import { PartnersPageDocument } from "./document";
import { ConnectionCsvExportButton } from "../../app/csv/useConnectionCsvExport";
import { PARTNER_CSV_COLUMNS } from "./partners-csv";
import { RetryAlert } from "../../app/layout/RetryAlert";
import { Link as RouterLink } from "react-router";
import { partnerPagePath, usePartnersPath } from "../../app/routing/section-paths";
import { RecordCard, RecordCardList, useRecordCards } from "../../app/ui/RecordCards";
import { TierChip } from "../../app/ui/TierChip";
import { CursorPagination, useCursorPages } from "../../app/ui/CursorPagination";

const PAGE_SIZE = 25;

/**
 * The partner organizations in the viewer's scope (assigned partners, or all for an admin),
 * searched and paged on the server, so every one of thousands is reachable.
 */
export function PartnersPage() {
  const partnersPath = usePartnersPath();
  const [search, setSearch] = useState("");
  const deferredSearch = useDeferredValue(search.trim());
  const pages = useCursorPages(deferredSearch);
  const {
    data: fresh,
    previousData,
    loading,
    error,
    refetch,
  } = useQuery(PartnersPageDocument, {
    variables: { search: deferredSearch || null, first: PAGE_SIZE, after: pages.after },
    notifyOnNetworkStatusChange: true,
  });
  // The page shown stays until the next one arrives, so paging does not flash a skeleton.
  const data = fresh ?? previousData;
  const partners = data?.partners.edges.map((edge) => edge.node) ?? [];
  const pagination = data && data.partners.totalCount > PAGE_SIZE && (
    <CursorPagination
      pages={pages}
      pageInfo={data.partners.pageInfo}
      totalCount={data.partners.totalCount}
      pageSize={PAGE_SIZE}
      loading={loading}
    />
  );
  const cards = useRecordCards();
  const noneFound = deferredSearch ? `No partner matches “${deferredSearch}”.` : "No partners yet.";

  return (
    <>
      <PageHeader
        title="Partners"
        subtitle={data ? formatCount(data.partners.totalCount, "partner organization") : undefined}
        actions={
          <>
            <TextField
              size="small"
              placeholder="Search partners"
              value={search}
              sx={{ width: { xs: "100%", sm: 300 } }}
              onChange={(e) => setSearch(e.target.value)}
              slotProps={{
                htmlInput: { "aria-label": "Search partners" },
                input: {
                  startAdornment: (
                    <InputAdornment position="start">
                      <SearchRounded fontSize="small" />
                    </InputAdornment>
                  ),
                },
              }}
            />
            {data && data.partners.totalCount > 0 && (
              <ConnectionCsvExportButton
                query={PartnersPageDocument}
                variables={{ search: deferredSearch || null }}
                connection={(page) => page.partners}
                columns={PARTNER_CSV_COLUMNS}
                fileName="partners"
              />
            )}
          </>
        }
      />
      {error && !data ? (
        <RetryAlert onRetry={() => void refetch()}>{errorMessage(error)}</RetryAlert>
      ) : cards ? (
        loading && !data ? (
          <Skeleton variant="rounded" height={160} />
        ) : partners.length === 0 ? (
          <Typography color="text.secondary" sx={{ py: 3, textAlign: "center" }}>
            {noneFound}
          </Typography>
        ) : (
          <>
            <RecordCardList label="Partners">
              {partners.map((partner) => (
                <RecordCard
                  key={partner.id}
                  to={partnerPagePath(partnersPath, partner.id)}
                  title={partner.name}
                  aside={<TierChip tier={partner.tier} />}
                  fields={[
                    {
                      label: "Channel manager",
                      value: partner.channelManager?.name ?? "Not assigned",
                    },
                  ]}
                />
              ))}
            </RecordCardList>
            {pagination}
          </>
        )
      ) : (
        <Paper variant="outlined">
          <TableContainer>
            <Table aria-label="Partners">
              <TableHead>
                <TableRow>
                  <TableCell>Partner</TableCell>
                  <TableCell>Tier</TableCell>
                  <TableCell>Channel manager</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {loading && !data
                  ? [0, 1, 2, 3].map((row) => (
                      <TableRow key={row}>
                        <TableCell colSpan={3}>
                          <Skeleton />
                        </TableCell>
                      </TableRow>
                    ))
                  : partners.map((partner) => (
                      <TableRow key={partner.id} hover>
                        <TableCell sx={{ fontWeight: 600 }}>
                          <Link
                            component={RouterLink}
                            to={partnerPagePath(partnersPath, partner.id)}
                            color="inherit"
                          >
                            {partner.name}
                          </Link>
                        </TableCell>
                        <TableCell>
                          {partner.tier ? <TierChip tier={partner.tier} /> : "—"}
                        </TableCell>
                        <TableCell>{partner.channelManager?.name ?? "Not assigned"}</TableCell>
                      </TableRow>
                    ))}
                {data && partners.length === 0 && (
                  <TableRow>
                    <TableCell colSpan={3}>
                      <Typography color="text.secondary" sx={{ py: 3, textAlign: "center" }}>
                        {noneFound}
                      </Typography>
                    </TableCell>
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
