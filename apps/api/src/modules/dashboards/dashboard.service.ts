import {
  DEFAULT_DASHBOARDS,
  isWidgetAllowed,
  isWidgetPeriodPreset,
  PORTAL_LABELS,
  portalForRole,
  validateDashboard,
  widgetsForRole,
  type DashboardProblem,
  type Portal,
} from "@prm/domain";
import { AppError, badInput, forbidden } from "../../common/errors";
import type { Context } from "../../context";
import type { Viewer } from "../../auth/viewer";
import type { StoredWidget } from "./dashboard-layout.entity";
import type { SaveDashboardInput } from "./dashboard.inputs";
import type { Dashboard, DashboardWidget, WidgetDefinition } from "./dashboard.types";

interface LayoutRow {
  widgets: StoredWidget[];
  updated_at: Date;
}

/**
 * Each user's own dashboard per portal. Every statement is keyed by the viewer's user id, and no
 * operation takes a user argument: one user can never read or change another's layout.
 */
export class DashboardService {
  constructor(private readonly ctx: Context) {}

  catalog(viewer: Viewer): WidgetDefinition[] {
    return widgetsForRole(viewer.role);
  }

  async dashboard(viewer: Viewer, portal: Portal): Promise<Dashboard> {
    requireOwnPortal(viewer, portal);
    const rows: LayoutRow[] = await this.ctx.db.query(
      `SELECT widgets, updated_at FROM dashboard_layouts WHERE user_id = $1 AND portal = $2`,
      [viewer.userId, portal],
    );
    const saved = rows[0];
    return saved ? savedDashboard(viewer, portal, saved) : defaultDashboard(portal);
  }

  async save(viewer: Viewer, input: SaveDashboardInput): Promise<Dashboard> {
    requireOwnPortal(viewer, input.portal);
    const problem = validateDashboard(viewer.role, input.widgets);
    if (problem) throw problemError(problem);
    const widgets: StoredWidget[] = input.widgets.map(({ id, widget, x, y, w, h, config }) => ({
      id,
      widget,
      x,
      y,
      w,
      h,
      config: {
        ...(config?.period != null && { period: config.period }),
        ...(config?.limit != null && { limit: config.limit }),
      },
    }));
    const rows: LayoutRow[] = await this.ctx.db.query(
      `INSERT INTO dashboard_layouts (user_id, portal, widgets) VALUES ($1, $2, $3::jsonb)
       ON CONFLICT (user_id, portal) DO UPDATE SET widgets = EXCLUDED.widgets, updated_at = now()
       RETURNING widgets, updated_at`,
      [viewer.userId, input.portal, JSON.stringify(widgets)],
    );
    return savedDashboard(viewer, input.portal, rows[0]!);
  }

  async reset(viewer: Viewer, portal: Portal): Promise<Dashboard> {
    requireOwnPortal(viewer, portal);
    await this.ctx.db.query(`DELETE FROM dashboard_layouts WHERE user_id = $1 AND portal = $2`, [
      viewer.userId,
      portal,
    ]);
    return defaultDashboard(portal);
  }
}

function requireOwnPortal(viewer: Viewer, portal: Portal): void {
  const own = portalForRole(viewer.role);
  if (portal !== own) {
    throw forbidden(
      `${portal} is not your portal; your dashboard is in the ${PORTAL_LABELS[own]} portal (${own}).`,
    );
  }
}

function problemError(problem: DashboardProblem): AppError {
  return problem.code === "WIDGET_NOT_ALLOWED"
    ? new AppError("FORBIDDEN", problem.message, { field: problem.field })
    : badInput(problem.field, problem.message);
}

function defaultDashboard(portal: Portal): Dashboard {
  return { portal, isDefault: true, updatedAt: null, widgets: [...DEFAULT_DASHBOARDS[portal]] };
}

function savedDashboard(viewer: Viewer, portal: Portal, row: LayoutRow): Dashboard {
  return {
    portal,
    isDefault: false,
    updatedAt: row.updated_at,
    // A widget withdrawn from the catalogue (or from this role) since the save is left out.
    widgets: row.widgets
      .filter((placement) => isWidgetAllowed(viewer.role, placement.widget))
      .map(toDashboardWidget),
  };
}

function toDashboardWidget({ id, widget, x, y, w, h, config }: StoredWidget): DashboardWidget {
  return {
    id,
    widget,
    x,
    y,
    w,
    h,
    config: {
      period: isWidgetPeriodPreset(config.period) ? config.period : null,
      limit: typeof config.limit === "number" ? config.limit : null,
    },
  };
}
