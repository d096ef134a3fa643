import { sqlIn } from "../sql";
import { FIXED_ID_DIGITS, type IdKind } from "./constants";

/**
 * SQL fragments for set-based generation. Randomness is a hash of a row key and a salt, so a
 * row's values do not depend on the plan, the batch it falls in or the PostgreSQL build.
 */

/** 2^53 - 1: keeps the hash positive and exactly representable in a float8. */
const MASK_53 = "9007199254740991";

/** A pseudo-random float8 in [0, 1), the same every time for the same key and salt. */
export function sqlRandom(key: string, salt: number): string {
  return `((hashtextextended((${key})::text, ${salt}) & ${MASK_53})::float8 / 9007199254740992.0)`;
}

/**
 * `r_<name>` columns of independent random numbers for a row key, salted from `salt` on. Put
 * them in a `MATERIALIZED` CTE: an inlined CTE would re-evaluate the hash wherever a later
 * expression mentions the column.
 */
export function sqlRandomColumns(key: string, salt: number, names: readonly string[]): string {
  return names.map((name, i) => `${sqlRandom(key, salt + i)} AS r_${name}`).join(",\n    ");
}

/** A text[] literal of known constants. */
export function sqlTextArray(values: readonly string[]): string {
  return `ARRAY[${sqlIn(values)}]::text[]`;
}

/** The element of a non-empty array that `random` (in [0, 1)) lands on. */
export function sqlPick(array: string, random: string): string {
  return `(${array})[1 + floor((${random}) * cardinality(${array}))::int]`;
}

/** One of the keys of `mix`, chosen with probability proportional to its weight. */
export function sqlWeighted(
  mix: Readonly<Partial<Record<string, number>>>,
  random: string,
): string {
  const entries = Object.entries(mix).filter((e): e is [string, number] => (e[1] ?? 0) > 0);
  const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
  let cumulative = 0;
  const branches = entries.slice(0, -1).map(([key, weight]) => {
    cumulative += weight;
    return `WHEN ${random} < ${cumulative / total} THEN ${sqlIn([key])}`;
  });
  return `(CASE ${branches.join(" ")} ELSE ${sqlIn([entries.at(-1)?.[0] ?? ""])} END)`;
}

/** A CASE over a column's known values, e.g. a stage's probability. */
export function sqlLookup(
  column: string,
  table: Readonly<Record<string, string | number>>,
): string {
  const branches = Object.entries(table).map(
    ([key, value]) =>
      `WHEN ${sqlIn([key])} THEN ${typeof value === "number" ? value : sqlIn([value])}`,
  );
  return `(CASE ${column} ${branches.join(" ")} END)`;
}

/** SQL twin of `fixedId(kind, n)`. */
export function sqlFixedId(kind: IdKind, n: string): string {
  return `('00000000-0000-4000-8000-${kind}' || lpad((${n})::text, ${FIXED_ID_DIGITS}, '0'))::uuid`;
}

/** The number n of a fixed id (`fixedId(kind, n)`), for deriving child ids from a parent row. */
export function sqlFixedIdNumber(id: string): string {
  return `right((${id})::text, ${FIXED_ID_DIGITS})::bigint`;
}

/** `days` (a float expression) as an interval. */
export function sqlDays(days: string | number): string {
  return `((${days}) * interval '1 day')`;
}

/** The UTC calendar date of a timestamptz, independent of the session's time zone. */
export function sqlUtcDate(timestamp: string): string {
  return `((${timestamp}) AT TIME ZONE 'UTC')::date`;
}

/** A plausible deal or opportunity amount: 5,000 to ~270,000 in hundreds, most of them small. */
export function sqlAmount(random: string): string {
  return `round((5000 * exp(4 * (${random})))::numeric, -2)`;
}
