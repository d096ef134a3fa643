import { PERIOD_PRESETS, type PeriodPreset } from "./periods";
import { PARTNER_ROLES, ROLE_LABELS, type Portal, type Role } from "./roles";

/** The widgets that exist. The SPA renders each; the API serves each one query. */
export const WIDGET_IDS = [
  "partnerLeaderboard",
  "pipelineByPartner",
  "partnerWinLoss",
  "partnersList",
  "dealsByStatus",
  "dealsAwaitingApproval",
  "approvalTime",
  "pipelineByStage",
  "quotaAttainment",
  "winLoss",
  "pipelineTrend",
  "activitiesDue",
  "teamLeaderboard",
  "teamPipeline",
  "teamQuotas",
  "teamActivitiesOverdue",
  "operatorsSummary",
  "territoriesSummary",
] as const;
export type WidgetId = (typeof WIDGET_IDS)[number];

/** Width in grid columns, height in grid rows. */
export interface WidgetSize {
  w: number;
  h: number;
}

/**
 * A saved dashboard stores presets only: a custom range would need dates that go stale, while
 * "this quarter" stays meaningful.
 */
export const WIDGET_PERIOD_PRESETS = PERIOD_PRESETS.filter(
  (preset): preset is Exclude<PeriodPreset, "CUSTOM"> => preset !== "CUSTOM",
);
export type WidgetPeriodPreset = (typeof WIDGET_PERIOD_PRESETS)[number];

export interface WidgetConfig {
  period?: WidgetPeriodPreset;
  /** How many rows a list widget shows. */
  limit?: number;
}

export interface WidgetDefinition {
  id: WidgetId;
  title: string;
  description: string;
  /**
   * The title and description a role sees instead, where the widget's scope differs by role
   * (a seller's "My win/loss" is sales operations' "Organization win/loss").
   */
  byRole?: Partial<Record<Role, { title: string; description: string }>>;
  /** The roles that may place this widget on their dashboard. */
  roles: readonly Role[];
  defaultSize: WidgetSize;
  minSize: WidgetSize;
  maxSize: WidgetSize;
  /** The settings a user may change on a placed widget. */
  options: { period: boolean; limit: boolean };
  defaultConfig: WidgetConfig;
}

export const GRID_COLUMNS = 12;
export const DASHBOARD_LIMITS = { maxWidgets: 24, maxRows: 200 } as const;
export const LIMIT_RANGE = { min: 1, max: 50 } as const;
export const PLACEMENT_ID_MAX_LENGTH = 64;

const CHANNEL_OVERSIGHT_ROLES: readonly Role[] = ["CHANNEL_MANAGER", "VENDOR_ADMIN"];
/** The partner roles that see a team: a sales manager theirs, sales operations the organization. */
const TEAM_ROLES: readonly Role[] = ["PARTNER_SALES_MANAGER", "PARTNER_SALES_OPS"];

/**
 * A partner widget over the viewer's sales scope (salesMetrics): the seller's own records, the
 * sales manager's team, sales operations' organization; `what` names the figure for each.
 */
function salesWidget(
  id: WidgetId,
  what: Record<"PARTNER_SELLER" | "PARTNER_SALES_MANAGER" | "PARTNER_SALES_OPS", [string, string]>,
  size: Pick<WidgetDefinition, "defaultSize" | "minSize" | "maxSize">,
): WidgetDefinition {
  const [title, description] = what.PARTNER_SELLER;
  return {
    id,
    title,
    description,
    byRole: Object.fromEntries(
      Object.entries(what).map(([role, [t, d]]) => [role, { title: t, description: d }]),
    ),
    roles: PARTNER_ROLES,
    ...size,
    options: { period: true, limit: false },
    defaultConfig: { period: "THIS_QUARTER" },
  };
}

/** A sales manager's or sales operations' widget with one row per person of the team. */
function teamWidget(
  id: WidgetId,
  title: string,
  description: string,
  options: WidgetDefinition["options"] = { period: true, limit: false },
): WidgetDefinition {
  return {
    id,
    title,
    description,
    roles: TEAM_ROLES,
    defaultSize: { w: 6, h: 5 },
    minSize: { w: 4, h: 3 },
    maxSize: { w: 12, h: 12 },
    options,
    defaultConfig: options.period ? { period: "THIS_QUARTER" } : {},
  };
}

const CHART_SIZE = {
  defaultSize: { w: 6, h: 5 },
  minSize: { w: 4, h: 3 },
  maxSize: { w: 12, h: 10 },
} as const;

