import { In, type EntityManager } from "typeorm";
import type { Context, Viewer } from "../../context";
import { isUuid } from "../../common/uuid";
import { Opportunity } from "./opportunity.entity";
import { visibleOpportunitiesSql } from "./opportunity.scope";
import { OpportunityType } from "./opportunity.types";

export class OpportunityService {
  constructor(private readonly ctx: Context) {}

  /** One opportunity in the viewer's scope, or null. */
  async opportunity(viewer: Viewer, id: string): Promise<OpportunityType | null> {
    if (!isUuid(id)) return null;
    const scope = visibleOpportunitiesSql(viewer, "o", 2);
    const rows: { id: string }[] = await this.ctx.db.query(
      `SELECT o.id FROM opportunities o WHERE o.id = $1 AND ${scope.sql}`,
      [id, ...scope.params],
    );
    if (!rows[0]) return null;
    const opportunity = await this.ctx.db.getRepository(Opportunity).findOneBy({ id });
    return opportunity && OpportunityType.from(opportunity);
  }
}

/** Each deal's opportunity (or null), batched; only reached from a deal the viewer can read. */
export async function loadOpportunitiesByDeal(
  db: EntityManager,
  dealIds: readonly string[],
): Promise<(OpportunityType | null)[]> {
  const rows = await db.getRepository(Opportunity).findBy({ dealId: In([...dealIds]) });
  const byDeal = new Map(rows.map((o) => [o.dealId, OpportunityType.from(o)]));
  return dealIds.map((id) => byDeal.get(id) ?? null);
}
