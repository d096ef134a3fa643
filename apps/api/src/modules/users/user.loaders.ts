import DataLoader from "dataloader";
import type { Viewer } from "../../auth/viewer";
import { entityByIdLoader, perRequest, type RequestScope } from "../../common/per-request";
import { SqlParams } from "../../common/sql-params";
import { sqlIn } from "../../database/sql";
import { visibleDealsSql } from "../deals/deal.scope";
import { OPEN_STAGE_CONDITION } from "../metrics/metrics.sql";
import { visibleOpportunitiesSql } from "../opportunities/opportunity.scope";
import { User } from "./user.entity";
import { USER_COLUMNS, toUserType, type UserRow } from "./user.rows";
import { visibleUsersSql } from "./user.scope";
import { PendingInvitationType, UserType, UserWorkloadType } from "./user.types";

/** Users by id, per request; references only (not scoped). */
export const userLoader = perRequest(({ db }) => entityByIdLoader(db, User));

/** The user a readable row refers to (its owner, decider, manager …), or null. */
export async function referencedUser(
  request: RequestScope,
  id: string | null,
): Promise<UserType | null> {
  const user = id ? await userLoader(request).load(id) : null;
  return user && UserType.from(user);
}

type ViewerScope = RequestScope & { viewer: Viewer | null };

/** Deal registrations whose owner still has to act on them (or whose decision is awaited). */
export const PENDING_DEAL_STATUSES = ["DRAFT", "SUBMITTED", "RETURNED"] as const;

/**
 * Runs `sql` (which selects `u.id` and more from `users u` where `u.id = ANY(<ids>)` and the
 * viewer's scope hold) for a batch of ids; ids out of scope map to null.
 */
