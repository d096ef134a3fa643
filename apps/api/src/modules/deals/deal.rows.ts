import { formatDealNumber, type DealStatus } from "@prm/domain";
import type { EntityManager } from "typeorm";
import type { Viewer } from "../../auth/viewer";
import { visibleDealsSql } from "./deal.scope";
import type { DealType } from "./deal.types";
import { SqlParams } from "../../common/sql-params";
import { isUuid } from "../../common/uuid";

/** A `deals` row as DEAL_COLUMNS selects it. */
export interface DealRow {
  id: string;
  number: number;
  status: DealStatus;
  customer_name: string;
  customer_domain: string;
  contact_name: string | null;
  contact_email: string | null;
  estimated_amount: string;
  expected_close_date: string;
  products: string[];
  description: string | null;
  territory_id: string | null;
  partner_id: string;
  owner_id: string;
  submitted_at: Date | null;
  decided_at: Date | null;
  decided_by_id: string | null;
  decision_note: string | null;
  override_reason: string | null;
  protection_expires_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** Every query that returns deals selects these, from `deals d`. */
export const DEAL_COLUMNS = `d.id, d.number, d.status, d.customer_name, d.customer_domain,
  d.contact_name, d.contact_email, d.estimated_amount::text AS estimated_amount,
  to_char(d.expected_close_date, 'YYYY-MM-DD') AS expected_close_date, d.products, d.description,
  d.territory_id, d.partner_id, d.owner_id, d.submitted_at, d.decided_at, d.decided_by_id,
  d.decision_note, d.override_reason, d.protection_expires_at, d.created_at, d.updated_at`;

export function toDealType(row: DealRow): DealType {
  return {
    id: row.id,
    number: formatDealNumber(row.number),
    status: row.status,
    customerName: row.customer_name,
    customerDomain: row.customer_domain,
    contactName: row.contact_name,
    contactEmail: row.contact_email,
    estimatedAmount: row.estimated_amount,
    expectedCloseDate: row.expected_close_date,
    products: row.products,
    description: row.description,
    submittedAt: row.submitted_at,
    decidedAt: row.decided_at,
    decisionNote: row.decision_note,
    protectionExpiresAt: row.protection_expires_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    partnerId: row.partner_id,
    ownerId: row.owner_id,
    decidedById: row.decided_by_id,
    territoryId: row.territory_id,
    storedOverrideReason: row.override_reason,
  };
}

/** Statement parameters that also know the viewer's deal scope. */
export class DealSqlParams extends SqlParams {
  /** The viewer's deal scope over `deals` aliased `alias`, its parameters appended here. */
  visibleDeals(viewer: Viewer, alias = "d"): string {
    return this.scope((first) => visibleDealsSql(viewer, alias, first));
  }
}

/** One deal by id within the viewer's scope, or null (also for ids that are not UUIDs). */
export async function findVisibleDeal(
  db: EntityManager,
  viewer: Viewer,
  id: string,
): Promise<DealRow | null> {
  if (!isUuid(id)) return null;
  const params = new DealSqlParams();
  const rows: DealRow[] = await db.query(
    `SELECT ${DEAL_COLUMNS} FROM deals d WHERE d.id = ${params.bind(id)}::uuid AND ${params.visibleDeals(viewer)}`,
    params.values,
  );
  return rows[0] ?? null;
}

/** Deals by id, NOT scoped: only for following a reference from a row the viewer may read. */
export async function loadDealsByIds(
  db: EntityManager,
  ids: readonly string[],
): Promise<(DealType | null)[]> {
  const rows: DealRow[] = await db.query(
    `SELECT ${DEAL_COLUMNS} FROM deals d WHERE d.id = ANY($1::uuid[])`,
    [ids],
  );
  const byId = new Map(rows.map((row) => [row.id, toDealType(row)]));
  return ids.map((id) => byId.get(id) ?? null);
}
