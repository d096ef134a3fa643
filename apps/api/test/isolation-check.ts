import type { ForeignRow } from "./isolation-fixture";

/** One foreign row an answer showed, and where. */
export interface Leak extends ForeignRow {
  path: string;
}

/** What one answer showed: its foreign rows and every id in it. */
export interface Shown {
  leaks: Leak[];
  /** Every id found (a row id of any table, or another uuid), foreign or not. */
  ids: string[];
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const CURSOR_KEYS = new Set(["cursor", "endCursor"]);

/**
 * Every id anywhere in an answer (`data`, and `errors` less the ids the request itself sent: a
 * NOT_FOUND may repeat them), cursors decoded too, checked against the principal's foreign rows.
 *
 * One exception, PRODUCT.md's decision on conflicts seen by a channel manager: a claim of a
 * partner they do not oversee (`DealConflict` with `restricted: true`) shows its record's id and
 * its partner (name, and whom to talk to). Its other fields are checked, and a draft is never
 * shown, restricted or not.
 */
export function showIn(
  answer: { data?: unknown; errors?: unknown },
  foreign: ReadonlyMap<string, ForeignRow>,
  sent: ReadonlySet<string>,
): Shown {
  const shown: Shown = { leaks: [], ids: [] };
  const check = (text: string, path: string, allowed: (row: ForeignRow) => boolean) => {
    for (const match of text.matchAll(UUID)) {
      const id = match[0].toLowerCase();
      shown.ids.push(id);
      const row = foreign.get(id);
      if (row && !allowed(row)) shown.leaks.push({ ...row, path });
    }
  };
  const never = () => false;
  const walk = (value: unknown, path: string, allowed: (row: ForeignRow) => boolean): void => {
    if (typeof value === "string") {
      check(value, path, allowed);
      const key = path.slice(path.lastIndexOf(".") + 1);
      if (CURSOR_KEYS.has(key)) check(Buffer.from(value, "base64url").toString(), path, allowed);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => walk(item, `${path}[${index}]`, allowed));
    } else if (value && typeof value === "object") {
      const object = value as Record<string, unknown>;
      const restricted = object.__typename === "DealConflict" && object.restricted === true;
      for (const [key, item] of Object.entries(object)) {
        const notADraft = (row: ForeignRow) => row.reason !== "a draft";
        if (restricted && key === "id") walk(item, `${path}.${key}`, notADraft);
        else if (restricted && key === "partner" && item && typeof item === "object") {
          const { id, ...rest } = item as Record<string, unknown>;
          walk(id, `${path}.partner.id`, notADraft);
          walk(rest, `${path}.partner`, allowed);
        } else walk(item, `${path}.${key}`, allowed);
      }
    }
  };
  walk(answer.data, "data", never);
  walk(answer.errors, "errors", (row) => sent.has(row.id));
  return shown;
}

/** Every id a request sends (its variables), which an error may repeat. */
export function idsSent(variables: unknown): Set<string> {
  return new Set([...JSON.stringify(variables).matchAll(UUID)].map((m) => m[0].toLowerCase()));
}

/** A figure: a count, or an amount (sent as a decimal string). Ratios and instants move with time. */
const isFigure = (value: unknown) =>
  Number.isInteger(value) || (typeof value === "string" && /^-?\d+\.\d\d$/.test(value));

export interface FigureDifference {
  /** `.v0.edges[3].node.owner.workload.pendingDeals` */
  path: string;
  before: string;
  after: string;
}

/** Where two answers to the same request differ in their figures; lists of different lengths too. */
export function figureDifferences(a: unknown, b: unknown, path = ""): FigureDifference[] {
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      return [{ path, before: `${a.length} items`, after: `${b.length} items` }];
    }
    return a.flatMap((item, index) => figureDifferences(item, b[index], `${path}[${index}]`));
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((key) =>
      figureDifferences(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${path}.${key}`,
      ),
    );
  }
  return (isFigure(a) || isFigure(b)) && a !== b
    ? [{ path, before: JSON.stringify(a), after: JSON.stringify(b) }]
    : [];
}
