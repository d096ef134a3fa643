import { PERIOD_PRESETS } from "../periods";
import { PARTNER_ROLES, PORTALS, ROLES, portalForRole, type Role } from "../roles";
import {
  DASHBOARD_LIMITS,
  DEFAULT_DASHBOARDS,
  GRID_COLUMNS,
  isWidgetAllowed,
  isWidgetId,
  LIMIT_RANGE,
  PLACEMENT_ID_MAX_LENGTH,
  validateDashboard,
  WIDGET_IDS,
  WIDGET_PERIOD_PRESETS,
  WIDGETS,
  widgetsForRole,
  type WidgetPlacementInput,
} from "../widgets";

/** A valid dealsByStatus placement, with overrides. */
const byStatus = (fields: Partial<WidgetPlacementInput> = {}): WidgetPlacementInput => ({
  id: "a",
  widget: "dealsByStatus",
  x: 0,
  y: 0,
  w: 6,
  h: 4,
  config: { period: "THIS_QUARTER" },
  ...fields,
});

const awaiting = (fields: Partial<WidgetPlacementInput> = {}): WidgetPlacementInput => ({
  id: "b",
  widget: "dealsAwaitingApproval",
  x: 0,
  y: 4,
  w: 6,
  h: 5,
  config: { limit: 10 },
  ...fields,
});

describe("widget catalogue", () => {
  it("defines every widget id once, under its own key", () => {
    expect(Object.keys(WIDGETS).sort()).toEqual([...WIDGET_IDS].sort());
    for (const id of WIDGET_IDS) expect(WIDGETS[id].id).toBe(id);
  });

  it("gives every widget sizes that fit the grid, with min ≤ default ≤ max", () => {
    for (const { minSize, defaultSize, maxSize, id } of Object.values(WIDGETS)) {
      expect([id, minSize.w >= 1 && minSize.h >= 1]).toEqual([id, true]);
      expect([id, minSize.w <= defaultSize.w && defaultSize.w <= maxSize.w]).toEqual([id, true]);
      expect([id, minSize.h <= defaultSize.h && defaultSize.h <= maxSize.h]).toEqual([id, true]);
      expect([id, maxSize.w <= GRID_COLUMNS]).toEqual([id, true]);
    }
  });

  it("sets default options only for the settings a widget has", () => {
    for (const { defaultConfig, options, id } of Object.values(WIDGETS)) {
      expect([id, defaultConfig.period === undefined || options.period]).toEqual([id, true]);
      expect([id, defaultConfig.limit === undefined || options.limit]).toEqual([id, true]);
    }
  });

  it("offers deals by status to every role, the partner widgets and approvals to the vendor side", () => {
    expect(WIDGETS.dealsByStatus.roles).toEqual(expect.arrayContaining([...ROLES]));
    expect([...WIDGETS.dealsAwaitingApproval.roles].sort()).toEqual([
      "CHANNEL_MANAGER",
      "VENDOR_ADMIN",
    ]);
    expect(widgetsForRole("PARTNER_SELLER").map((w) => w.id)).toEqual([
      "dealsByStatus",
      "pipelineByStage",
      "quotaAttainment",
      "winLoss",
      "pipelineTrend",
      "activitiesDue",
    ]);
    expect(widgetsForRole("PARTNER_SALES_MANAGER").map((w) => w.id)).toEqual([
      "dealsByStatus",
      "pipelineByStage",
      "quotaAttainment",
      "winLoss",
      "pipelineTrend",
      "activitiesDue",
      "teamLeaderboard",
      "teamPipeline",
      "teamQuotas",
      "teamActivitiesOverdue",
    ]);
    expect(widgetsForRole("PARTNER_SALES_OPS").map((w) => w.id)).toContain("operatorsSummary");
    expect(isWidgetAllowed("PARTNER_SALES_MANAGER", "operatorsSummary")).toBe(false);
    expect(isWidgetAllowed("PARTNER_SELLER", "teamLeaderboard")).toBe(false);
    expect(widgetsForRole("CHANNEL_MANAGER").map((w) => w.id)).toEqual([
      "partnerLeaderboard",
      "pipelineByPartner",
      "partnerWinLoss",
      "partnersList",
      "dealsByStatus",
      "dealsAwaitingApproval",
      "approvalTime",
    ]);
    expect(isWidgetAllowed("PARTNER_SALES_OPS", "dealsAwaitingApproval")).toBe(false);
    expect(isWidgetAllowed("VENDOR_ADMIN", "dealsAwaitingApproval")).toBe(true);
    expect([...WIDGETS.approvalTime.roles].sort()).toEqual(["CHANNEL_MANAGER", "VENDOR_ADMIN"]);
    expect(isWidgetAllowed("PARTNER_SELLER", "approvalTime")).toBe(false);
    for (const role of PARTNER_ROLES) {
      expect(isWidgetAllowed(role, "partnersList")).toBe(false);
      expect(isWidgetAllowed(role, "partnerLeaderboard")).toBe(false);
    }
    expect(widgetsForRole("VENDOR_ADMIN").map((w) => w.id)).toContain("approvalTime");
    expect(isWidgetAllowed("VENDOR_ADMIN", "nope")).toBe(false);
    expect(isWidgetId("dealsByStatus")).toBe(true);
    expect(isWidgetId("toString")).toBe(false);
  });

  it("names a sales widget by the scope the role sees", () => {
    const titleOf = (role: Role, id: string) =>
      widgetsForRole(role).find((w) => w.id === id)?.title;
    expect(titleOf("PARTNER_SELLER", "winLoss")).toBe("My win/loss");
    expect(titleOf("PARTNER_SALES_MANAGER", "winLoss")).toBe("Team win/loss");
    expect(titleOf("PARTNER_SALES_OPS", "pipelineByStage")).toBe("Organization pipeline");
    expect(titleOf("CHANNEL_MANAGER", "partnersList")).toBe("Partners");
  });

  it("saves every period preset but CUSTOM", () => {
    expect(WIDGET_PERIOD_PRESETS).toEqual(PERIOD_PRESETS.filter((p) => p !== "CUSTOM"));
  });
});

