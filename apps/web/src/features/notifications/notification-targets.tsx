import AssignmentTurnedInOutlined from "@mui/icons-material/AssignmentTurnedInOutlined";
import HandshakeOutlined from "@mui/icons-material/HandshakeOutlined";
import NotificationsNoneOutlined from "@mui/icons-material/NotificationsNoneOutlined";
import SwapHorizRounded from "@mui/icons-material/SwapHorizRounded";
import TrendingUpOutlined from "@mui/icons-material/TrendingUpOutlined";
import type { ReactNode } from "react";
import { opportunityPath } from "../../app/routing/record-paths";
import { partnerPagePath } from "../../app/routing/section-paths";

export interface NotificationAbout {
  type: string;
  entityType?: string | null;
  entityId?: string | null;
}

/**
 * Where a notification leads in the viewer's portal, or null when there is nothing to open:
 * a deal or opportunity opens its page; a partner newly assigned to a channel manager opens the
 * partner, one taken away the partners they still have; records handed over from a departing
 * colleague (RECORDS_REASSIGNED, about that colleague) open the opportunities now theirs.
 */
export function notificationPath(
  notification: NotificationAbout,
  portalBase: string,
): string | null {
  const id = notification.entityId;
  switch (notification.entityType?.toLowerCase()) {
    case "deal":
      return id ? `${portalBase}/deals/${encodeURIComponent(id)}` : null;
    case "opportunity":
      return id ? opportunityPath(portalBase, id) : null;
    case "organization":
      if (notification.type === "PARTNER_UNASSIGNED" || !id) return `${portalBase}/partners`;
      return partnerPagePath(`${portalBase}/partners`, id);
    case "user":
      return notification.type === "RECORDS_REASSIGNED" ? `${portalBase}/opportunities` : null;
    default:
      return null;
  }
}

/** A small picture of what a notification is about, beside its title. */
export function notificationIcon(notification: NotificationAbout): ReactNode {
  const props = { fontSize: "small", color: "action" } as const;
  if (notification.type === "RECORDS_REASSIGNED") return <SwapHorizRounded {...props} />;
  switch (notification.entityType?.toLowerCase()) {
    case "deal":
      return <AssignmentTurnedInOutlined {...props} />;
    case "opportunity":
      return <TrendingUpOutlined {...props} />;
    case "organization":
      return <HandshakeOutlined {...props} />;
    default:
      return <NotificationsNoneOutlined {...props} />;
  }
}
