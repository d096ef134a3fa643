import ArrowForwardRounded from "@mui/icons-material/ArrowForwardRounded";
import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { isClosedStage, STAGE_LABELS } from "@prm/domain";
import { useId } from "react";
import { formatDateTime } from "../../../app/format/dates";
import { formatAmount } from "../../../app/format/money";
import type { OpportunityDetailFragment } from "../../../gql/graphql";

type StageChange = OpportunityDetailFragment["stageHistory"][number];

function dotColor(change: StageChange): string {
  if (change.toStage === "CLOSED_WON") return "success.main";
  if (change.toStage === "CLOSED_LOST") return "error.main";
  if (change.fromStage && isClosedStage(change.fromStage)) return "warning.main";
  return "primary.main";
}

/** Every stage move, newest first: from → to, who and when, the amount then, a reopening's reason. */
export function StageHistory({ history }: { history: readonly StageChange[] }) {
  const headingId = useId();
  const changes = [...history].reverse();
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={headingId}
      sx={{ p: { xs: 2, sm: 3 } }}
    >
      <Typography id={headingId} variant="h3" component="h2" sx={{ mb: 2 }}>
        Stage history
      </Typography>
      <Box component="ol" aria-labelledby={headingId} sx={{ listStyle: "none", m: 0, p: 0 }}>
        {changes.map((change, index) => (
          <Box
            component="li"
            key={change.id}
            sx={{ display: "flex", gap: 1.5, pb: index === changes.length - 1 ? 0 : 2 }}
          >
            <Box sx={{ display: "flex", flexDirection: "column", alignItems: "center", pt: 0.75 }}>
              <Box
                aria-hidden
                sx={{ width: 10, height: 10, borderRadius: "50%", bgcolor: dotColor(change) }}
              />
              {index < changes.length - 1 && (
                <Box aria-hidden sx={{ width: 2, flexGrow: 1, bgcolor: "divider", mt: 0.5 }} />
              )}
            </Box>
            <Box sx={{ minWidth: 0 }}>
              <Typography
                variant="body2"
                sx={{
                  fontWeight: 600,
                  display: "flex",
                  alignItems: "center",
                  gap: 0.5,
                  flexWrap: "wrap",
                }}
              >
                {change.fromStage ? (
                  <>
                    {isClosedStage(change.fromStage) ? "Reopened: " : ""}
                    {STAGE_LABELS[change.fromStage]}
                    <ArrowForwardRounded
                      fontSize="inherit"
                      aria-label="to"
                      titleAccess="to"
                      sx={{ color: "text.secondary" }}
                    />
                    {STAGE_LABELS[change.toStage]}
                  </>
                ) : (
                  `Opened in ${STAGE_LABELS[change.toStage]}`
                )}
              </Typography>
              <Typography variant="caption" color="text.secondary" component="p">
                {formatDateTime(change.changedAt)}
                {" · "}
                {change.changedBy?.name ?? "Someone no longer here"} · at{" "}
                {formatAmount(change.amount)}
              </Typography>
              {change.reason && (
                <Typography variant="body2" sx={{ mt: 0.5, whiteSpace: "pre-wrap" }}>
                  {change.reason}
                </Typography>
              )}
            </Box>
          </Box>
        ))}
      </Box>
    </Paper>
  );
}
