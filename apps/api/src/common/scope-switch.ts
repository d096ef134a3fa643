import type { Viewer } from "../auth/viewer";
import type { SqlFragment } from "./sql-params";

let helpersOff = false;

/**
 * The isolation suite's hook (test/isolation.int-spec.ts): with the SQL scope helpers off, only
 * row-level security stands between tenants, and the suite proves it still holds. Refused
 * outside tests (NODE_ENV=test, which Jest sets); nothing in src/ calls it.
 */
export function switchScopeHelpersOff(off: boolean): void {
  if (off && process.env.NODE_ENV !== "test") {
    throw new Error("The scope helpers can only be switched off in tests.");
  }
  helpersOff = off;
}

type ScopeHelper = (viewer: Viewer, alias: string, firstParam: number) => SqlFragment;

/**
 * A scope helper (visibleDealsSql, …) that answers `whenOff` — no restriction unless it says
 * otherwise — while the isolation suite has the helpers switched off. `whenOff` keeps what is
 * not a tenant rule (e.g. that partners are organizations of kind PARTNER).
 */
export function switchable<H extends ScopeHelper>(
  helper: H,
  whenOff: (alias: string) => string = () => "TRUE",
): H {
  return ((viewer, alias, firstParam) =>
    helpersOff ? { sql: whenOff(alias), params: [] } : helper(viewer, alias, firstParam)) as H;
}