/** The channel manager's partner charts: one bar per partner, top N, for a period. */
function partnerChart(id: WidgetId, title: string, description: string): WidgetDefinition {
  return {
    id,
    title,
    description,
    roles: CHANNEL_OVERSIGHT_ROLES,
    defaultSize: { w: 6, h: 5 },
    minSize: { w: 4, h: 3 },
    maxSize: { w: 12, h: 10 },
    options: { period: true, limit: true },
    defaultConfig: { period: "THIS_QUARTER", limit: 10 },
  };
}

export const WIDGETS: Readonly<Record<WidgetId, WidgetDefinition>> = {
  partnerLeaderboard: partnerChart(
    "partnerLeaderboard",
    "Partner leaderboard",
    "Your partners ranked by won amount in the period.",
  ),
  pipelineByPartner: partnerChart(
    "pipelineByPartner",
    "Pipeline by partner",
    "Open pipeline of each partner by stage: open opportunities expected to close in the period.",
  ),
  partnerWinLoss: partnerChart(
    "partnerWinLoss",
    "Partner win/loss",
    "Opportunities won and lost by each partner in the period, with win rates by count and amount.",
  ),
  partnersList: {
    id: "partnersList",
    title: "Partners",
    description:
      "Each partner with open pipeline, won amount, quota and quota attainment in the period; open a partner's dashboard from its row.",
    roles: CHANNEL_OVERSIGHT_ROLES,
    defaultSize: { w: 12, h: 7 },
    minSize: { w: 6, h: 4 },
    maxSize: { w: 12, h: 14 },
    options: { period: true, limit: false },
    defaultConfig: { period: "THIS_QUARTER" },
  },
  dealsByStatus: {
    id: "dealsByStatus",
    title: "Deals by status",
    description:
      "Number and amount of deal registrations in each status, among those created in the period.",
    roles: [...PARTNER_ROLES, "VENDOR_ADMIN", "CHANNEL_MANAGER"],
    defaultSize: { w: 6, h: 4 },
    minSize: { w: 3, h: 3 },
    maxSize: { w: 12, h: 8 },
    options: { period: true, limit: false },
    defaultConfig: { period: "THIS_QUARTER" },
  },
  dealsAwaitingApproval: {
    id: "dealsAwaitingApproval",
    title: "Deals awaiting approval",
    description:
      "Submitted deal registrations waiting for a decision, oldest first, flagged when over the approval SLA.",
    roles: ["CHANNEL_MANAGER", "VENDOR_ADMIN"],
    defaultSize: { w: 6, h: 5 },
    minSize: { w: 4, h: 3 },
    maxSize: { w: 12, h: 12 },
    options: { period: false, limit: true },
    defaultConfig: { limit: 10 },
  },
  approvalTime: {
    id: "approvalTime",
    title: "Approval time",
    description:
      "Median and 90th percentile of the calendar time from submission to decision, among deal registrations decided in the period.",
    roles: ["CHANNEL_MANAGER", "VENDOR_ADMIN"],
    defaultSize: { w: 4, h: 3 },
    minSize: { w: 3, h: 3 },
    maxSize: { w: 6, h: 5 },
    options: { period: true, limit: false },
    defaultConfig: { period: "THIS_QUARTER" },
  },
  pipelineByStage: salesWidget(
    "pipelineByStage",
    {
      PARTNER_SELLER: [
        "My pipeline by stage",
        "Your open opportunities expected to close in the period, by stage: amount and weighted amount.",
      ],
      PARTNER_SALES_MANAGER: [
        "Team pipeline by stage",
        "Open opportunities of your team (you and your direct reports) expected to close in the period, by stage.",
      ],
      PARTNER_SALES_OPS: [
        "Organization pipeline",
        "Open opportunities of your organization expected to close in the period, by stage.",
      ],
    },
    CHART_SIZE,
  ),
  quotaAttainment: salesWidget(
    "quotaAttainment",
    {
      PARTNER_SELLER: [
        "My quota attainment",
        "Your won amount against your quota for the period, and the amount still to close.",
      ],
      PARTNER_SALES_MANAGER: [
        "Team quota attainment",
        "Your team's won amount against the sum of its members' quotas for the period.",
      ],
      PARTNER_SALES_OPS: [
        "Organization quota attainment",
        "Your organization's won amount against its quota for the period (set by your channel manager).",
      ],
    },
    { defaultSize: { w: 6, h: 3 }, minSize: { w: 3, h: 3 }, maxSize: { w: 12, h: 6 } },
  ),
  winLoss: salesWidget(
    "winLoss",
    {
      PARTNER_SELLER: [
        "My win/loss",
        "Your opportunities won and lost in the period, win rates, and why they were lost.",
      ],
      PARTNER_SALES_MANAGER: [
        "Team win/loss",
        "Your team's opportunities won and lost in the period, win rates, and why they were lost.",
      ],
      PARTNER_SALES_OPS: [
        "Organization win/loss",
        "Your organization's opportunities won and lost in the period, win rates, and why they were lost.",
      ],
    },
    CHART_SIZE,
  ),
  pipelineTrend: salesWidget(
    "pipelineTrend",
    {
      PARTNER_SELLER: [
        "My pipeline trend",
        "Your open pipeline expected to close in the period as it stood at the end of each week.",
      ],
      PARTNER_SALES_MANAGER: [
        "Team pipeline trend",
        "Your team's open pipeline expected to close in the period as it stood at the end of each week.",
      ],
      PARTNER_SALES_OPS: [
        "Organization pipeline trend",
        "Your organization's open pipeline expected to close in the period as it stood at the end of each week.",
      ],
    },
    CHART_SIZE,
  ),
  activitiesDue: {
    id: "activitiesDue",
    title: "Activities due",
    description: "Your open tasks, overdue first, then by due time; complete them in place.",
    roles: PARTNER_ROLES,
    defaultSize: { w: 6, h: 5 },
    minSize: { w: 4, h: 3 },
    maxSize: { w: 12, h: 12 },
    options: { period: false, limit: true },
    defaultConfig: { limit: 10 },
  },
  teamLeaderboard: teamWidget(
    "teamLeaderboard",
    "Team leaderboard",
    "Each person of the team ranked by won amount in the period, with quota attainment; open a person's view from their row.",
  ),
  teamPipeline: teamWidget(
    "teamPipeline",
    "Team pipeline by seller",
    "Open pipeline of each person of the team expected to close in the period, by stage.",
  ),
  teamQuotas: teamWidget(
    "teamQuotas",
    "Team quota attainment",
    "Each person's won amount against their quota for the period.",
  ),
  teamActivitiesOverdue: teamWidget(
    "teamActivitiesOverdue",
    "Team activities overdue",
    "Open tasks past their due time, per person of the team, most overdue first.",
    { period: false, limit: true },
  ),
  operatorsSummary: {
    id: "operatorsSummary",
    title: "Operators",
    description:
      "Active users of your organization by role, and invitations waiting to be accepted.",
    roles: ["PARTNER_SALES_OPS"],
    defaultSize: { w: 6, h: 4 },
    minSize: { w: 3, h: 3 },
    maxSize: { w: 12, h: 8 },
    options: { period: false, limit: false },
    defaultConfig: {},
  },
  territoriesSummary: {
    id: "territoriesSummary",
    title: "Territories",
    description:
      "Open pipeline of each top-level territory of your organization (its sub-territories included).",
    roles: ["PARTNER_SALES_OPS"],
    defaultSize: { w: 6, h: 4 },
    minSize: { w: 3, h: 3 },
    maxSize: { w: 12, h: 10 },
    options: { period: false, limit: false },
    defaultConfig: {},
  },
};

