import type { EntityManager } from "typeorm";

export interface NewNotification {
  /** A user, or `{ channelManagerOf: partnerId }` for whoever manages that partner (if anyone). */
  to: { userId: string } | { channelManagerOf: string };
  type: string;
  title: string;
  body?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  /** Defaults to now; the expiry job passes its own clock. */
  createdAt?: Date;
}

/** Writes in-app notifications through `tx`, in the same transaction as what they announce. */
export async function sendNotifications(
  tx: EntityManager,
  notifications: readonly NewNotification[],
): Promise<void> {
  if (notifications.length === 0) return;
  await tx.query(
    `INSERT INTO notifications (user_id, type, title, body, entity_type, entity_id, created_at)
     SELECT coalesce(n.user_id, o.channel_manager_id), n.type, n.title, n.body, n.entity_type,
            n.entity_id, coalesce(n.created_at, now())
       FROM jsonb_to_recordset($1::jsonb) AS n(user_id uuid, partner_id uuid, type varchar,
            title varchar, body text, entity_type varchar, entity_id uuid, created_at timestamptz)
       LEFT JOIN organizations o ON o.id = n.partner_id
      WHERE coalesce(n.user_id, o.channel_manager_id) IS NOT NULL`,
    [
      JSON.stringify(
        notifications.map((n) => ({
          user_id: "userId" in n.to ? n.to.userId : null,
          partner_id: "channelManagerOf" in n.to ? n.to.channelManagerOf : null,
          type: n.type,
          title: n.title,
          body: n.body ?? null,
          entity_type: n.entityType ?? null,
          entity_id: n.entityId ?? null,
          created_at: n.createdAt?.toISOString() ?? null,
        })),
      ),
    ],
  );
}
