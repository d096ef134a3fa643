import Link from "@mui/material/Link";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { Link as RouterLink } from "react-router";
import { formatDate } from "../../app/format/dates";
import type { PartnerPageQuery } from "../../gql/graphql";
import { formatAmount } from "../../app/format/money";
import { DealStatusChip } from "../../app/ui/DealStatusChip";
import { RecordCard, RecordCardList, useRecordCards } from "../../app/ui/RecordCards";
import { useDealsPath } from "../../app/routing/section-paths";

type DealRow = PartnerPageQuery["partner"]["recentDeals"][number];

const nowrap = { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" } as const;

/** The partner's latest deal registrations, each opening its review page. */
export function RecentDealsTable({ deals }: { deals: readonly DealRow[] }) {
  const dealsPath = useDealsPath();
  const cards = useRecordCards();
  if (deals.length === 0) {
    return (
      <Typography color="text.secondary" sx={{ py: 3, textAlign: "center" }}>
        This partner has not registered any deals yet.
      </Typography>
    );
  }
  if (cards) {
    return (
      <RecordCardList label="Recent deal registrations">
        {deals.map((deal) => (
          <RecordCard
            key={deal.id}
            to={`${dealsPath}/${deal.id}`}
            title={deal.customerName}
            subtitle={deal.number}
            aside={<DealStatusChip status={deal.status} />}
            fields={[
              { label: "Amount", value: formatAmount(deal.estimatedAmount) },
              { label: "Expected close", value: formatDate(deal.expectedCloseDate) },
            ]}
          />
        ))}
      </RecordCardList>
    );
  }
  return (
    <TableContainer>
      <Table size="small" aria-label="Recent deal registrations">
        <TableHead>
          <TableRow>
            <TableCell sx={{ pl: 0 }}>Deal</TableCell>
            <TableCell>Customer</TableCell>
            <TableCell>Status</TableCell>
            <TableCell align="right">Amount</TableCell>
            <TableCell>Expected close</TableCell>
            <TableCell sx={{ pr: 0 }}>Created</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {deals.map((deal) => (
            <TableRow key={deal.id} hover>
              <TableCell sx={{ pl: 0, ...nowrap }}>
                <Link
                  component={RouterLink}
                  to={`${dealsPath}/${deal.id}`}
                  sx={{ fontWeight: 600 }}
                >
                  {deal.number}
                </Link>
              </TableCell>
              <TableCell>{deal.customerName}</TableCell>
              <TableCell>
                <DealStatusChip status={deal.status} />
              </TableCell>
              <TableCell align="right" sx={nowrap}>
                {formatAmount(deal.estimatedAmount)}
              </TableCell>
              <TableCell sx={nowrap}>{formatDate(deal.expectedCloseDate)}</TableCell>
              <TableCell sx={{ pr: 0, ...nowrap }}>{formatDate(deal.createdAt)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