export function isWidgetId(value: unknown): value is WidgetId {
  return (WIDGET_IDS as readonly unknown[]).includes(value);
}

export function isWidgetPeriodPreset(value: unknown): value is WidgetPeriodPreset {
  return (WIDGET_PERIOD_PRESETS as readonly unknown[]).includes(value);
}

export function isWidgetAllowed(role: Role, widget: string): boolean {
  return isWidgetId(widget) && WIDGETS[widget].roles.includes(role);
}

/** The catalogue a role picks from, in WIDGET_IDS order, with the role's titles. */
export function widgetsForRole(role: Role): WidgetDefinition[] {
  return WIDGET_IDS.map((id) => WIDGETS[id])
    .filter((widget) => widget.roles.includes(role))
    .map((widget) => ({ ...widget, ...widget.byRole?.[role] }));
}

/** A widget on a dashboard. `id` tells two placements of the same widget apart. */
export interface WidgetPlacement {
  id: string;
  widget: WidgetId;
  x: number;
  y: number;
  w: number;
  h: number;
  config: WidgetConfig;
}

function place(id: string, widget: WidgetId, x: number, y: number): WidgetPlacement {
  const { defaultSize, defaultConfig } = WIDGETS[widget];
  return { id, widget, x, y, ...defaultSize, config: { ...defaultConfig } };
}

