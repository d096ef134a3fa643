import { PORTAL_LABELS, portalForRole, type Role } from "@prm/domain";
import { PORTAL_PATHS } from "../../src/app/routing/portal-paths";

export interface DemoUser {
  email: string;
  role: Role;
  name: string;
  /** Screenshot file name. */
  shot: string;
}

/** The demo logins the seed creates (README), each with the portal it must land on. */
export const DEMO_USERS: readonly DemoUser[] = [
  { email: "admin@demo.prm", role: "VENDOR_ADMIN", name: "admin", shot: "dashboard-admin" },
  {
    email: "cm@demo.prm",
    role: "CHANNEL_MANAGER",
    name: "channel manager",
    shot: "dashboard-channel-manager",
  },
  {
    email: "seller@northwind.demo",
    role: "PARTNER_SELLER",
    name: "Northwind seller",
    shot: "dashboard-seller",
  },
  {
    email: "manager@northwind.demo",
    role: "PARTNER_SALES_MANAGER",
    name: "Northwind sales manager",
    shot: "dashboard-sales-manager",
  },
  {
    email: "ops@northwind.demo",
    role: "PARTNER_SALES_OPS",
    name: "Northwind sales operations",
    shot: "dashboard-sales-ops",
  },
  {
    email: "seller@contoso.demo",
    role: "PARTNER_SELLER",
    name: "Contoso seller",
    shot: "dashboard-seller-contoso",
  },
];

export function portalPathOf(user: DemoUser): string {
  return PORTAL_PATHS[portalForRole(user.role)];
}

export function portalLabelOf(user: DemoUser): string {
  return PORTAL_LABELS[portalForRole(user.role)];
}
