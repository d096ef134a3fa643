import { ACTIVITY_FIGURE_TYPES, type DateRange } from "@prm/domain";
import type { Viewer } from "../../auth/viewer";
import { SqlParams } from "../../common/sql-params";
import type { Context } from "../../context";
import { toUserType, type UserRow } from "../users/user.rows";
import { requireTeamPartner } from "../users/team-args";
import { visibleTeamMembersSql } from "../users/user.scope";
import type { SellerActivity } from "./activity-stats.types";

interface SellerActivityRow extends UserRow {
  calls: number;
  emails: number;
  meetings: number;
  notes: number;
  tasks_completed: number;
  tasks_open: number;
  tasks_overdue: number;
  oldest_overdue_due_at: Date | null;
}

/** The per-person activity figures of ACTIVITY_FIGURES, for a team in one statement. */
export class ActivityStatsService {
  constructor(private readonly ctx: Context) {}

  /**
   * One row per team member the viewer sees (visibleTeamMembersSql), optionally of one partner
   * (which the vendor side must name), people without activities with zeros; by name. Their
   * activities are the ones they authored, which is the rule visibleActivitiesSql applies too.
   * Each figure reads only its own rows by an index — the period's activities, the period's
   * completed tasks, the open tasks — not every activity a person ever logged.
   */
  async teamActivity(
    viewer: Viewer,
    range: DateRange,
    partnerId: string | null,
    now: Date = new Date(),
  ): Promise<SellerActivity[]> {
    requireTeamPartner(viewer, partnerId);
    const params = new SqlParams();
    const from = params.bind(range.from);
    const to = params.bind(range.to);
    const at = params.bind(now);
    const inPeriod = (column: string) => `a.${column} >= ${from} AND a.${column} < ${to}`;
    const open = `a.type = 'TASK' AND a.completed_at IS NULL`;
    const overdue = `${open} AND a.due_at < ${at}`;
    const communications = Object.entries(ACTIVITY_FIGURE_TYPES)
      .map(([figure, type]) => `count(*) FILTER (WHERE a.type = '${type}')::int AS ${figure}`)
      .join(",\n             ");
    const members = params.scope((first) => visibleTeamMembersSql(viewer, "u", first));
    const onePartner = partnerId ? ` AND u.organization_id = ${params.bind(partnerId)}::uuid` : "";
    const rows: SellerActivityRow[] = await this.ctx.db.query(
      `SELECT u.id, u.email, u.name, u.role, u.active, u.organization_id, u.manager_id,
              c.calls, c.emails, c.meetings, c.notes, d.tasks_completed, t.tasks_open,
              t.tasks_overdue, t.oldest_overdue_due_at
         FROM users u
         CROSS JOIN LATERAL (
           SELECT ${communications}
             FROM activities a WHERE a.owner_id = u.id AND ${inPeriod("occurred_at")}) c
         CROSS JOIN LATERAL (
           SELECT count(*)::int AS tasks_completed
             FROM activities a
            WHERE a.owner_id = u.id AND a.type = 'TASK' AND ${inPeriod("completed_at")}) d
         CROSS JOIN LATERAL (
           SELECT count(*)::int AS tasks_open,
                  count(*) FILTER (WHERE ${overdue})::int AS tasks_overdue,
                  min(a.due_at) FILTER (WHERE ${overdue}) AS oldest_overdue_due_at
             FROM activities a WHERE a.owner_id = u.id AND ${open}) t
        WHERE ${members}${onePartner}
        ORDER BY u.name, u.id`,
      params.values,
    );
    return rows.map((row) => ({
      seller: toUserType(row),
      calls: row.calls,
      emails: row.emails,
      meetings: row.meetings,
      notes: row.notes,
      tasksCompleted: row.tasks_completed,
      tasksOpen: row.tasks_open,
      tasksOverdue: row.tasks_overdue,
      oldestOverdueDueAt: row.oldest_overdue_due_at,
    }));
  }
}
