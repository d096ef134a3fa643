import { useQuery } from "@apollo/client/react";
import Box from "@mui/material/Box";
import Link from "@mui/material/Link";
import Typography from "@mui/material/Typography";
import { Link as RouterLink } from "react-router";
import { formatCount, pluralNoun } from "../../app/format/count";
import { ROLE_NAMES } from "../../app/format/role-names";
import { useOperatorsPath } from "../../app/routing/section-paths";
import { VISUALLY_HIDDEN } from "../../app/ui/visually-hidden";
import { WidgetEmpty, widgetQueryFallback } from "../../app/widget-contract/WidgetStates";
import { OperatorsSummaryDocument } from "./document";

const tile = {
  display: "flex",
  flexDirection: "column",
  gap: 0.25,
  px: 1.25,
  py: 0.75,
  minWidth: 0,
  border: 1,
  borderColor: "divider",
  borderRadius: 1,
  color: "text.primary",
  "&:hover": { bgcolor: "action.hover" },
} as const;

/**
 * The organization's people at a glance: active users by role (each opening the Operators
 * section), then the invitations waiting to be accepted, those that expired, and the deactivated.
 * The Operators section keeps its filters on the page, not in the address: every figure opens it.
 */
export default function OperatorsSummaryWidget() {
  const operatorsPath = useOperatorsPath();
  const query = useQuery(OperatorsSummaryDocument, { notifyOnNetworkStatusChange: true });
  const fallback = widgetQueryFallback(query);
  if (fallback) return fallback;
  const summary = query.data!.operatorsSummary;
  const active = summary.activeByRole.reduce((sum, row) => sum + row.count, 0);
  const invited = summary.invitationsPending + summary.invitationsExpired;
  if (active + invited + summary.deactivated === 0) {
    return <WidgetEmpty title="Nobody here yet" hint="Invite your people from Operators." />;
  }

  return (
    <Box
      sx={{ height: "100%", display: "flex", flexDirection: "column", gap: 1.25, overflow: "auto" }}
    >
      <Box sx={{ display: "flex", alignItems: "baseline", gap: 1.5, flexWrap: "wrap" }}>
        <Typography component="p" sx={{ fontSize: 26, fontWeight: 700, lineHeight: 1.2 }}>
          {active.toLocaleString("en-US")}
        </Typography>
        <Typography color="text.secondary">{pluralNoun(active, "active user")}</Typography>
      </Box>
      <Box
        component="ul"
        aria-label="Active users by role"
        sx={{
          m: 0,
          p: 0,
          listStyle: "none",
          display: "grid",
          // One row of tiles down to a phone's width; a longer role list wraps.
          gridTemplateColumns: "repeat(auto-fit, minmax(88px, 1fr))",
          gap: 1,
        }}
      >
        {summary.activeByRole.map((row) => (
          <li key={row.role}>
            <Link component={RouterLink} to={operatorsPath} underline="none" sx={tile}>
              <Typography
                component="span"
                sx={{ fontSize: 20, fontWeight: 700, fontVariantNumeric: "tabular-nums" }}
              >
                {row.count.toLocaleString("en-US")}
              </Typography>
              <Typography
                component="span"
                variant="body2"
                color="text.secondary"
                sx={{ lineHeight: 1.25 }}
              >
                {ROLE_NAMES[row.role]}
              </Typography>
              {/* The name reads "5 Seller, active": the visible words first (WCAG 2.5.3). */}
              <Box component="span" sx={VISUALLY_HIDDEN}>
                , active
              </Box>
            </Link>
          </li>
        ))}
      </Box>
      <Typography variant="body2" color="text.secondary" component="p">
        <Link component={RouterLink} to={operatorsPath} sx={{ fontWeight: 600 }}>
          {formatCount(summary.invitationsPending, "invitation")} pending
        </Link>
        {summary.invitationsExpired > 0 && (
          <>
            {" · "}
            <Box component="span" sx={{ color: "text.primary", fontWeight: 600 }}>
              {summary.invitationsExpired.toLocaleString("en-US")} expired
            </Box>{" "}
            (each needs a new link)
          </>
        )}
        {" · "}
        {formatCount(summary.deactivated, "deactivated user")}
      </Typography>
    </Box>
  );
}
