import Box from "@mui/material/Box";
import Paper from "@mui/material/Paper";
import Typography from "@mui/material/Typography";
import { DEAL_STATUS_LABELS, isDealStatus } from "@prm/domain";
import { formatDateTime, relativeTime } from "../../app/format/dates";
import type { DealDetailFieldsFragment } from "../../gql/graphql";

type HistoryEvent = DealDetailFieldsFragment["history"][number];

const ACTION_LABELS: Readonly<Record<string, string>> = {
  CREATE: "Registered",
  REGISTER: "Registered",
  UPDATE: "Edited",
  SUBMIT: "Submitted for approval",
  RESUBMIT: "Resubmitted",
  APPROVE: "Approved",
  RETURN: "Returned for changes",
  REJECT: "Rejected",
  WITHDRAW: "Withdrawn",
  EXPIRE: "Protection expired",
  EXTEND_PROTECTION: "Protection extended",
};

const ACTION_COLORS: Readonly<Record<string, string>> = {
  APPROVE: "success.main",
  RETURN: "warning.main",
  REJECT: "error.main",
  EXTEND_PROTECTION: "info.main",
};

function rank(action: string): number {
  return action === "CREATE" ? 0 : action === "UPDATE" ? 1 : 2;
}

export function eventLabel(event: Pick<HistoryEvent, "action" | "toStatus">): string {
  const known = ACTION_LABELS[event.action.toUpperCase()];
  if (known) return known;
  if (event.toStatus && isDealStatus(event.toStatus)) return DEAL_STATUS_LABELS[event.toStatus];
  const words = event.action.toLowerCase().replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The deal's audit trail, oldest first: who did what, when, and their note. */
export function DealTimeline({ history }: { history: readonly HistoryEvent[] }) {
  // Oldest first; a registration submitted at once has both events at the same instant.
  const events = [...history].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || rank(a.action) - rank(b.action),
  );
  return (
    <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
      <Typography variant="h3" component="h2" sx={{ mb: 2 }}>
        Timeline
      </Typography>
      {events.length === 0 ? (
        <Typography color="text.secondary">Nothing has happened to this deal yet.</Typography>
      ) : (
        <Box component="ol" aria-label="Deal history" sx={{ listStyle: "none", m: 0, p: 0 }}>
          {events.map((event, index) => (
            <Box
              component="li"
              key={event.id}
              sx={{
                display: "flex",
                gap: 1.5,
                position: "relative",
                pb: index === events.length - 1 ? 0 : 2.5,
              }}
            >
              <Box
                sx={{ display: "flex", flexDirection: "column", alignItems: "center", pt: 0.75 }}
              >
                <Box
                  aria-hidden
                  sx={{
                    width: 10,
                    height: 10,
                    borderRadius: "50%",
                    bgcolor: ACTION_COLORS[event.action.toUpperCase()] ?? "primary.main",
                    flexShrink: 0,
                  }}
                />
                {index < events.length - 1 && (
                  <Box aria-hidden sx={{ width: 2, flexGrow: 1, bgcolor: "divider", mt: 0.5 }} />
                )}
              </Box>
              <Box sx={{ minWidth: 0 }}>
                <Typography variant="body2" sx={{ fontWeight: 600 }}>
                  {eventLabel(event)}
                </Typography>
                <Typography variant="caption" color="text.secondary" component="p">
                  {event.actor?.name ?? "PRM"} ·{" "}
                  <time dateTime={event.createdAt} title={formatDateTime(event.createdAt)}>
                    {relativeTime(event.createdAt)}
                  </time>
                </Typography>
                {event.note && (
                  <Typography
                    variant="body2"
                    sx={{
                      mt: 0.5,
                      whiteSpace: "pre-wrap",
                      borderLeft: 3,
                      borderColor: "divider",
                      pl: 1,
                    }}
                  >
                    {event.note}
                  </Typography>
                )}
              </Box>
            </Box>
          ))}
        </Box>
      )}
    </Paper>
  );
}
