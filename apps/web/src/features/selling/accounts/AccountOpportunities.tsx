import Box from "@mui/material/Box";
import Link from "@mui/material/Link";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { isClosedStage } from "@prm/domain";
import { useId } from "react";
import { Link as RouterLink } from "react-router";
import { formatDate } from "../../../app/format/dates";
import { formatAmount } from "../../../app/format/money";
import { opportunityPath, usePortalBase } from "../../../app/routing/record-paths";
import type { AccountPageQuery } from "../../../gql/graphql";
import { OpportunityStageChip } from "./OpportunityStageChip";

type AccountOpportunity = NonNullable<AccountPageQuery["account"]>["opportunities"][number];

/** An account's opportunities in the viewer's scope, newest first, each a link to its page. */
export function AccountOpportunities({
  opportunities,
  viewerId,
}: {
  opportunities: readonly AccountOpportunity[];
  /** The owner is named when it is someone else. */
  viewerId: string;
}) {
  const portalBase = usePortalBase();
  const headingId = useId();
  return (
    <Paper variant="outlined" component="section" aria-labelledby={headingId}>
      <Box sx={{ px: { xs: 2, sm: 3 }, pt: { xs: 2, sm: 2.5 }, pb: 1 }}>
        <Typography id={headingId} variant="h3" component="h2">
          Opportunities
        </Typography>
      </Box>
      {opportunities.length === 0 ? (
        <Typography color="text.secondary" sx={{ px: { xs: 2, sm: 3 }, pb: 2.5 }}>
          No opportunities with this customer yet. One opens when a deal registration for it is
          approved.
        </Typography>
      ) : (
        <Box component="ul" aria-labelledby={headingId} sx={{ listStyle: "none", m: 0, p: 0 }}>
          {opportunities.map((opportunity) => {
            const closed = isClosedStage(opportunity.stage);
            return (
              <Box
                component="li"
                key={opportunity.id}
                sx={{
                  display: "flex",
                  alignItems: "center",
                  gap: 2,
                  px: { xs: 2, sm: 3 },
                  py: 1.5,
                  borderTop: 1,
                  borderColor: "divider",
                }}
              >
                <Box sx={{ minWidth: 0, flexGrow: 1 }}>
                  <Link
                    component={RouterLink}
                    to={opportunityPath(portalBase, opportunity.id)}
                    sx={{ fontWeight: 600, overflowWrap: "anywhere" }}
                  >
                    {opportunity.name}
                  </Link>
                  <Typography
                    variant="body2"
                    color="text.secondary"
                    component="p"
                    sx={{
                      display: "flex",
                      alignItems: "center",
                      flexWrap: "wrap",
                      gap: 1,
                      mt: 0.5,
                    }}
                  >
                    <OpportunityStageChip stage={opportunity.stage} />
                    <span>
                      {closed
                        ? `Closed ${formatDate(opportunity.closedAt)}`
                        : `Closes ${formatDate(opportunity.expectedCloseDate)}`}
                      {opportunity.owner.id !== viewerId && ` · ${opportunity.owner.name}`}
                    </span>
                  </Typography>
                </Box>
                <Typography
                  sx={{ fontWeight: 600, fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" }}
                >
                  {formatAmount(opportunity.amount)}
                </Typography>
              </Box>
            );
          })}
        </Box>
      )}
    </Paper>
  );
}
