import type { Role } from "@prm/domain";

/**
 * Fixed ids and logins of the demo dataset. Tests may use them; nothing else hard-codes ids.
 * UUIDs are readable on purpose: 00000000-0000-4000-8000-<kind><number>.
 */
export const DEMO_PASSWORD = "prm-demo";

const id = (kind: string, n: number) =>
  `00000000-0000-4000-8000-${kind}${String(n).padStart(12 - kind.length, "0")}`;

export const DEMO_IDS = {
  vendor: id("0a", 1),
  organizations: {
    northwind: id("0b", 1),
    contoso: id("0b", 2),
  },
  users: {
    admin: id("1a", 1),
    cm: id("1b", 1),
    cm2: id("1b", 2),
    cm3: id("1b", 3),
    northwindSeller: id("1c", 1),
    northwindManager: id("1c", 2),
    northwindOps: id("1c", 3),
    contosoSeller: id("1c", 4),
  },
  /** Partner organizations are numbered 1..PARTNER_COUNT: partnerOrgId(1) is Northwind. */
  partnerOrgId: (n: number) => id("0b", n),
  /** Other users are numbered from 100 upwards. */
  userId: (n: number) => id("1d", n),
} as const;

export interface DemoLogin {
  email: string;
  role: Role;
  note?: string;
}

export const DEMO_LOGINS: readonly DemoLogin[] = [
  { email: "admin@demo.prm", role: "VENDOR_ADMIN" },
  { email: "cm@demo.prm", role: "CHANNEL_MANAGER", note: "Northwind and other partners" },
  { email: "seller@northwind.demo", role: "PARTNER_SELLER", note: "Northwind Solutions" },
  {
    email: "manager@northwind.demo",
    role: "PARTNER_SALES_MANAGER",
    note: "Northwind, manages the seller",
  },
  { email: "ops@northwind.demo", role: "PARTNER_SALES_OPS", note: "Northwind" },
  {
    email: "seller@contoso.demo",
    role: "PARTNER_SELLER",
    note: "Contoso, another channel manager's partner",
  },
];
