import { useQuery } from "@apollo/client/react";
import Box from "@mui/material/Box";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Link from "@mui/material/Link";
import Typography from "@mui/material/Typography";
import { Link as RouterLink } from "react-router";
import { errorMessage } from "../../app/graphql-errors";
import { useDealsPath } from "../../app/routing/section-paths";
import { formatAmount } from "../../app/format/money";
import { DEFAULT_WIDGET_LIMIT, type WidgetViewProps } from "../../app/widget-contract/types";
import { WidgetEmpty, WidgetError, WidgetLoading } from "../../app/widget-contract/WidgetStates";
import { DealsAwaitingApprovalDocument } from "./document";
import { QueueTime } from "../../app/ui/QueueTime";

/**
 * A soft shadow at the bottom edge while more rows are below (it scrolls away at the end): the
 * classic "local vs scroll background" trick, in the theme's colors.
 */
const SCROLL_SHADOW = {
  background: [
    "linear-gradient(rgba(0,0,0,0), var(--mui-palette-background-paper) 70%) 0 100% / 100% 40px",
    "radial-gradient(farthest-side at 50% 100%, rgba(0,0,0,0.14), rgba(0,0,0,0)) 0 100% / 100% 14px",
  ].join(", "),
  backgroundRepeat: "no-repeat",
  backgroundAttachment: "local, scroll",
} as const;

const numeric = { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" } as const;
/** On a phone the amount moves under the customer, so the row fits without sideways scrolling. */
const amountColumn = { display: { xs: "none", sm: "table-cell" } } as const;

/** Submitted registrations waiting for a decision, oldest first, with SLA flags. */
export default function DealsAwaitingApprovalWidget({ settings }: WidgetViewProps) {
  const limit = settings.limit ?? DEFAULT_WIDGET_LIMIT;
  const dealsPath = useDealsPath();
  const { data, loading, error, refetch } = useQuery(DealsAwaitingApprovalDocument, {
    variables: { limit },
    notifyOnNetworkStatusChange: true,
  });

  if (loading && !data) return <WidgetLoading />;
  if (error && !data) {
    return <WidgetError message={errorMessage(error)} onRetry={() => void refetch()} />;
  }
  const deals = data?.deals.edges.map((edge) => edge.node) ?? [];
  const totalCount = data?.deals.totalCount ?? 0;
  if (deals.length === 0) {
    return (
      <WidgetEmpty
        title="Nothing waiting for approval"
        hint="New registrations from your partners will appear here."
      />
    );
  }
  const overSla = deals.filter((deal) => deal.overSla).length;

  return (
    <Box sx={{ height: "100%", display: "flex", flexDirection: "column", minHeight: 0 }}>
      {/* Focusable so keyboard users can scroll a long queue. */}
      <Box tabIndex={0} sx={{ overflow: "auto", flexGrow: 1, minHeight: 0, ...SCROLL_SHADOW }}>
        <Table size="small" stickyHeader aria-label="Deal registrations awaiting approval">
          <TableHead sx={{ "& .MuiTableCell-head": { bgcolor: "background.paper" } }}>
            <TableRow>
              <TableCell sx={{ pl: 0 }}>Customer and partner</TableCell>
              <TableCell align="right" sx={amountColumn}>
                Amount
              </TableCell>
              <TableCell align="right" sx={{ pr: 0 }} title="Business time since submission">
                Waiting
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {deals.map((deal) => (
              <TableRow key={deal.id} hover>
                <TableCell sx={{ pl: 0, maxWidth: 0, width: "100%" }}>
                  <Typography variant="body2" noWrap sx={{ fontWeight: 600 }}>
                    <Link component={RouterLink} to={`${dealsPath}/${deal.id}`} color="inherit">
                      {deal.customerName}
                    </Link>
                  </Typography>
                  <Typography variant="caption" color="text.secondary" noWrap component="p">
                    <Box component="span" sx={{ display: { sm: "none" } }}>
                      {formatAmount(deal.estimatedAmount)} ·{" "}
                    </Box>
                    {deal.number} · {deal.partner.name} · {deal.owner.name}
                  </Typography>
                </TableCell>
                <TableCell align="right" sx={{ ...numeric, ...amountColumn }}>
                  {formatAmount(deal.estimatedAmount)}
                </TableCell>
                <TableCell align="right" sx={{ ...numeric, pr: 0 }}>
                  <QueueTime hours={deal.timeInQueueHours} overSla={deal.overSla} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      <Typography variant="caption" color="text.secondary" sx={{ pt: 1 }}>
        Oldest {deals.length} of {totalCount} waiting
        {overSla > 0 && ` · ${overSla} over the approval SLA`}
      </Typography>
    </Box>
  );
}
