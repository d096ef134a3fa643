import { In, type EntityManager } from "typeorm";
import type { DealEventAction, DealStatus } from "@prm/domain";
import { AuditEvent } from "../audit/audit-event.entity";
import type { DealEvent } from "./deal.types";

/** Each deal's audit trail, oldest first, batched. Only reached from a deal the viewer can read. */
export async function loadDealHistory(
  db: EntityManager,
  dealIds: readonly string[],
): Promise<DealEvent[][]> {
  const events = await db.getRepository(AuditEvent).find({
    where: { entityType: "deal", entityId: In([...dealIds]) },
    order: { createdAt: "ASC", id: "ASC" },
  });
  const byDeal = new Map<string, DealEvent[]>(dealIds.map((id) => [id, []]));
  for (const e of events) {
    byDeal.get(e.entityId)?.push({
      id: e.id,
      action: e.action as DealEventAction,
      fromStatus: e.fromStatus as DealStatus | null,
      toStatus: e.toStatus as DealStatus | null,
      note: e.note,
      createdAt: e.createdAt,
      actorId: e.actorId,
    });
  }
  return dealIds.map((id) => byDeal.get(id) ?? []);
}