const SELLER_DEFAULT: readonly WidgetPlacement[] = [
  place("quota-attainment", "quotaAttainment", 0, 0),
  { ...place("deals-by-status", "dealsByStatus", 6, 0), h: 3 },
  place("pipeline-by-stage", "pipelineByStage", 0, 3),
  place("activities-due", "activitiesDue", 6, 3),
  place("win-loss", "winLoss", 0, 8),
  place("pipeline-trend", "pipelineTrend", 6, 8),
];
const MANAGER_DEFAULT: readonly WidgetPlacement[] = [
  place("team-leaderboard", "teamLeaderboard", 0, 0),
  place("team-pipeline", "teamPipeline", 6, 0),
  place("team-quotas", "teamQuotas", 0, 5),
  place("win-loss", "winLoss", 6, 5),
  place("team-activities-overdue", "teamActivitiesOverdue", 0, 10),
  { ...place("deals-by-status", "dealsByStatus", 6, 10), h: 5 },
  { ...place("pipeline-trend", "pipelineTrend", 0, 15), w: GRID_COLUMNS },
];
const SALES_OPS_DEFAULT: readonly WidgetPlacement[] = [
  place("quota-attainment", "quotaAttainment", 0, 0),
  { ...place("operators-summary", "operatorsSummary", 6, 0), h: 3 },
  place("pipeline-by-stage", "pipelineByStage", 0, 3),
  place("win-loss", "winLoss", 6, 3),
  place("deals-by-status", "dealsByStatus", 0, 8),
  { ...place("territories-summary", "territoriesSummary", 6, 8), h: 4 },
  place("team-leaderboard", "teamLeaderboard", 0, 12),
  place("pipeline-trend", "pipelineTrend", 6, 12),
];
const VENDOR_DEFAULT: readonly WidgetPlacement[] = [
  place("partner-leaderboard", "partnerLeaderboard", 0, 0),
  place("pipeline-by-partner", "pipelineByPartner", 6, 0),
  place("partner-win-loss", "partnerWinLoss", 0, 5),
  place("deals-awaiting-approval", "dealsAwaitingApproval", 6, 5),
  place("partners-list", "partnersList", 0, 10),
];

/** What each portal shows until its user saves a layout of their own (and after a reset). */
export const DEFAULT_DASHBOARDS: Readonly<Record<Portal, readonly WidgetPlacement[]>> = {
  VENDOR_ADMIN: VENDOR_DEFAULT,
  CHANNEL_MANAGER: VENDOR_DEFAULT,
  PARTNER_SELLER: SELLER_DEFAULT,
  PARTNER_SALES_MANAGER: MANAGER_DEFAULT,
  PARTNER_SALES_OPS: SALES_OPS_DEFAULT,
};

/** A placement as a client sends it: nothing is trusted yet. */
export interface WidgetPlacementInput {
  id: string;
  widget: string;
  x: number;
  y: number;
  w: number;
  h: number;
  config?: { period?: string | null; limit?: number | null } | null;
}

export type DashboardProblemCode = "UNKNOWN_WIDGET" | "WIDGET_NOT_ALLOWED" | "INVALID_LAYOUT";

export interface DashboardProblem {
  code: DashboardProblemCode;
  /** Path of the offending input, e.g. "widgets[2].w". */
  field: string;
  message: string;
}

const LAYOUT_FIELDS = ["x", "y", "w", "h"] as const;

/**
 * The first thing wrong with a dashboard `role` wants to save, or null when it may be saved.
 * Messages count widgets from 1, as a person would; fields index from 0, as the input does.
 */
export function validateDashboard(
  role: Role,
  widgets: readonly WidgetPlacementInput[],
): DashboardProblem | null {
  if (widgets.length > DASHBOARD_LIMITS.maxWidgets) {
    return invalid(
      "widgets",
      `A dashboard holds at most ${DASHBOARD_LIMITS.maxWidgets} widgets; this one has ${widgets.length}. Remove ${widgets.length - DASHBOARD_LIMITS.maxWidgets}.`,
    );
  }
  const seenIds = new Set<string>();
  for (const [index, placement] of widgets.entries()) {
    const problem = placementProblem(role, placement, index, seenIds);
    if (problem) return problem;
    seenIds.add(placement.id);
  }
  return null;
}

