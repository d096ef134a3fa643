import { DEFAULT_DASHBOARDS, ROLES, WIDGETS, type Portal, type Role } from "@prm/domain";
import { getSchema } from "../src/schema";
import { createWorld } from "./factories";
import { codeOf, startTestApp, type TestApp } from "./harness";

const DASHBOARD_FIELDS = `portal isDefault updatedAt widgets { id widget x y w h config { period limit } }`;
const DASHBOARD = `query ($portal: Portal!) { dashboard(portal: $portal) { ${DASHBOARD_FIELDS} } }`;
const SAVE = `mutation ($input: SaveDashboardInput!) { saveDashboard(input: $input) { ${DASHBOARD_FIELDS} } }`;
const RESET = `mutation ($portal: Portal!) { resetDashboard(portal: $portal) { ${DASHBOARD_FIELDS} } }`;
const CATALOG = `{ widgetCatalog { id title description defaultSize { w h } minSize { w h } maxSize { w h } options { period limit } defaultConfig { period limit } } }`;

interface WidgetInput {
  id: string;
  widget: string;
  x: number;
  y: number;
  w: number;
  h: number;
  config?: { period?: string | null; limit?: number | null } | null;
}

const byStatus = (fields: Partial<WidgetInput> = {}): WidgetInput => ({
  id: "status",
  widget: "dealsByStatus",
  x: 0,
  y: 0,
  w: 6,
  h: 4,
  config: { period: "THIS_YEAR" },
  ...fields,
});

const awaiting = (fields: Partial<WidgetInput> = {}): WidgetInput => ({
  id: "queue",
  widget: "dealsAwaitingApproval",
  x: 6,
  y: 0,
  w: 6,
  h: 5,
  config: { limit: 5 },
  ...fields,
});

/** How a placement reads back: every config field present, null when unset. */
const asRead = ({ config, ...placement }: WidgetInput) => ({
  ...placement,
  config: { period: config?.period ?? null, limit: config?.limit ?? null },
});

