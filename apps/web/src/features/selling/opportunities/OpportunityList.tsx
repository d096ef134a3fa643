import Box from "@mui/material/Box";
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
import type { ReactNode } from "react";
import { Link as RouterLink, useNavigate } from "react-router";
import { formatDate, relativeTime } from "../../../app/format/dates";
import { formatAmount } from "../../../app/format/money";
import { opportunityPath, usePortalBase } from "../../../app/routing/record-paths";
import { RecordCard, RecordCardList, useRecordCards } from "../../../app/ui/RecordCards";
import type { OpportunityRowFragment } from "../../../gql/graphql";
import { OpportunityStageChip } from "../accounts";
import { closeLabel, isCloseDatePast } from "./opportunity-format";
import { CursorPagination, type CursorPages } from "../../../app/ui/CursorPagination";

export const PAGE_SIZE = 25;

const numeric = { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" } as const;
/** Columns a tablet can do without (the opportunity page has them all). */
const wideOnly = { display: { xs: "none", md: "table-cell" } } as const;
/** Columns only a wide screen has room for beside a partner column. */
const widestOnly = { display: { xs: "none", xl: "table-cell" } } as const;

/** The opportunities of one page: a table, or cards on a phone; `empty` when there are none. */
export function OpportunityList({
  label,
  rows,
  totalCount,
  loading,
  loaded,
  showOwner,
  showPartner,
  pages,
  pageInfo,
  empty,
}: {
  label: string;
  rows: readonly OpportunityRowFragment[];
  totalCount: number;
  loading: boolean;
  /** False until the first answer. */
  loaded: boolean;
  showOwner: boolean;
  showPartner: boolean;
  pages: CursorPages;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null } | undefined;
  empty: ReactNode;
}) {
  const portalBase = usePortalBase();
  const navigate = useNavigate();
  const cards = useRecordCards();
  const columns = 5 + (showOwner || showPartner ? 1 : 0) + 1;
  // The vendor side sees partner and owner in one column (as in the approvals queue).
  const extraWide = showPartner ? widestOnly : wideOnly;

  const pagination = loaded && totalCount > 0 && (
    <CursorPagination
      pages={pages}
      pageInfo={pageInfo}
      totalCount={totalCount}
      pageSize={PAGE_SIZE}
      loading={loading}
    />
  );

  if (cards) {
    return (
      <>
        {!loaded ? (
          <Skeleton variant="rounded" height={320} />
        ) : rows.length === 0 ? (
          <Paper variant="outlined">{empty}</Paper>
        ) : (
          <Box sx={{ opacity: loading ? 0.6 : 1, transition: "opacity .2s" }}>
            <RecordCardList label={label}>
              {rows.map((o) => (
                <RecordCard
                  key={o.id}
                  to={opportunityPath(portalBase, o.id)}
                  title={o.name}
                  subtitle={[o.account?.name, showPartner ? o.partner.name : null]
                    .filter(Boolean)
                    .join(" · ")}
                  aside={<OpportunityStageChip stage={o.stage} />}
                  fields={[
                    { label: "Amount", value: formatAmount(o.amount) },
                    { label: "Weighted", value: formatAmount(o.weightedAmount) },
                    { label: "Close", value: closeLabel(o).replace(/^Closes /, "") },
                    showOwner
                      ? { label: "Owner", value: o.owner.name }
                      : {
                          label: "Last activity",
                          value: o.lastActivityAt ? relativeTime(o.lastActivityAt) : "None yet",
                        },
                  ]}
                />
              ))}
            </RecordCardList>
          </Box>
        )}
        {pagination}
      </>
    );
  }

  return (
    <Paper variant="outlined">
      <TableContainer>
        <Table aria-label={label}>
          <TableHead>
            <TableRow>
              <TableCell>Opportunity</TableCell>
              <TableCell>Stage</TableCell>
              <TableCell align="right">Amount</TableCell>
              <TableCell align="right" sx={extraWide}>
                Weighted
              </TableCell>
              <TableCell>Close date</TableCell>
              {showPartner ? (
                <TableCell>Partner and owner</TableCell>
              ) : (
                showOwner && <TableCell sx={wideOnly}>Owner</TableCell>
              )}
              <TableCell sx={extraWide}>Last activity</TableCell>
            </TableRow>
          </TableHead>
          <TableBody sx={{ opacity: loading && loaded ? 0.6 : 1, transition: "opacity .2s" }}>
            {!loaded
              ? [0, 1, 2, 3, 4].map((row) => (
                  <TableRow key={row}>
                    <TableCell colSpan={columns}>
                      <Skeleton />
                    </TableCell>
                  </TableRow>
                ))
              : rows.map((o) => {
                  const href = opportunityPath(portalBase, o.id);
                  const late = isCloseDatePast(o);
                  return (
                    <TableRow
                      key={o.id}
                      hover
                      onClick={() => navigate(href)}
                      sx={{ cursor: "pointer" }}
                    >
                      <TableCell sx={{ maxWidth: { xs: 220, lg: 320 } }}>
                        <Link
                          component={RouterLink}
                          to={href}
                          onClick={(e) => e.stopPropagation()}
                          sx={{ fontWeight: 600, display: "block" }}
                          noWrap
                        >
                          {o.name}
                        </Link>
                        <Typography variant="caption" color="text.secondary" noWrap component="p">
                          {[o.account?.name, o.deal?.number].filter(Boolean).join(" · ") || "—"}
                        </Typography>
                      </TableCell>
                      <TableCell>
                        <OpportunityStageChip stage={o.stage} />
                      </TableCell>
                      <TableCell align="right" sx={numeric}>
                        {formatAmount(o.amount)}
                      </TableCell>
                      <TableCell align="right" sx={{ ...numeric, ...extraWide }}>
                        <Typography variant="body2" color="text.secondary" component="span">
                          {formatAmount(o.weightedAmount)}
                        </Typography>
                      </TableCell>
                      <TableCell sx={numeric}>
                        <Typography
                          variant="body2"
                          component="span"
                          color={late ? "error" : undefined}
                          sx={{ fontWeight: late ? 600 : undefined }}
                        >
                          {o.closedAt ? formatDate(o.closedAt) : formatDate(o.expectedCloseDate)}
                        </Typography>
                        {o.closedAt && (
                          <Typography variant="caption" color="text.secondary" component="p">
                            {o.stage === "CLOSED_WON" ? "Won" : "Lost"}
                          </Typography>
                        )}
                        {late && (
                          <Typography variant="caption" color="error" component="p">
                            Past expected close
                          </Typography>
                        )}
                      </TableCell>
                      {showPartner ? (
                        <TableCell sx={{ maxWidth: { xs: 170, lg: 240 } }}>
                          <Typography variant="body2" noWrap>
                            {o.partner.name}
                          </Typography>
                          <Typography variant="caption" color="text.secondary" noWrap component="p">
                            {o.owner.name}
                          </Typography>
                        </TableCell>
                      ) : (
                        showOwner && (
                          <TableCell sx={{ whiteSpace: "nowrap", ...wideOnly }}>
                            {o.owner.name}
                          </TableCell>
                        )
                      )}
                      <TableCell sx={{ whiteSpace: "nowrap", ...extraWide }}>
                        {o.lastActivityAt ? (
                          <span title={formatDate(o.lastActivityAt)}>
                            {relativeTime(o.lastActivityAt)}
                          </span>
                        ) : (
                          <Typography variant="body2" color="text.secondary" component="span">
                            None yet
                          </Typography>
                        )}
                      </TableCell>
                    </TableRow>
                  );
                })}
            {loaded && rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={columns}>{empty}</TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      {pagination}
    </Paper>
  );
}
