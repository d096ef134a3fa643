export const DEFAULT_PROTECTION_DAYS = 90;
export const DEFAULT_APPROVAL_SLA_BUSINESS_DAYS = 2;

export const DEAL_FIELD_LIMITS = {
  customerName: 200,
  customerDomain: 253,
  contactName: 200,
  contactEmail: 254,
  description: 5000,
  products: { maxItems: 20, maxLength: 100 },
  reason: 2000,
  maxEstimatedAmount: 999999999999.99,
} as const;

const DEAL_NUMBER_PATTERN = /^DR-(\d{1,15})$/i;

/** 123 → "DR-000123"; numbers beyond six digits keep all their digits. */
export function formatDealNumber(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new RangeError(`Deal number must be a positive integer, got ${n}`);
  }
  return `DR-${String(n).padStart(6, "0")}`;
}

export function parseDealNumber(s: string): number | null {
  const match = DEAL_NUMBER_PATTERN.exec(s.trim());
  const n = match ? Number(match[1]) : 0;
  return n >= 1 ? n : null;
}

const HOSTNAME_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * The bare hostname a customer is known by, for matching registrations: "https://WWW.Acme.com/about"
 * → "acme.com". Null when the input does not hold a plausible public hostname (needs a TLD, no IPs).
 * Internationalized names must be given in punycode ("xn--…").
 */
export function normalizeDomain(input: string): string | null {
  let host = input.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, "").replace(/^\/\//, "");
  host = host.split(/[/?#]/, 1)[0] ?? "";
  host = host.slice(host.lastIndexOf("@") + 1);
  host = host
    .replace(/:\d*$/, "")
    .replace(/\.$/, "")
    .replace(/^www\./, "");

  const labels = host.split(".");
  const tld = labels[labels.length - 1] ?? "";
  const valid =
    host.length <= 253 &&
    labels.length >= 2 &&
    labels.every((label) => HOSTNAME_LABEL.test(label)) &&
    !/^\d+$/.test(tld);
  return valid ? host : null;
}

const LEGAL_SUFFIXES = new Set([
  "inc",
  "incorporated",
  "llc",
  "ltd",
  "limited",
  "corp",
  "corporation",
  "co",
  "company",
  "gmbh",
  "ag",
  "sa",
  "sas",
  "srl",
  "bv",
  "nv",
  "plc",
  "pty",
  "oy",
  "ab",
  "as",
  "kg",
]);

/**
 * A company name reduced for similarity matching: "Acme, Inc." → "acme",
 * "Müller GmbH & Co. KG" → "muller". Trailing legal suffixes are dropped (with an "and" joining
 * them, as in "& Co."), but never the first word, so "Company Inc." stays "company".
 */
export function normalizeCompanyName(input: string): string {
  const words = input
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/&/g, " and ")
    // Dots and apostrophes join ("S.A.", "O'Brien"); any other punctuation separates words.
    .replace(/[.'’]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);

  let end = words.length;
  while (end > 1) {
    const word = words[end - 1] ?? "";
    const joinsSuffix = word === "and" && end < words.length;
    if (!LEGAL_SUFFIXES.has(word) && !joinsSuffix) break;
    end--;
  }
  return words.slice(0, end).join(" ");
}

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;
const BUSINESS_WEEK_MS = 5 * DAY_MS;
const A_MONDAY = Date.UTC(1970, 0, 5);

/** Business milliseconds (Mon–Fri, UTC) between a fixed Monday and `t`; flat over weekends. */
function businessClock(t: number): number {
  const sinceMonday = t - A_MONDAY;
  const weeks = Math.floor(sinceMonday / WEEK_MS);
  return weeks * BUSINESS_WEEK_MS + Math.min(sinceMonday - weeks * WEEK_MS, BUSINESS_WEEK_MS);
}

/** The first instant at which `businessClock` reads `clock` (a weekend resolves to Monday 00:00). */
function instantAtBusinessClock(clock: number): number {
  const weeks = Math.floor(clock / BUSINESS_WEEK_MS);
  return A_MONDAY + weeks * WEEK_MS + (clock - weeks * BUSINESS_WEEK_MS);
}

/**
 * `start` plus `days` business days, weekends (Sat/Sun, UTC) not counting: Friday 15:00 + 1 is
 * Monday 15:00, and a start on a weekend counts from Monday 00:00.
 */
export function addBusinessDays(start: Date, days: number): Date {
  if (!Number.isFinite(days)) throw new RangeError(`Invalid number of days: ${days}`);
  return new Date(instantAtBusinessClock(businessClock(start.getTime()) + days * DAY_MS));
}

/** Time between two instants not counting weekends (Sat/Sun, UTC); 0 when `to` is not after `from`. */
export function businessMillisBetween(from: Date, to: Date): number {
  return Math.max(0, businessClock(to.getTime()) - businessClock(from.getTime()));
}

export function isOverSla(
  submittedAt: Date,
  now: Date,
  slaBusinessDays: number = DEFAULT_APPROVAL_SLA_BUSINESS_DAYS,
): boolean {
  return now.getTime() > addBusinessDays(submittedAt, slaBusinessDays).getTime();
}

/** When an approval's protection lapses; the period runs in calendar days. */
export function protectionExpiresAt(
  approvedAt: Date,
  days: number = DEFAULT_PROTECTION_DAYS,
): Date {
  return new Date(approvedAt.getTime() + days * DAY_MS);
}

/** Trigram similarity (pg_trgm) of normalized company names from which two customers match. */
export const CONFLICT_NAME_SIMILARITY = 0.6;

/** The owner is told once when protection lapses within this many days. */
export const EXPIRING_SOON_DAYS = 7;

/** The longest single protection extension a channel manager may grant. */
export const MAX_PROTECTION_EXTENSION_DAYS = 365;
