// Amounts travel as decimal strings ("1234.50"): PostgreSQL numeric(14,2) must not pass through
// floating point. Arithmetic happens in integer cents (bigint).

const MONEY_STRING = /^\d{1,12}(\.\d{1,2})?$/;
const DECIMAL = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;
const MONEY_INPUT = /^(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d{0,2}))?$/;

/** A valid stored amount: non-negative, at most 12 integer digits and 2 decimals. */
export function isMoneyString(s: unknown): s is string {
  return typeof s === "string" && MONEY_STRING.test(s);
}

/** "1234.5" → 123450n. Accepts any sign and size (sums exceed 12 digits) but at most 2 decimals. */
export function toCents(amount: string | number): bigint {
  if (typeof amount === "number") {
    if (!Number.isFinite(amount)) throw new RangeError(`Not a money amount: ${amount}`);
    return BigInt(Math.round(amount * 100));
  }
  const match = DECIMAL.exec(amount);
  if (!match) throw new RangeError(`Not a money amount: "${amount}"`);
  const [, sign, units = "", fraction = ""] = match;
  const cents = BigInt(units) * 100n + BigInt(fraction.padEnd(2, "0"));
  return sign ? -cents : cents;
}

/** 123450n → "1234.50" */
export function centsToMoney(cents: bigint): string {
  const abs = cents < 0n ? -cents : cents;
  const sign = cents < 0n ? "-" : "";
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

export function addMoney(a: string | number, b: string | number): string {
  return centsToMoney(toCents(a) + toCents(b));
}

export function sumMoney(amounts: Iterable<string | number>): string {
  let total = 0n;
  for (const amount of amounts) total += toCents(amount);
  return centsToMoney(total);
}

export interface FormatMoneyOptions {
  currency?: string;
  locale?: string;
  /** "$1.2M" instead of "$1,234,567.00" */
  compact?: boolean;
}

const formatters = new Map<string, Intl.NumberFormat>();

function moneyFormatter(currency: string, locale: string, compact: boolean): Intl.NumberFormat {
  const key = `${locale}|${currency}|${compact}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, {
      style: "currency",
      currency,
      notation: compact ? "compact" : "standard",
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

export function formatMoney(amount: string | number, opts: FormatMoneyOptions = {}): string {
  const { currency = "USD", locale = "en-US", compact = false } = opts;
  // Intl formats decimal strings exactly, so a string amount never goes through a float.
  const exact = centsToMoney(toCents(amount)) as `${number}`;
  return moneyFormatter(currency, locale, compact).format(exact);
}

/**
 * What a person typed into an amount field, normalized ("$1,234.5" → "1234.50"); null when it is
 * not a valid amount (negative, more than 2 decimals, more than 12 integer digits, misplaced
 * thousands separators such as "1,5").
 */
export function parseMoneyInput(s: string): string | null {
  const match = MONEY_INPUT.exec(s.trim().replace(/^\$\s*/, ""));
  if (!match) return null;
  const [, rawUnits = "", fraction = ""] = match;
  const units = rawUnits.replace(/,/g, "").replace(/^0+(?=\d)/, "");
  if (units === "" && fraction === "") return null;
  const normalized = centsToMoney(toCents(`${units || "0"}.${fraction.padEnd(2, "0")}`));
  return isMoneyString(normalized) ? normalized : null;
}