describe("default dashboards", () => {
  it.each(ROLES)("are valid for %s and not empty", (role) => {
    const layout = DEFAULT_DASHBOARDS[portalForRole(role)];
    expect(layout.length).toBeGreaterThan(0);
    expect(validateDashboard(role, layout)).toBeNull();
  });

  it("exist for every portal", () => {
    expect(Object.keys(DEFAULT_DASHBOARDS).sort()).toEqual([...PORTALS].sort());
  });

  it("show deals by status to partners, the partner widgets and approvals to the vendor side", () => {
    const widgetsOf = (role: Role) => DEFAULT_DASHBOARDS[role].map((p) => p.widget).sort();
    expect(widgetsOf("PARTNER_SELLER")).toEqual([
      "activitiesDue",
      "dealsByStatus",
      "pipelineByStage",
      "pipelineTrend",
      "quotaAttainment",
      "winLoss",
    ]);
    expect(widgetsOf("PARTNER_SALES_MANAGER")).toEqual([
      "dealsByStatus",
      "pipelineTrend",
      "teamActivitiesOverdue",
      "teamLeaderboard",
      "teamPipeline",
      "teamQuotas",
      "winLoss",
    ]);
    expect(widgetsOf("PARTNER_SALES_OPS")).toEqual([
      "dealsByStatus",
      "operatorsSummary",
      "pipelineByStage",
      "pipelineTrend",
      "quotaAttainment",
      "teamLeaderboard",
      "territoriesSummary",
      "winLoss",
    ]);
    for (const role of ["CHANNEL_MANAGER", "VENDOR_ADMIN"] as const) {
      expect(widgetsOf(role)).toEqual([
        "dealsAwaitingApproval",
        "partnerLeaderboard",
        "partnerWinLoss",
        "partnersList",
        "pipelineByPartner",
      ]);
    }
  });

  it("do not overlap", () => {
    for (const layout of Object.values(DEFAULT_DASHBOARDS)) {
      for (const [i, a] of layout.entries()) {
        for (const b of layout.slice(i + 1)) {
          const apart =
            a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y;
          expect([a.id, b.id, apart]).toEqual([a.id, b.id, true]);
        }
      }
    }
  });
});

