import { useQuery } from "@apollo/client/react";
import Box from "@mui/material/Box";
import Button from "@mui/material/Button";
import Link from "@mui/material/Link";
import Table from "@mui/material/Table";
import TableBody from "@mui/material/TableBody";
import TableCell from "@mui/material/TableCell";
import TableHead from "@mui/material/TableHead";
import TableRow from "@mui/material/TableRow";
import Typography from "@mui/material/Typography";
import { formatMoney, sumMoney, toCents } from "@prm/domain";
import { Link as RouterLink } from "react-router";
import { formatCount } from "../../app/format/count";
import { formatAmount } from "../../app/format/money";
import { useTerritoriesPath } from "../../app/routing/section-paths";
import { WidgetEmpty, widgetQueryFallback } from "../../app/widget-contract/WidgetStates";
import type { TerritoriesSummaryWidgetQuery } from "../../gql/graphql";
import { TerritoriesSummaryDocument } from "./document";

type Territory = TerritoriesSummaryWidgetQuery["territories"][number];

const numeric = { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" } as const;
/** On a phone the count moves under the name, so the name keeps its room. */
const countColumn = { display: { xs: "none", sm: "table-cell" } } as const;

/** Largest open pipeline first, then by name. */
function byOpenPipeline(a: Territory, b: Territory): number {
  const difference = toCents(b.openPipeline) - toCents(a.openPipeline);
  return difference !== 0n ? (difference > 0n ? 1 : -1) : a.name.localeCompare(b.name);
}

/**
 * The open pipeline of each top-level territory (its sub-territories included, any expected
 * close date), largest first, each with a bar against the largest.
 */
export default function TerritoriesSummaryWidget() {
  const territoriesPath = useTerritoriesPath();
  const query = useQuery(TerritoriesSummaryDocument, { notifyOnNetworkStatusChange: true });
  const fallback = widgetQueryFallback(query);
  if (fallback) return fallback;
  const topLevel = query.data!.territories.filter((t) => t.parentId == null).sort(byOpenPipeline);
  if (topLevel.length === 0) {
    return (
      <WidgetEmpty
        title="No territories yet"
        hint="Divide your market into territories to see the pipeline of each."
        action={
          <Button component={RouterLink} to={territoriesPath} size="small" variant="outlined">
            Set up territories
          </Button>
        }
      />
    );
  }
  const largest = Number(topLevel[0]!.openPipeline);
  const total = sumMoney(topLevel.map((t) => t.openPipeline));
  const opportunities = topLevel.reduce((sum, t) => sum + t.openOpportunityCount, 0);

  return (
    <Box sx={{ height: "100%", display: "flex", flexDirection: "column", minHeight: 0 }}>
      <Box sx={{ display: "flex", alignItems: "baseline", gap: 1.5, flexWrap: "wrap", pb: 1 }}>
        <Typography component="p" sx={{ fontSize: 26, fontWeight: 700, lineHeight: 1.2 }}>
          {formatMoney(total, { compact: true })}
        </Typography>
        <Typography color="text.secondary">
          open in {formatCount(opportunities, "opportunity", "opportunities")} across{" "}
          {formatCount(topLevel.length, "territory", "territories")}
        </Typography>
      </Box>
      {/* Focusable so keyboard users can scroll a long list. */}
      <Box tabIndex={0} sx={{ overflow: "auto", flexGrow: 1, minHeight: 0 }}>
        <Table size="small" stickyHeader aria-label="Open pipeline by top-level territory">
          <TableHead sx={{ "& .MuiTableCell-head": { bgcolor: "background.paper" } }}>
            <TableRow>
              <TableCell sx={{ pl: 0 }}>Territory</TableCell>
              <TableCell align="right">Open pipeline</TableCell>
              <TableCell align="right" sx={{ ...countColumn, pr: 0 }}>
                Opportunities
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {topLevel.map((territory) => {
              const share = largest > 0 ? Number(territory.openPipeline) / largest : 0;
              return (
                <TableRow key={territory.id} hover>
                  <TableCell sx={{ pl: 0, maxWidth: 0, width: { xs: "60%", sm: "30%" } }}>
                    <Typography variant="body2" noWrap sx={{ fontWeight: 600 }}>
                      <Link component={RouterLink} to={territoriesPath} color="inherit">
                        {territory.name}
                      </Link>
                    </Typography>
                    <Typography
                      variant="caption"
                      color="text.secondary"
                      component="p"
                      noWrap
                      sx={{ display: { sm: "none" } }}
                    >
                      {formatCount(
                        territory.openOpportunityCount,
                        "open opportunity",
                        "open opportunities",
                      )}
                    </Typography>
                  </TableCell>
                  <TableCell
                    align="right"
                    sx={{ width: { xs: "40%", sm: "55%" }, pr: { xs: 0, sm: 2 } }}
                  >
                    <Box sx={{ display: "flex", alignItems: "center", gap: 1.5 }}>
                      <Box
                        aria-hidden
                        sx={{
                          flexGrow: 1,
                          height: 10,
                          borderRadius: 1,
                          bgcolor: "action.hover",
                          overflow: "hidden",
                          display: { xs: "none", sm: "block" },
                        }}
                      >
                        <Box
                          sx={{
                            height: "100%",
                            width: `${(share * 100).toFixed(1)}%`,
                            bgcolor: "primary.main",
                            borderRadius: 1,
                          }}
                        />
                      </Box>
                      <Box component="span" sx={{ ...numeric, minWidth: 72, ml: "auto" }}>
                        {formatAmount(territory.openPipeline)}
                      </Box>
                    </Box>
                  </TableCell>
                  <TableCell align="right" sx={{ ...numeric, ...countColumn, pr: 0 }}>
                    {territory.openOpportunityCount.toLocaleString("en-US")}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
}
