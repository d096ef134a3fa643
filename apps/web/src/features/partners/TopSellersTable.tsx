import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableContainer from "@mui/material/TableContainer";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { formatPercent } from "../../app/format/percent";
import type { PartnerPageQuery } from "../../gql/graphql";
import { AttainmentBar } from "../../app/ui/AttainmentBar";
import { formatAmount } from "../../app/format/money";

type SellerRow = PartnerPageQuery["partner"]["topSellers"][number];

const numeric = { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" } as const;

/** The partner's best sellers in the period, by won amount. */
export function TopSellersTable({
  sellers,
  periodLabel,
}: {
  sellers: readonly SellerRow[];
  periodLabel: string;
}) {
  if (sellers.length === 0) {
    return (
      <Typography color="text.secondary" sx={{ py: 3, textAlign: "center" }}>
        No sellers at this partner yet.
      </Typography>
    );
  }
  return (
    <TableContainer>
      <Table size="small" aria-label="Top sellers">
        <TableHead sx={{ "& .MuiTableCell-head": { whiteSpace: "nowrap" } }}>
          <TableRow>
            <TableCell sx={{ pl: 0 }}>Seller</TableCell>
            <TableCell align="right">Won</TableCell>
            <TableCell align="right">Open</TableCell>
            <TableCell align="right">Win rate</TableCell>
            <TableCell sx={{ pr: 0, minWidth: 120 }}>Attainment</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {sellers.map((row) => (
            <TableRow key={row.seller.id}>
              <TableCell sx={{ pl: 0, maxWidth: 0, width: "40%", minWidth: 150 }}>
                <Typography variant="body2" noWrap title={row.seller.name} sx={{ fontWeight: 600 }}>
                  {row.seller.name}
                </Typography>
                <Typography
                  variant="caption"
                  color="text.secondary"
                  noWrap
                  component="p"
                  title={row.seller.email}
                >
                  {row.seller.email}
                </Typography>
              </TableCell>
              <TableCell align="right" sx={numeric}>
                {formatAmount(row.wonAmount)}
                <Typography variant="caption" color="text.secondary" component="p">
                  {row.wonCount} won
                </Typography>
              </TableCell>
              <TableCell align="right" sx={numeric}>
                {formatAmount(row.openAmount)}
              </TableCell>
              <TableCell align="right" sx={numeric}>
                {formatPercent(row.winRate)}
              </TableCell>
              <TableCell sx={{ pr: 0 }}>
                <AttainmentBar attainment={row.quotaAttainment} />
                {row.quotaAmount !== null && (
                  <Typography variant="caption" color="text.secondary" component="p">
                    of {formatAmount(row.quotaAmount)}
                  </Typography>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ pt: 1 }}>
        Top {sellers.length} by won amount {periodLabel}.
      </Typography>
    </TableContainer>
  );
}
