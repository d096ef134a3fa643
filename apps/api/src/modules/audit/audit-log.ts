import type { EntityManager } from "typeorm";

export interface AuditEntry {
  partnerId: string | null;
  /** Null for the system. */
  actorId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  note?: string | null;
  data?: Record<string, unknown> | null;
}

/**
 * Appends to the audit trail through `tx`, so the entry commits or rolls back with the change.
 * clock_timestamp(), not now(), plus a microsecond per position: events of one transaction
 * (create, then submit) keep their order even when written by one statement.
 */
export async function recordAudit(
  tx: EntityManager,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  await tx.query(
    `INSERT INTO audit_events
       (partner_id, actor_id, entity_type, entity_id, action, from_status, to_status, note, data, created_at)
     SELECT e.partner_id, e.actor_id, e.entity_type, e.entity_id, e.action, e.from_status, e.to_status,
            e.note, e.data, clock_timestamp() + e.seq * interval '1 microsecond'
       FROM jsonb_to_recordset($1::jsonb) AS e(partner_id uuid, actor_id uuid, entity_type varchar,
            entity_id uuid, action varchar, from_status varchar, to_status varchar, note text, data jsonb, seq int)`,
    [
      JSON.stringify(
        entries.map((e, seq) => ({
          seq,
          partner_id: e.partnerId,
          actor_id: e.actorId,
          entity_type: e.entityType,
          entity_id: e.entityId,
          action: e.action,
          from_status: e.fromStatus ?? null,
          to_status: e.toStatus ?? null,
          note: e.note ?? null,
          data: e.data ?? null,
        })),
      ),
    ],
  );
}
