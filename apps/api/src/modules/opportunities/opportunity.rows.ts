import type { LossReason, OpportunityStage } from "@prm/domain";
import type { EntityManager } from "typeorm";
import type { Viewer } from "../../auth/viewer";
import { SqlParams } from "../../common/sql-params";
import { isUuid } from "../../common/uuid";
import { visibleOpportunitiesSql } from "./opportunity.scope";
import { OpportunityType } from "./opportunity.types";

/** An `opportunities` row as OPPORTUNITY_COLUMNS selects it. */
export interface OpportunityRow {
  id: string;
  deal_id: string | null;
  partner_id: string;
  owner_id: string;
  account_id: string | null;
  name: string;
  amount: string;
  stage: OpportunityStage;
  probability: number;
  expected_close_date: string;
  closed_at: Date | null;
  loss_reason: LossReason | null;
  loss_note: string | null;
  next_step: string | null;
  last_activity_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** Every query that returns opportunities selects these, from `opportunities` aliased `alias`. */
export const opportunityColumns = (o = "o") =>
  `${o}.id, ${o}.deal_id, ${o}.partner_id, ${o}.owner_id, ${o}.account_id, ${o}.name,
  ${o}.amount::text AS amount, ${o}.stage, ${o}.probability,
  to_char(${o}.expected_close_date, 'YYYY-MM-DD') AS expected_close_date, ${o}.closed_at,
  ${o}.loss_reason, ${o}.loss_note, ${o}.next_step, ${o}.last_activity_at, ${o}.version,
  ${o}.created_at, ${o}.updated_at`;

export const OPPORTUNITY_COLUMNS = opportunityColumns();

export function toOpportunityType(row: OpportunityRow): OpportunityType {
  return Object.assign(new OpportunityType(), {
    id: row.id,
    name: row.name,
    stage: row.stage,
    amount: row.amount,
    probability: row.probability,
    expectedCloseDate: row.expected_close_date,
    closedAt: row.closed_at,
    lossReason: row.loss_reason,
    lossNote: row.loss_note,
    nextStep: row.next_step,
    lastActivityAt: row.last_activity_at,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    partnerId: row.partner_id,
    ownerId: row.owner_id,
    dealId: row.deal_id,
    accountId: row.account_id,
  });
}

/** Statement parameters that also know the viewer's opportunity scope. */
export class OpportunitySqlParams extends SqlParams {
  /** The viewer's opportunity scope over `opportunities` aliased `alias`, its parameters appended. */
  visibleOpportunities(viewer: Viewer, alias = "o"): string {
    return this.scope((first) => visibleOpportunitiesSql(viewer, alias, first));
  }
}

/**
 * One opportunity by id within the viewer's scope, or null (also for ids that are not UUIDs).
 * With `forUpdate`, the row stays locked until the transaction `db` belongs to ends.
 */
export async function findVisibleOpportunity(
  db: EntityManager,
  viewer: Viewer,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<OpportunityRow | null> {
  if (!isUuid(id)) return null;
  const params = new OpportunitySqlParams();
  const rows: OpportunityRow[] = await db.query(
    `SELECT ${OPPORTUNITY_COLUMNS} FROM opportunities o
      WHERE o.id = ${params.bind(id)}::uuid AND ${params.visibleOpportunities(viewer)}
      ${options.forUpdate ? "FOR UPDATE OF o" : ""}`,
    params.values,
  );
  return rows[0] ?? null;
}