function placementProblem(
  role: Role,
  placement: WidgetPlacementInput,
  index: number,
  seenIds: ReadonlySet<string>,
): DashboardProblem | null {
  const field = (name: string) => `widgets[${index}].${name}`;
  const name = `Widget ${index + 1} (${placement.widget})`;

  if (!isWidgetId(placement.widget)) {
    return {
      code: "UNKNOWN_WIDGET",
      field: field("widget"),
      message: `Widget ${index + 1}: there is no widget called "${placement.widget}". Choose one from the widget catalogue.`,
    };
  }
  const definition = WIDGETS[placement.widget];
  if (!definition.roles.includes(role)) {
    return {
      code: "WIDGET_NOT_ALLOWED",
      field: field("widget"),
      message: `${name} is not available to the ${ROLE_LABELS[role]} role; choose one from your widget catalogue.`,
    };
  }
  if (placement.id.length === 0 || placement.id.length > PLACEMENT_ID_MAX_LENGTH) {
    return invalid(
      field("id"),
      `${name} needs an id of 1 to ${PLACEMENT_ID_MAX_LENGTH} characters; it has ${placement.id.length}.`,
    );
  }
  if (seenIds.has(placement.id)) {
    return invalid(
      field("id"),
      `${name} has the id "${placement.id}", which an earlier widget already uses; give each widget its own id.`,
    );
  }
  return (
    layoutProblem(placement, definition, name, field) ??
    configProblem(placement, definition, name, field)
  );
}

function layoutProblem(
  placement: WidgetPlacementInput,
  definition: WidgetDefinition,
  name: string,
  field: (name: string) => string,
): DashboardProblem | null {
  for (const key of LAYOUT_FIELDS) {
    const value = placement[key];
    if (!Number.isInteger(value) || value < 0) {
      return invalid(
        field(key),
        `${name} has ${key} = ${value}; it must be a whole number, 0 or more.`,
      );
    }
  }
  const { x, y, w, h } = placement;
  if (w > GRID_COLUMNS) {
    return invalid(field("w"), `${name} is ${w} columns wide; the grid has ${GRID_COLUMNS}.`);
  }
  if (x + w > GRID_COLUMNS) {
    return invalid(
      field("x"),
      `${name} starts at column ${x} and is ${w} wide, so it ends past the grid's ${GRID_COLUMNS} columns; move it left or make it narrower.`,
    );
  }
  const { minSize, maxSize } = definition;
  if (w < minSize.w || w > maxSize.w) {
    return invalid(
      field("w"),
      `${name} is ${w} columns wide; this widget can be ${minSize.w} to ${maxSize.w} columns wide.`,
    );
  }
  if (h < minSize.h || h > maxSize.h) {
    return invalid(
      field("h"),
      `${name} is ${h} rows high; this widget can be ${minSize.h} to ${maxSize.h} rows high.`,
    );
  }
  if (y >= DASHBOARD_LIMITS.maxRows) {
    return invalid(
      field("y"),
      `${name} starts at row ${y}; a dashboard has ${DASHBOARD_LIMITS.maxRows} rows (0 to ${DASHBOARD_LIMITS.maxRows - 1}).`,
    );
  }
  return null;
}

function configProblem(
  placement: WidgetPlacementInput,
  definition: WidgetDefinition,
  name: string,
  field: (name: string) => string,
): DashboardProblem | null {
  const period = placement.config?.period;
  const limit = placement.config?.limit;
  if (period != null) {
    if (!definition.options.period) {
      return invalid(field("config.period"), `${name} has no period setting; leave it out.`);
    }
    if (!isWidgetPeriodPreset(period)) {
      return invalid(
        field("config.period"),
        `${name} cannot be saved with the period "${period}"; choose one of ${WIDGET_PERIOD_PRESETS.join(", ")} (custom ranges are not saved).`,
      );
    }
  }
  if (limit != null) {
    if (!definition.options.limit) {
      return invalid(field("config.limit"), `${name} has no row limit setting; leave it out.`);
    }
    if (!Number.isInteger(limit) || limit < LIMIT_RANGE.min || limit > LIMIT_RANGE.max) {
      return invalid(
        field("config.limit"),
        `${name} cannot show ${limit} rows; choose a limit from ${LIMIT_RANGE.min} to ${LIMIT_RANGE.max}.`,
      );
    }
  }
  return null;
}

function invalid(field: string, message: string): DashboardProblem {
  return { code: "INVALID_LAYOUT", field, message };
}
