import type { ActivityType } from "@prm/domain";
import type { EntityManager } from "typeorm";
import type { Viewer } from "../../auth/viewer";
import { SqlParams } from "../../common/sql-params";
import { isUuid } from "../../common/uuid";
import { visibleActivitiesSql } from "./activity.scope";
import type { ActivityNode } from "./activity.types";

/** An `activities` row as ACTIVITY_COLUMNS selects it. */
export interface ActivityRow {
  id: string;
  partner_id: string;
  owner_id: string;
  type: ActivityType;
  subject: string;
  body: string | null;
  opportunity_id: string | null;
  account_id: string | null;
  contact_id: string | null;
  occurred_at: Date;
  due_at: Date | null;
  completed_at: Date | null;
  created_at: Date;
  updated_at: Date;
}

/** Every query that returns activities selects these, from `activities a`. */
export const ACTIVITY_COLUMNS = `a.id, a.partner_id, a.owner_id, a.type, a.subject, a.body,
  a.opportunity_id, a.account_id, a.contact_id, a.occurred_at, a.due_at, a.completed_at,
  a.created_at, a.updated_at`;

export function toActivityNode(row: ActivityRow): ActivityNode {
  return {
    id: row.id,
    type: row.type,
    subject: row.subject,
    body: row.body,
    occurredAt: row.occurred_at,
    dueAt: row.due_at,
    completedAt: row.completed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    ownerId: row.owner_id,
    opportunityId: row.opportunity_id,
    accountId: row.account_id,
    contactId: row.contact_id,
  };
}

/**
 * One activity by id within the viewer's scope, or null (also for ids that are not UUIDs). With
 * `lock`, its row stays locked until the transaction ends.
 */
export async function findVisibleActivity(
  db: EntityManager,
  viewer: Viewer,
  id: string,
  options: { lock?: boolean } = {},
): Promise<ActivityRow | null> {
  if (!isUuid(id)) return null;
  const params = new SqlParams();
  const rows: ActivityRow[] = await db.query(
    `SELECT ${ACTIVITY_COLUMNS} FROM activities a
      WHERE a.id = ${params.bind(id)}::uuid
        AND ${params.scope((first) => visibleActivitiesSql(viewer, "a", first))}
      ${options.lock ? "FOR UPDATE OF a" : ""}`,
    params.values,
  );
  return rows[0] ?? null;
}
