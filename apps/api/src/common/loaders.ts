import DataLoader from "dataloader";
import { In, type EntityManager } from "typeorm";
import { findConflictsOfDeals } from "../modules/deals/deal-conflicts";
import { loadDealHistory } from "../modules/deals/deal-history";
import { loadDealsByIds } from "../modules/deals/deal.rows";
import { loadOpportunitiesByDeal } from "../modules/opportunities/opportunity.service";
import { Organization } from "../modules/organizations/organization.entity";
import { Territory } from "../modules/territories/territory.entity";
import { User } from "../modules/users/user.entity";

/**
 * Per-request batch loaders by id. They are NOT scoped: use them only to follow a reference
 * from a row the viewer may already read (a user's organization, a deal's owner, …).
 */
export function createLoaders(db: EntityManager) {
  return {
    organization: byId(db, Organization),
    user: byId(db, User),
    territory: byId(db, Territory),
    deal: new DataLoader((ids: readonly string[]) => loadDealsByIds(db, ids)),
    dealHistory: new DataLoader((ids: readonly string[]) => loadDealHistory(db, ids)),
    /** Other partners' claims on each deal's customer: for the vendor side only. */
    dealConflicts: new DataLoader((ids: readonly string[]) => findConflictsOfDeals(db, ids)),
    opportunityByDeal: new DataLoader((ids: readonly string[]) => loadOpportunitiesByDeal(db, ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

function byId<T extends { id: string }>(db: EntityManager, entity: new () => T) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await db.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const byKey = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byKey.get(id) ?? null);
  });
}
