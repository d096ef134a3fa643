import DataLoader from "dataloader";
import type { OpportunityStage } from "@prm/domain";
import type { EntityManager } from "typeorm";
import { perRequest } from "../../common/per-request";
import { OPPORTUNITY_COLUMNS, toOpportunityType, type OpportunityRow } from "./opportunity.rows";
import { OpportunityStageChangeType, type OpportunityType } from "./opportunity.types";

/** Opportunities by a key column, NOT scoped: only for following a reference from a readable row. */
async function loadOpportunitiesBy(
  db: EntityManager,
  column: "id" | "deal_id",
  keys: readonly string[],
): Promise<(OpportunityType | null)[]> {
  const rows: OpportunityRow[] = await db.query(
    `SELECT ${OPPORTUNITY_COLUMNS} FROM opportunities o WHERE o.${column} = ANY($1::uuid[])`,
    [keys],
  );
  const byKey = new Map(
    rows.map((row) => [column === "id" ? row.id : row.deal_id, toOpportunityType(row)]),
  );
  return keys.map((key) => byKey.get(key) ?? null);
}

interface StageChangeRow {
  id: string;
  opportunity_id: string;
  from_stage: OpportunityStage | null;
  to_stage: OpportunityStage;
  amount: string;
  changed_by_id: string | null;
  changed_at: Date;
  reason: string | null;
}

/** Each opportunity's stage history, oldest first (its first stage before any move), batched. */
async function loadStageHistory(
  db: EntityManager,
  opportunityIds: readonly string[],
): Promise<OpportunityStageChangeType[][]> {
  const rows: StageChangeRow[] = await db.query(
    `SELECT c.id, c.opportunity_id, c.from_stage, c.to_stage, c.amount::text AS amount,
            c.changed_by_id, c.changed_at, c.reason
       FROM opportunity_stage_changes c WHERE c.opportunity_id = ANY($1::uuid[])
      ORDER BY c.changed_at, c.from_stage IS NOT NULL, c.id`,
    [opportunityIds],
  );
  const byOpportunity = new Map<string, OpportunityStageChangeType[]>(
    opportunityIds.map((id) => [id, []]),
  );
  for (const row of rows) {
    byOpportunity.get(row.opportunity_id)?.push(
      Object.assign(new OpportunityStageChangeType(), {
        id: row.id,
        fromStage: row.from_stage,
        toStage: row.to_stage,
        amount: row.amount,
        changedAt: row.changed_at,
        reason: row.reason,
        changedById: row.changed_by_id,
      }),
    );
  }
  return opportunityIds.map((id) => byOpportunity.get(id) ?? []);
}

/** Per-request batch loaders that follow a reference to an opportunity the viewer may read. */
export const opportunityLoaders = perRequest(({ db }) => ({
  byId: new DataLoader((ids: readonly string[]) => loadOpportunitiesBy(db, "id", ids)),
  /** Each deal's opportunity (or null); only reached from a readable deal. */
  byDeal: new DataLoader((ids: readonly string[]) => loadOpportunitiesBy(db, "deal_id", ids)),
  stageHistory: new DataLoader((ids: readonly string[]) => loadStageHistory(db, ids)),
}));

/** Each deal's opportunity (or null), batched per request; only reached from a readable deal. */
export const opportunityByDealLoader = (request: Parameters<typeof opportunityLoaders>[0]) =>
  opportunityLoaders(request).byDeal;
