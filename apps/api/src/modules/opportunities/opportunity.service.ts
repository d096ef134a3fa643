import type { Context } from "../../context";
import type { Viewer } from "../../auth/viewer";
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