describe("validateDashboard", () => {
  it("accepts an empty dashboard and a full valid one", () => {
    expect(validateDashboard("PARTNER_SELLER", [])).toBeNull();
    expect(validateDashboard("CHANNEL_MANAGER", [byStatus(), awaiting()])).toBeNull();
    expect(
      validateDashboard("CHANNEL_MANAGER", [byStatus({ config: null }), awaiting({ config: {} })]),
    ).toBeNull();
    expect(
      validateDashboard("PARTNER_SELLER", [byStatus({ config: { period: null, limit: null } })]),
    ).toBeNull();
  });

  it("rejects an unknown widget, naming the field", () => {
    expect(
      validateDashboard("VENDOR_ADMIN", [byStatus(), byStatus({ id: "x", widget: "crystalBall" })]),
    ).toEqual({
      code: "UNKNOWN_WIDGET",
      field: "widgets[1].widget",
      message:
        'Widget 2: there is no widget called "crystalBall". Choose one from the widget catalogue.',
    });
  });

  it("rejects a widget the role may not place", () => {
    expect(validateDashboard("PARTNER_SELLER", [awaiting()])).toEqual({
      code: "WIDGET_NOT_ALLOWED",
      field: "widgets[0].widget",
      message:
        "Widget 1 (dealsAwaitingApproval) is not available to the Partner seller role; choose one from your widget catalogue.",
    });
  });

  it("rejects more widgets than a dashboard holds", () => {
    const widgets = Array.from({ length: DASHBOARD_LIMITS.maxWidgets + 1 }, (_, i) =>
      byStatus({ id: `w${i}`, y: i * 4 }),
    );
    expect(validateDashboard("PARTNER_SELLER", widgets)).toEqual({
      code: "INVALID_LAYOUT",
      field: "widgets",
      message: "A dashboard holds at most 24 widgets; this one has 25. Remove 1.",
    });
    expect(validateDashboard("PARTNER_SELLER", widgets.slice(1))).toBeNull();
  });

  it("rejects duplicate placement ids, and empty or overlong ones", () => {
    expect(validateDashboard("CHANNEL_MANAGER", [byStatus(), awaiting({ id: "a" })])).toMatchObject(
      { code: "INVALID_LAYOUT", field: "widgets[1].id", message: expect.stringMatching(/"a"/) },
    );
    expect(validateDashboard("PARTNER_SELLER", [byStatus({ id: "" })])).toMatchObject({
      field: "widgets[0].id",
    });
    const long = "x".repeat(PLACEMENT_ID_MAX_LENGTH + 1);
    expect(validateDashboard("PARTNER_SELLER", [byStatus({ id: long })])).toMatchObject({
      field: "widgets[0].id",
    });
    expect(validateDashboard("PARTNER_SELLER", [byStatus({ id: long.slice(1) })])).toBeNull();
  });

  it.each([
    ["x", 1.5],
    ["y", -1],
    ["w", Number.NaN],
    ["h", -4],
  ] as const)("rejects %s = %p: positions and sizes are whole numbers, 0 or more", (key, value) => {
    expect(validateDashboard("PARTNER_SELLER", [byStatus({ [key]: value })])).toEqual({
      code: "INVALID_LAYOUT",
      field: `widgets[0].${key}`,
      message: `Widget 1 (dealsByStatus) has ${key} = ${value}; it must be a whole number, 0 or more.`,
    });
  });

  it("rejects a widget wider than the grid", () => {
    expect(
      validateDashboard("PARTNER_SELLER", [
        byStatus(),
        byStatus({ id: "b" }),
        byStatus({ id: "c", w: 20 }),
      ]),
    ).toEqual({
      code: "INVALID_LAYOUT",
      field: "widgets[2].w",
      message: "Widget 3 (dealsByStatus) is 20 columns wide; the grid has 12.",
    });
  });

  it("rejects a widget that ends past the last column", () => {
    expect(validateDashboard("PARTNER_SELLER", [byStatus({ x: 8, w: 6 })])).toEqual({
      code: "INVALID_LAYOUT",
      field: "widgets[0].x",
      message:
        "Widget 1 (dealsByStatus) starts at column 8 and is 6 wide, so it ends past the grid's 12 columns; move it left or make it narrower.",
    });
    expect(validateDashboard("PARTNER_SELLER", [byStatus({ x: 6, w: 6 })])).toBeNull();
  });

  it("rejects sizes outside the widget's minimum and maximum", () => {
    const { minSize, maxSize } = WIDGETS.dealsByStatus;
    expect(validateDashboard("PARTNER_SELLER", [byStatus({ w: minSize.w - 1 })])).toEqual({
      code: "INVALID_LAYOUT",
      field: "widgets[0].w",
      message:
        "Widget 1 (dealsByStatus) is 2 columns wide; this widget can be 3 to 12 columns wide.",
    });
    expect(validateDashboard("PARTNER_SELLER", [byStatus({ h: maxSize.h + 1 })])).toEqual({
      code: "INVALID_LAYOUT",
      field: "widgets[0].h",
      message: "Widget 1 (dealsByStatus) is 9 rows high; this widget can be 3 to 8 rows high.",
    });
    expect(validateDashboard("PARTNER_SELLER", [byStatus({ h: minSize.h - 1 })])).toMatchObject({
      field: "widgets[0].h",
    });
    expect(
      validateDashboard("PARTNER_SELLER", [byStatus({ w: maxSize.w, h: maxSize.h })]),
    ).toBeNull();
  });

  it("rejects a widget starting below the last row", () => {
    const last = DASHBOARD_LIMITS.maxRows - 1;
    expect(validateDashboard("PARTNER_SELLER", [byStatus({ y: last })])).toBeNull();
    expect(validateDashboard("PARTNER_SELLER", [byStatus({ y: last + 1 })])).toEqual({
      code: "INVALID_LAYOUT",
      field: "widgets[0].y",
      message: "Widget 1 (dealsByStatus) starts at row 200; a dashboard has 200 rows (0 to 199).",
    });
  });

  it("rejects a period that is not a saved preset", () => {
    for (const period of ["CUSTOM", "NEXT_DECADE"]) {
      expect(validateDashboard("PARTNER_SELLER", [byStatus({ config: { period } })])).toMatchObject(
        {
          code: "INVALID_LAYOUT",
          field: "widgets[0].config.period",
          message: expect.stringContaining(`cannot be saved with the period "${period}"`),
        },
      );
    }
    for (const period of WIDGET_PERIOD_PRESETS) {
      expect(validateDashboard("PARTNER_SELLER", [byStatus({ config: { period } })])).toBeNull();
    }
  });

  it("rejects a limit outside the range", () => {
    for (const limit of [LIMIT_RANGE.min - 1, LIMIT_RANGE.max + 1, 2.5]) {
      expect(validateDashboard("VENDOR_ADMIN", [awaiting({ config: { limit } })])).toEqual({
        code: "INVALID_LAYOUT",
        field: "widgets[0].config.limit",
        message: `Widget 1 (dealsAwaitingApproval) cannot show ${limit} rows; choose a limit from 1 to 50.`,
      });
    }
    for (const limit of [LIMIT_RANGE.min, LIMIT_RANGE.max]) {
      expect(validateDashboard("VENDOR_ADMIN", [awaiting({ config: { limit } })])).toBeNull();
    }
  });

  it("rejects a setting the widget does not have", () => {
    expect(
      validateDashboard("VENDOR_ADMIN", [awaiting({ config: { limit: 5, period: "THIS_YEAR" } })]),
    ).toEqual({
      code: "INVALID_LAYOUT",
      field: "widgets[0].config.period",
      message: "Widget 1 (dealsAwaitingApproval) has no period setting; leave it out.",
    });
    expect(validateDashboard("VENDOR_ADMIN", [byStatus({ config: { limit: 5 } })])).toEqual({
      code: "INVALID_LAYOUT",
      field: "widgets[0].config.limit",
      message: "Widget 1 (dealsByStatus) has no row limit setting; leave it out.",
    });
  });
});