describe("dashboards", () => {
  let app: TestApp;
  let world: Awaited<ReturnType<typeof createWorld>>;

  const tokenOf = (user: { email: string }) => app.tokenOf(user);

  const userWithRole = (role: Role) =>
    ({
      VENDOR_ADMIN: world.admin,
      CHANNEL_MANAGER: world.cm,
      PARTNER_SELLER: world.seller,
      PARTNER_SALES_MANAGER: world.manager,
      PARTNER_SALES_OPS: world.ops,
    })[role];

  async function save(user: { email: string }, portal: Portal, widgets: WidgetInput[]) {
    return app.gql(SAVE, { input: { portal, widgets } }, { token: await tokenOf(user) });
  }

  async function read(user: { email: string }, portal: Portal) {
    const res = await app.gql(DASHBOARD, { portal }, { token: await tokenOf(user) });
    expect(res.errors).toBeUndefined();
    return res.data.dashboard;
  }

  /** The stored rows of a user, straight from the table. */
  const storedLayouts = (userId: string) =>
    app.db.dataSource.query(
      `SELECT portal, widgets, updated_at FROM dashboard_layouts WHERE user_id = $1 ORDER BY portal`,
      [userId],
    );

  beforeAll(async () => {
    app = await startTestApp();
  });
  beforeEach(async () => {
    world = await createWorld(app.db.dataSource);
  });
  afterAll(() => app.close());

  it.each(ROLES)("serves %s its portal's default until something is saved", async (role) => {
    const dashboard = await read(userWithRole(role), role);
    expect(dashboard).toEqual({
      portal: role,
      isDefault: true,
      updatedAt: null,
      widgets: DEFAULT_DASHBOARDS[role].map(asRead),
    });
    expect(dashboard.widgets.length).toBeGreaterThan(0);
  });

  it("offers each role the widgets it may place", async () => {
    const catalog = async (role: Role) =>
      (await app.gql(CATALOG, {}, { token: await tokenOf(userWithRole(role)) })).data.widgetCatalog;
    const SALES = [
      "dealsByStatus",
      "pipelineByStage",
      "quotaAttainment",
      "winLoss",
      "pipelineTrend",
    ];
    const TEAM = ["teamLeaderboard", "teamPipeline", "teamQuotas", "teamActivitiesOverdue"];
    const idsOf = async (role: Role) => (await catalog(role)).map((w: { id: string }) => w.id);
    expect(await idsOf("PARTNER_SELLER")).toEqual([...SALES, "activitiesDue"]);
    expect(await idsOf("PARTNER_SALES_MANAGER")).toEqual([...SALES, "activitiesDue", ...TEAM]);
    expect(await idsOf("PARTNER_SALES_OPS")).toEqual([
      ...SALES,
      "activitiesDue",
      ...TEAM,
      "operatorsSummary",
      "territoriesSummary",
    ]);
    // A sales widget is titled by the scope the role sees.
    const winLossTitle = async (role: Role) =>
      (await catalog(role)).find((w: { id: string }) => w.id === "winLoss").title;
    expect(await winLossTitle("PARTNER_SELLER")).toBe("My win/loss");
    expect(await winLossTitle("PARTNER_SALES_MANAGER")).toBe("Team win/loss");
    expect(await winLossTitle("PARTNER_SALES_OPS")).toBe("Organization win/loss");
    for (const role of ["CHANNEL_MANAGER", "VENDOR_ADMIN"] as const) {
      expect((await catalog(role)).map((w: { id: string }) => w.id)).toEqual([
        "partnerLeaderboard",
        "pipelineByPartner",
        "partnerWinLoss",
        "partnersList",
        "dealsByStatus",
        "dealsAwaitingApproval",
        "approvalTime",
      ]);
    }
    const { roles: _roles, ...definition } = WIDGETS.dealsAwaitingApproval;
    const offered = await catalog("CHANNEL_MANAGER");
    expect(offered.find((w: { id: string }) => w.id === "dealsAwaitingApproval")).toEqual({
      ...definition,
      defaultConfig: { period: null, limit: 10 },
    });
  });

  it("saves a layout and reads it back; a second save replaces it", async () => {
    const layout = [
      byStatus(),
      byStatus({ id: "status-2", y: 4, w: 12, h: 8, config: null }),
      awaiting({ x: 6, config: { limit: 50 } }),
    ];
    const saved = await save(world.cm, "CHANNEL_MANAGER", layout);
    expect(saved.errors).toBeUndefined();
    expect(saved.data.saveDashboard).toEqual({
      portal: "CHANNEL_MANAGER",
      isDefault: false,
      updatedAt: expect.any(String),
      widgets: layout.map(asRead),
    });
    expect(Math.abs(Date.parse(saved.data.saveDashboard.updatedAt) - Date.now())).toBeLessThan(
      60_000,
    );
    expect(await read(world.cm, "CHANNEL_MANAGER")).toEqual(saved.data.saveDashboard);

    const replaced = await save(world.cm, "CHANNEL_MANAGER", [awaiting({ x: 0, w: 12 })]);
    expect(replaced.data.saveDashboard.widgets).toEqual([asRead(awaiting({ x: 0, w: 12 }))]);
    const rows = await storedLayouts(world.cm.id);
    expect(rows).toHaveLength(1);
    // Stored without the unset settings.
    expect(rows[0].widgets).toEqual([{ ...awaiting({ x: 0, w: 12 }), config: { limit: 5 } }]);
  });

  it("saves an empty dashboard as a choice of its own", async () => {
    const res = await save(world.ops, "PARTNER_SALES_OPS", []);
    expect(res.data.saveDashboard).toMatchObject({ isDefault: false, widgets: [] });
    expect(await read(world.ops, "PARTNER_SALES_OPS")).toMatchObject({
      isDefault: false,
      widgets: [],
    });
  });

  it("resets to the default by forgetting the saved layout", async () => {
    await save(world.seller, "PARTNER_SELLER", [byStatus({ w: 12 })]);
    const token = await tokenOf(world.seller);
    const reset = await app.gql(RESET, { portal: "PARTNER_SELLER" }, { token });
    expect(reset.data.resetDashboard).toEqual({
      portal: "PARTNER_SELLER",
      isDefault: true,
      updatedAt: null,
      widgets: DEFAULT_DASHBOARDS.PARTNER_SELLER.map(asRead),
    });
    expect(await storedLayouts(world.seller.id)).toEqual([]);
    expect(await read(world.seller, "PARTNER_SELLER")).toEqual(reset.data.resetDashboard);
    const again = await app.gql(RESET, { portal: "PARTNER_SELLER" }, { token });
    expect(again.data.resetDashboard.isDefault).toBe(true);
  });

  it.each([
    [
      "an unknown widget",
      [byStatus(), byStatus({ id: "b", widget: "crystalBall" })],
      "BAD_USER_INPUT",
      "widgets[1].widget",
    ],
    ["a widget the role may not place", [awaiting()], "FORBIDDEN", "widgets[0].widget"],
    ["a widget past the last column", [byStatus({ x: 8, w: 6 })], "BAD_USER_INPUT", "widgets[0].x"],
    ["a widget wider than the grid", [byStatus({ w: 20 })], "BAD_USER_INPUT", "widgets[0].w"],
    ["a widget taller than it may be", [byStatus({ h: 40 })], "BAD_USER_INPUT", "widgets[0].h"],
    ["a negative position", [byStatus({ y: -1 })], "BAD_USER_INPUT", "widgets[0].y"],
    [
      "too many widgets",
      Array.from({ length: 25 }, (_, i) => byStatus({ id: `w${i}`, y: 4 * i })),
      "BAD_USER_INPUT",
      "widgets",
    ],
    [
      "two widgets with one id",
      [byStatus(), byStatus({ y: 4 })],
      "BAD_USER_INPUT",
      "widgets[1].id",
    ],
    [
      "a custom period",
      [byStatus({ config: { period: "CUSTOM" } })],
      "BAD_USER_INPUT",
      "widgets[0].config.period",
    ],
    [
      "a limit on a widget without one",
      [byStatus({ config: { limit: 5 } })],
      "BAD_USER_INPUT",
      "widgets[0].config.limit",
    ],
  ] as const)(
    "refuses %s, naming the field, and writes nothing",
    async (_what, widgets, code, field) => {
      const kept = await save(world.seller, "PARTNER_SELLER", [byStatus({ id: "kept" })]);
      expect(kept.errors).toBeUndefined();
      const before = await storedLayouts(world.seller.id);

      const res = await save(world.seller, "PARTNER_SELLER", [...widgets]);
      expect(codeOf(res)).toBe(code);
      expect(res.errors![0]!.extensions!.field).toBe(field);
      expect(res.errors![0]!.message).toMatch(/\w/);
      expect(res.data).toBeNull();
      expect(await storedLayouts(world.seller.id)).toEqual(before);

      // Nor for someone with nothing saved yet.
      const fresh = await save(world.peerSeller, "PARTNER_SELLER", [...widgets]);
      expect(codeOf(fresh)).toBe(code);
      expect(await storedLayouts(world.peerSeller.id)).toEqual([]);
    },
  );

  it("says what is wrong in words a person can act on", async () => {
    const res = await save(world.seller, "PARTNER_SELLER", [
      byStatus({ id: "a" }),
      byStatus({ id: "b", y: 4 }),
      byStatus({ id: "c", y: 8, w: 20 }),
    ]);
    expect(res.errors![0]!.message).toBe(
      "Widget 3 (dealsByStatus) is 20 columns wide; the grid has 12.",
    );
  });

  it("refuses another portal's dashboard: reading, saving and resetting", async () => {
    const token = await tokenOf(world.seller);
    await save(world.seller, "PARTNER_SELLER", [byStatus()]);
    const before = await storedLayouts(world.seller.id);
    const readOther = await app.gql(DASHBOARD, { portal: "CHANNEL_MANAGER" }, { token });
    expect(codeOf(readOther)).toBe("FORBIDDEN");
    expect(readOther.errors![0]!.message).toMatch(/Partner seller portal/);
    const saveOther = await save(world.seller, "PARTNER_SALES_MANAGER", [byStatus()]);
    expect(codeOf(saveOther)).toBe("FORBIDDEN");
    const resetOther = await app.gql(RESET, { portal: "PARTNER_SALES_OPS" }, { token });
    expect(codeOf(resetOther)).toBe("FORBIDDEN");
    expect(await storedLayouts(world.seller.id)).toEqual(before);
    // The vendor side is refused the partner portals in the same way.
    const cmReadsSeller = await app.gql(
      DASHBOARD,
      { portal: "PARTNER_SELLER" },
      { token: await tokenOf(world.cm) },
    );
    expect(codeOf(cmReadsSeller)).toBe("FORBIDDEN");
  });

  it("keeps each user's layout to themselves, in the same organization and portal", async () => {
    const mine = [byStatus({ id: "mine", w: 12 })];
    const theirs = [byStatus({ id: "theirs", w: 4 })];
    await save(world.seller, "PARTNER_SELLER", mine);
    expect(await read(world.peerSeller, "PARTNER_SELLER")).toMatchObject({ isDefault: true });

    await save(world.peerSeller, "PARTNER_SELLER", theirs);
    expect((await read(world.seller, "PARTNER_SELLER")).widgets).toEqual(mine.map(asRead));
    expect((await read(world.peerSeller, "PARTNER_SELLER")).widgets).toEqual(theirs.map(asRead));

    await app.gql(RESET, { portal: "PARTNER_SELLER" }, { token: await tokenOf(world.peerSeller) });
    expect((await read(world.seller, "PARTNER_SELLER")).widgets).toEqual(mine.map(asRead));
    expect(await storedLayouts(world.seller.id)).toHaveLength(1);
  });

  it("has no argument that names a user: a layout is only ever the caller's", async () => {
    const schema = await getSchema();
    const query = schema.getQueryType()!.getFields();
    const mutation = schema.getMutationType()!.getFields();
    expect(query.dashboard!.args.map((a) => a.name)).toEqual(["portal"]);
    expect(query.widgetCatalog!.args).toEqual([]);
    expect(mutation.resetDashboard!.args.map((a) => a.name)).toEqual(["portal"]);
    expect(mutation.saveDashboard!.args.map((a) => a.name)).toEqual(["input"]);
    const input = schema.getType("SaveDashboardInput") as { getFields(): object };
    expect(Object.keys(input.getFields()).sort()).toEqual(["portal", "widgets"]);
  });

  it("leaves out saved widgets that are no longer in the role's catalogue", async () => {
    await app.db.dataSource.query(
      `INSERT INTO dashboard_layouts (user_id, portal, widgets) VALUES ($1, 'PARTNER_SELLER', $2::jsonb)`,
      [
        world.seller.id,
        JSON.stringify([
          { ...byStatus(), config: { period: "LAST_YEAR" } },
          { ...byStatus({ id: "gone", widget: "retiredWidget", y: 4 }), config: {} },
          { ...awaiting({ y: 8 }), config: { limit: 3 } },
        ]),
      ],
    );
    expect((await read(world.seller, "PARTNER_SELLER")).widgets).toEqual([
      asRead(byStatus({ config: { period: "LAST_YEAR" } })),
    ]);
  });

  it("refuses anonymous callers and writes nothing", async () => {
    const before = await app.db.dataSource.query(
      `SELECT count(*)::int AS n FROM dashboard_layouts`,
    );
    for (const [query, variables] of [
      [DASHBOARD, { portal: "PARTNER_SELLER" }],
      [SAVE, { input: { portal: "PARTNER_SELLER", widgets: [byStatus()] } }],
      [RESET, { portal: "PARTNER_SELLER" }],
      [CATALOG, {}],
    ] as const) {
      const res = await app.gql(query, variables);
      expect(codeOf(res)).toBe("UNAUTHENTICATED");
      expect(res.data).toBeNull();
    }
    expect(
      await app.db.dataSource.query(`SELECT count(*)::int AS n FROM dashboard_layouts`),
    ).toEqual(before);
  });
});