function scopedBatch<R extends { id: string }, T>(
  request: ViewerScope,
  query: (ids: string, scope: string, viewer: Viewer, params: SqlParams) => string,
  toValue: (row: R) => T,
) {
  return new DataLoader<string, T | null>(async (ids) => {
    const viewer = request.viewer;
    if (!viewer) return ids.map(() => null);
    const params = new SqlParams();
    const idsParam = `${params.bind([...ids])}::uuid[]`;
    const scope = params.scope((first) => visibleUsersSql(viewer, "u", first));
    const sql = query(idsParam, scope, viewer, params);
    const rows: R[] = await request.db.query(sql, params.values);
    const byId = new Map(rows.map((row) => [row.id, toValue(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

interface DetailsRow {
  id: string;
  last_login_at: Date | null;
  pending: boolean;
  invited_at: Date | null;
  invitation_expires_at: Date | null;
  invitation_open: boolean | null;
}

export interface UserDetails {
  lastSignInAt: Date | null;
  pendingInvitation: PendingInvitationType | null;
}

/**
 * What only those who may look the user up see (visibleUsersSql): their last sign-in and their
 * pending invitation (the latest invitation link of a user without a password).
 */
export const userDetailsLoader = perRequest((request: ViewerScope) =>
  scopedBatch<DetailsRow, UserDetails>(
    request,
    (ids, scope) =>
      `SELECT u.id, u.last_login_at, u.password_hash IS NULL AS pending,
              l.created_at AS invited_at, l.expires_at AS invitation_expires_at,
              l.used_at IS NULL AND l.revoked_at IS NULL AND l.expires_at > now() AS invitation_open
         FROM users u
         LEFT JOIN LATERAL (
           SELECT l.created_at, l.expires_at, l.used_at, l.revoked_at FROM one_time_links l
            WHERE l.user_id = u.id AND l.purpose = 'INVITATION'
            ORDER BY l.created_at DESC LIMIT 1) l ON u.password_hash IS NULL
        WHERE u.id = ANY(${ids}) AND ${scope}`,
    (row) => ({
      lastSignInAt: row.last_login_at,
      pendingInvitation:
        row.pending && row.invited_at && row.invitation_expires_at
          ? Object.assign(new PendingInvitationType(), {
              sentAt: row.invited_at,
              expiresAt: row.invitation_expires_at,
              expired: !row.invitation_open,
            })
          : null,
    }),
  ),
);

interface WorkloadRow {
  id: string;
  open_opportunities: number;
  pending_deals: number;
  assigned_partners: number;
}

/** What each user still owns (deactivateUser needs it taken over), for users in scope. */
export const userWorkloadLoader = perRequest((request: ViewerScope) =>
  scopedBatch<WorkloadRow, UserWorkloadType>(
    request,
    (ids, scope, viewer, params) =>
      `SELECT u.id, ${visibleWorkloadColumns(viewer, params)} FROM users u
        WHERE u.id = ANY(${ids}) AND ${scope}`,
    (row) =>
      Object.assign(new UserWorkloadType(), {
        openOpportunities: row.open_opportunities,
        pendingDeals: row.pending_deals,
        assignedPartners: row.assigned_partners,
      }),
  ),
);

/** A user's workload as columns over `users u` (see UserWorkloadType), counting `op` and `d`. */
function workloadColumns(opportunitiesInScope: string, dealsInScope: string): string {
  return `
  (SELECT count(*)::int FROM opportunities op
    WHERE op.owner_id = u.id AND ${OPEN_STAGE_CONDITION} AND ${opportunitiesInScope}) AS open_opportunities,
  (SELECT count(*)::int FROM deals d
    WHERE d.owner_id = u.id AND d.status IN (${sqlIn(PENDING_DEAL_STATUSES)})
      AND ${dealsInScope}) AS pending_deals,
  (SELECT count(*)::int FROM organizations p
    WHERE p.channel_manager_id = u.id) AS assigned_partners`;
}

/** Everything the user still owns: what must be handed over before deactivating them. */
export const WORKLOAD_COLUMNS = workloadColumns("TRUE", "TRUE");

/**
 * The workload as the viewer may count it: only records they could open (the vendor side never
 * counts a partner's drafts).
 */
function visibleWorkloadColumns(viewer: Viewer, params: SqlParams): string {
  return workloadColumns(
    params.scope((first) => visibleOpportunitiesSql(viewer, "op", first)),
    params.scope((first) => visibleDealsSql(viewer, "d", first)),
  );
}

/** The ids of each user's territories, for users in scope (none otherwise). */
export const userTerritoryIdsLoader = perRequest(
  (request: ViewerScope) =>
    new DataLoader<string, string[]>(async (ids) => {
      const viewer = request.viewer;
      if (!viewer) return ids.map(() => []);
      const params = new SqlParams();
      const idsParam = params.bind([...ids]);
      const scope = params.scope((first) => visibleUsersSql(viewer, "u", first));
      const rows: { user_id: string; territory_id: string }[] = await request.db.query(
        `SELECT ut.user_id, ut.territory_id FROM user_territories ut
           JOIN users u ON u.id = ut.user_id
          WHERE ut.user_id = ANY(${idsParam}::uuid[]) AND ${scope}`,
        params.values,
      );
      const byUser = new Map<string, string[]>();
      for (const row of rows)
        byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), row.territory_id]);
      return ids.map((id) => byUser.get(id) ?? []);
    }),
);

/** Each user's direct reports the viewer may see, by name. */
export const directReportsLoader = perRequest(
  (request: ViewerScope) =>
    new DataLoader<string, UserType[]>(async (ids) => {
      const viewer = request.viewer;
      if (!viewer) return ids.map(() => []);
      const params = new SqlParams();
      const idsParam = params.bind([...ids]);
      const scope = params.scope((first) => visibleUsersSql(viewer, "u", first));
      const rows: UserRow[] = await request.db.query(
        `SELECT ${USER_COLUMNS} FROM users u
          WHERE u.manager_id = ANY(${idsParam}::uuid[]) AND ${scope}
          ORDER BY u.name, u.id`,
        params.values,
      );
      const byManager = new Map<string, UserType[]>();
      for (const row of rows) {
        byManager.set(row.manager_id!, [
          ...(byManager.get(row.manager_id!) ?? []),
          toUserType(row),
        ]);
      }
      return ids.map((id) => byManager.get(id) ?? []);
    }),
);
