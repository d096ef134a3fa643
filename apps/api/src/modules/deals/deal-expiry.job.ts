import { dealNotificationTitle, EXPIRING_SOON_DAYS, type DealNotificationType } from "@prm/domain";
import type { DataSource, EntityManager } from "typeorm";
import { systemTransaction } from "../../database/principal";
import { recordAudit } from "../audit/audit-log";
import { sendNotifications } from "../notifications/notification-outbox";

const BATCH_SIZE = 500;
const DAY_MS = 24 * 60 * 60 * 1000;

interface ExpiringRow {
  id: string;
  number: number;
  customer_name: string;
  partner_id: string;
  owner_id: string;
}

/**
 * Expires approved deals whose protection lapsed without their opportunity being won, and tells
 * owners once when protection lapses within EXPIRING_SOON_DAYS. Returns how many deals expired.
 *
 * Runs as the system (principal.ts). Safe on any number of replicas at once: each batch is one conditional UPDATE over rows locked
 * with SKIP LOCKED, so a deal expires (with one audit event and one notification) exactly once;
 * the "expiring soon" pass holds a transaction-level advisory lock so it never notifies twice.
 */
export async function expireDeals(dataSource: DataSource, now: Date = new Date()): Promise<number> {
  let expired = 0;
  for (;;) {
    const batch = await systemTransaction(dataSource, (tx) => expireBatch(tx, now));
    expired += batch;
    if (batch < BATCH_SIZE) break;
  }
  await systemTransaction(dataSource, (tx) => warnExpiringSoon(tx, now));
  return expired;
}

async function expireBatch(tx: EntityManager, now: Date): Promise<number> {
  const rows: ExpiringRow[] = await tx.query(
    `WITH expired AS (
       UPDATE deals d SET status = 'EXPIRED', version = d.version + 1, updated_at = now()
      WHERE d.id IN (
        SELECT c.id FROM deals c
         WHERE c.status = 'APPROVED' AND c.protection_expires_at <= $1
           AND NOT EXISTS (SELECT 1 FROM opportunities o WHERE o.deal_id = c.id AND o.stage = 'CLOSED_WON')
         ORDER BY c.protection_expires_at
         LIMIT ${BATCH_SIZE}
         FOR UPDATE SKIP LOCKED)
        AND d.status = 'APPROVED'
      RETURNING d.id, d.number, d.customer_name, d.partner_id, d.owner_id)
     SELECT * FROM expired`,
    [now.toISOString()],
  );
  await recordAudit(
    tx,
    rows.map((row) => ({
      partnerId: row.partner_id,
      actorId: null,
      entityType: "deal",
      entityId: row.id,
      action: "EXPIRE",
      fromStatus: "APPROVED",
      toStatus: "EXPIRED",
      note: "The protection period ended without the opportunity being won.",
    })),
  );
  await notifyOwners(tx, rows, "DEAL_EXPIRED", now);
  return rows.length;
}

async function warnExpiringSoon(tx: EntityManager, now: Date): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('prm:deal-expiring-soon'))`);
  // "Once" per protection period: an extension moves the window, so it may warn again.
  const rows: ExpiringRow[] = await tx.query(
    `SELECT d.id, d.number, d.customer_name, d.partner_id, d.owner_id FROM deals d
      WHERE d.status = 'APPROVED' AND d.protection_expires_at > $1 AND d.protection_expires_at <= $2
        AND NOT EXISTS (
          SELECT 1 FROM notifications n
           WHERE n.entity_type = 'deal' AND n.entity_id = d.id AND n.type = 'DEAL_EXPIRING_SOON'
             AND n.created_at >= d.protection_expires_at - make_interval(days => $3))`,
    [
      now.toISOString(),
      new Date(now.getTime() + EXPIRING_SOON_DAYS * DAY_MS).toISOString(),
      EXPIRING_SOON_DAYS,
    ],
  );
  await notifyOwners(tx, rows, "DEAL_EXPIRING_SOON", now);
}

function notifyOwners(
  tx: EntityManager,
  rows: readonly ExpiringRow[],
  type: DealNotificationType,
  now: Date,
): Promise<void> {
  return sendNotifications(
    tx,
    rows.map((row) => ({
      to: { userId: row.owner_id },
      type,
      title: dealNotificationTitle(type, row.number, row.customer_name),
      entityType: "deal",
      entityId: row.id,
      createdAt: now,
    })),
  );
}
