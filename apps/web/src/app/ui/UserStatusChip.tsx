import Chip, { type ChipProps } from "@mui/material/Chip";
import { formatDate } from "../format/dates";

/** Where a person's account stands, as `users` answers it. */
export interface UserStatusFields {
  active: boolean;
  pendingInvitation?: { expiresAt: string; expired: boolean } | null;
}

export type UserStatus = "ACTIVE" | "INVITED" | "INVITATION_EXPIRED" | "DEACTIVATED";

export function userStatus(user: UserStatusFields): UserStatus {
  if (!user.active) return "DEACTIVATED";
  if (user.pendingInvitation) {
    return user.pendingInvitation.expired ? "INVITATION_EXPIRED" : "INVITED";
  }
  return "ACTIVE";
}

export const USER_STATUS_LABELS: Readonly<Record<UserStatus, string>> = {
  ACTIVE: "Active",
  INVITED: "Invited",
  INVITATION_EXPIRED: "Invitation expired",
  DEACTIVATED: "Deactivated",
};

const COLORS: Readonly<Record<UserStatus, ChipProps["color"]>> = {
  ACTIVE: "success",
  INVITED: "primary",
  INVITATION_EXPIRED: "warning",
  DEACTIVATED: "default",
};

/** Active, invited (until when), invitation expired, or deactivated. */
export function UserStatusChip({ user }: { user: UserStatusFields }) {
  const status = userStatus(user);
  return (
    <Chip
      component="span"
      size="small"
      variant={status === "INVITATION_EXPIRED" ? "filled" : "outlined"}
      color={COLORS[status]}
      label={USER_STATUS_LABELS[status]}
      title={
        status === "INVITED" && user.pendingInvitation
          ? `The invitation link works until ${formatDate(user.pendingInvitation.expiresAt)}`
          : undefined
      }
      // The theme's orange is too light for text on white: dark text on light orange instead.
      sx={
        status === "INVITATION_EXPIRED"
          ? {
              fontWeight: 600,
              whiteSpace: "nowrap",
              bgcolor: "warning.light",
              color: "rgba(0, 0, 0, 0.87)",
            }
          : { fontWeight: 600, whiteSpace: "nowrap" }
      }
    />
  );
}
