import { DEFAULT_DASHBOARDS, widgetsForRole, type Portal, type Role } from "@prm/domain";
import type { SessionUserFragment } from "../gql/graphql";

const PEOPLE: Readonly<
  Record<Role, { name: string; email: string; org: string; kind: "VENDOR" | "PARTNER" }>
> = {
  VENDOR_ADMIN: { name: "Alex Admin", email: "admin@demo.prm", org: "Acme Cloud", kind: "VENDOR" },
  CHANNEL_MANAGER: {
    name: "Casey Morgan",
    email: "cm@demo.prm",
    org: "Acme Cloud",
    kind: "VENDOR",
  },
  PARTNER_SELLER: {
    name: "Sam Seller",
    email: "seller@northwind.demo",
    org: "Northwind Solutions",
    kind: "PARTNER",
  },
  PARTNER_SALES_MANAGER: {
    name: "Morgan Manager",
    email: "manager@northwind.demo",
    org: "Northwind Solutions",
    kind: "PARTNER",
  },
  PARTNER_SALES_OPS: {
    name: "Olive Ops",
    email: "ops@northwind.demo",
    org: "Northwind Solutions",
    kind: "PARTNER",
  },
};

export function userWithRole(role: Role): SessionUserFragment {
  const person = PEOPLE[role];
  // __typename as the server sends it (the mocked cache asks for it; the generated types omit it).
  const user = {
    __typename: "User",
    id: `user-${role}`,
    email: person.email,
    name: person.name,
    role,
    organization: {
      __typename: "Organization",
      id: `org-${person.org}`,
      name: person.org,
      kind: person.kind,
    },
  };
  return user;
}

/** The catalogue as the API serves it for a vendor role (from the domain's definitions). */
export function catalogFor(role: Role) {
  return widgetsForRole(role).map((definition) => ({
    __typename: "WidgetDefinition",
    id: definition.id,
    title: definition.title,
    description: definition.description,
    defaultSize: { __typename: "WidgetSize", ...definition.defaultSize },
    minSize: { __typename: "WidgetSize", ...definition.minSize },
    maxSize: { __typename: "WidgetSize", ...definition.maxSize },
    options: { __typename: "WidgetOptions", ...definition.options },
    defaultConfig: {
      __typename: "WidgetConfig",
      period: definition.defaultConfig.period ?? null,
      limit: definition.defaultConfig.limit ?? null,
    },
  }));
}

export interface WidgetFixture {
  id: string;
  widget: string;
  x: number;
  y: number;
  w: number;
  h: number;
  config: { period?: string | null; limit?: number | null };
}

export function dashboardOf(portal: Portal, widgets: WidgetFixture[], isDefault = false) {
  return {
    __typename: "Dashboard",
    portal,
    isDefault,
    updatedAt: isDefault ? null : "2026-11-20T09:00:00.000Z",
    widgets: widgets.map((w) => ({
      __typename: "DashboardWidget",
      ...w,
      config: {
        __typename: "WidgetConfig",
        period: w.config.period ?? null,
        limit: w.config.limit ?? null,
      },
    })),
  };
}

/** The role's default dashboard, as the domain defines it. */
export function defaultDashboard(portal: Portal) {
  return dashboardOf(
    portal,
    DEFAULT_DASHBOARDS[portal].map((placement) => ({
      ...placement,
      config: { ...placement.config },
    })),
    true,
  );
}
