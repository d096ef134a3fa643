import Box from "@mui/material/Box";
import Chip from "@mui/material/Chip";
import Typography from "@mui/material/Typography";
import { formatDate, formatDateTime, relativeTime } from "../../app/format/dates";
import type { OperatorRowFragment } from "../../gql/graphql";

/** How many territories a row names before "+N more" (all of them on hover). */
const TERRITORIES_SHOWN = 2;

/** When they last signed in, or where their invitation stands if they never accepted it. */
export function LastSignIn({
  user,
}: {
  user: Pick<OperatorRowFragment, "lastSignInAt" | "pendingInvitation">;
}) {
  const invitation = user.pendingInvitation;
  if (invitation) {
    return (
      <Box component="span" sx={{ display: "block" }}>
        <Typography variant="inherit" component="span" title={formatDateTime(invitation.sentAt)}>
          Invited {relativeTime(invitation.sentAt)}
        </Typography>
        <Typography
          variant="caption"
          color="text.secondary"
          component="span"
          sx={{ display: "block" }}
        >
          {invitation.expired
            ? "Link no longer works"
            : `Link works until ${formatDate(invitation.expiresAt)}`}
        </Typography>
      </Box>
    );
  }
  if (!user.lastSignInAt) {
    return (
      <Typography variant="inherit" component="span" color="text.secondary">
        Never
      </Typography>
    );
  }
  return (
    <Typography variant="inherit" component="span" title={formatDateTime(user.lastSignInAt)}>
      {relativeTime(user.lastSignInAt)}
    </Typography>
  );
}

/** A person's territories as chips, the first few, then how many more. */
export function TerritoryList({
  territories,
}: {
  territories: readonly { id: string; name: string; path: string }[];
}) {
  if (territories.length === 0) {
    return (
      <Typography variant="body2" component="span" color="text.secondary">
        —
      </Typography>
    );
  }
  const more = territories.length - TERRITORIES_SHOWN;
  return (
    <Box
      component="span"
      title={territories.map((t) => t.path).join("\n")}
      sx={{ display: "flex", flexWrap: "wrap", gap: 0.5, alignItems: "center" }}
    >
      {territories.slice(0, TERRITORIES_SHOWN).map((t) => (
        <Chip
          key={t.id}
          component="span"
          size="small"
          label={t.name}
          sx={{ maxWidth: 160, fontWeight: 500 }}
        />
      ))}
      {more > 0 && (
        <Typography variant="caption" component="span" color="text.secondary">
          +{more} more
        </Typography>
      )}
    </Box>
  );
}
