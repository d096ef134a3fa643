import type { Role } from "@prm/domain";

/**
 * Fixed ids and logins of the demo dataset. Tests may use them; nothing else hard-codes ids.
 * UUIDs are readable on purpose: 00000000-0000-4000-8000-<kind><number>.
 */
export const DEMO_PASSWORD = "prm-demo";

const id = (kind: string, n: number) =>
  `00000000-0000-4000-8000-${kind}${String(n).padStart(12 - kind.length, "0")}`;

/**
 * The id kind of every seeded table, shared by the demo and the large dataset (they never meet in
 * one database): row n of a kind is `fixedId(kind, n)`, in TypeScript and in SQL alike.
 */
export const ID_KINDS = {
  vendor: "0a",
  partner: "0b",
  territory: "0c",
  account: "0d",
  contact: "0e",
  admin: "1a",
  channelManager: "1b",
  demoLogin: "1c",
  partnerUser: "1d",
  deal: "2a",
  opportunity: "2b",
  stageChange: "2c",
  activity: "2d",
  auditEvent: "2e",
  notification: "2f",
  quota: "3a",
} as const;
export type IdKind = (typeof ID_KINDS)[keyof typeof ID_KINDS];

/** Digits after the kind in a fixed id: ids of one kind sort like their numbers. */
export const FIXED_ID_DIGITS = 10;

export function fixedId(kind: IdKind, n: number): string {
  if (!Number.isSafeInteger(n) || n < 0 || String(n).length > FIXED_ID_DIGITS) {
    throw new RangeError(`No fixed id for ${kind} number ${n}`);
  }
  return id(kind, n);
}

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

/** Logins of the large (benchmark) dataset; same password as the demo. */
export const LARGE_LOGINS: readonly DemoLogin[] = [
  { email: "admin@large.prm", role: "VENDOR_ADMIN" },
  { email: "cm1@large.prm", role: "CHANNEL_MANAGER", note: "exactly 40 partners" },
];

/** One line per login, as printed by `pnpm start` and `pnpm seed`. */
export function loginLines(logins: readonly DemoLogin[]): string[] {
  return logins.map((l) => `    ${l.email.padEnd(26)} ${l.role}${l.note ? ` — ${l.note}` : ""}`);
}
