import { NOTIFICATION_TITLE_MAX } from "@prm/domain";
import type { EntityManager } from "typeorm";
import { recordAudit } from "../audit/audit-log";
import { sendNotifications, type NewNotification } from "../notifications/notification-outbox";

/** A partner whose channel manager changed. */
export interface ChannelManagerChange {
  partnerId: string;
  partnerName: string;
  fromId: string | null;
  toId: string;
}

const fit = (text: string, room: number) =>
  text.length > room ? `${text.slice(0, room - 1)}…` : text;

const title = (partnerName: string, phrase: string) =>
  `${fit(partnerName, NOTIFICATION_TITLE_MAX - phrase.length - 1)} ${phrase}`;

/**
 * Writes, through `tx`, what each change of a partner's channel manager leaves behind: its audit
 * event (old → new, the partner's history) and a notification to both managers. Who sees the
 * partner follows from `organizations.channel_manager_id` alone (visiblePartnersSql): its
 * deals, approvals and figures move with the assignment.
 */
export async function recordChannelManagerChanges(
  tx: EntityManager,
  actorId: string,
  changes: readonly ChannelManagerChange[],
): Promise<void> {
  await recordAudit(
    tx,
    changes.map((change) => ({
      partnerId: change.partnerId,
      actorId,
      entityType: "organization",
      entityId: change.partnerId,
      action: "ASSIGN_CHANNEL_MANAGER",
      data: { fromChannelManagerId: change.fromId, toChannelManagerId: change.toId },
    })),
  );
  const notifications: NewNotification[] = changes.flatMap((change) => {
    const about = { entityType: "organization", entityId: change.partnerId };
    return [
      {
        to: { userId: change.toId },
        type: "PARTNER_ASSIGNED",
        title: title(change.partnerName, "is now one of your partners"),
        ...about,
      },
      ...(change.fromId && change.fromId !== change.toId
        ? [
            {
              to: { userId: change.fromId },
              type: "PARTNER_UNASSIGNED",
              title: title(change.partnerName, "was assigned to another channel manager"),
              ...about,
            },
          ]
        : []),
    ];
  });
  await sendNotifications(tx, notifications);
}
