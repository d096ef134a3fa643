import { assignableRoles, type Role } from "@prm/domain";
import type { Viewer } from "../../auth/viewer";
import type { Context } from "../../context";
import { manageableUsersSql } from "./user.scope";
import type { OperatorsSummary } from "./operators-summary.types";

interface SummaryRow {
  active_by_role: Partial<Record<Role, number>>;
  deactivated: number;
  invitations_pending: number;
  invitations_expired: number;
}

/**
 * The operators summary of a user administrator's own organization (manageableUsersSql), in one
 * statement. An invitation counts by the user's latest invitation link, as User.pendingInvitation
 * does: pending while it works, expired once it does not (expired or replaced) and the user still
 * has no password.
 */
export class OperatorsSummaryService {
  constructor(private readonly ctx: Context) {}

  async summary(viewer: Viewer): Promise<OperatorsSummary> {
    const scope = manageableUsersSql(viewer, "u", 1);
    const [row]: SummaryRow[] = await this.ctx.db.query(
      `WITH member AS (
         SELECT u.role, u.active, u.password_hash IS NULL AS invited,
                coalesce(l.open, FALSE) AS invitation_open
           FROM users u
           LEFT JOIN LATERAL (
             SELECT l.used_at IS NULL AND l.revoked_at IS NULL AND l.expires_at > now() AS open
               FROM one_time_links l
              WHERE l.user_id = u.id AND l.purpose = 'INVITATION'
              ORDER BY l.created_at DESC LIMIT 1) l ON u.password_hash IS NULL
          WHERE ${scope.sql})
       SELECT (SELECT coalesce(jsonb_object_agg(r.role, r.n), '{}'::jsonb)
                 FROM (SELECT role, count(*)::int AS n FROM member
                        WHERE active AND NOT invited GROUP BY role) r) AS active_by_role,
              count(*) FILTER (WHERE NOT active)::int AS deactivated,
              count(*) FILTER (WHERE active AND invited AND invitation_open)::int AS invitations_pending,
              count(*) FILTER (WHERE active AND invited AND NOT invitation_open)::int AS invitations_expired
         FROM member`,
      scope.params,
    );
    // The viewer's organization's roles (a partner's for sales operations, the vendor's for the
    // vendor admin): the users of one organization only ever hold those.
    return {
      activeByRole: assignableRoles(viewer.role).map((role) => ({
        role,
        count: row?.active_by_role[role] ?? 0,
      })),
      deactivated: row?.deactivated ?? 0,
      invitationsPending: row?.invitations_pending ?? 0,
      invitationsExpired: row?.invitations_expired ?? 0,
    };
  }
}
