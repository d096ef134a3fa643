import { quotaAttainment, sumMoney } from "@prm/domain";

interface QuotaRow {
  seller: { name: string };
  wonAmount: string;
  quotaAmount: string | null;
  quotaAttainment: number | null;
}

export interface TeamQuotaTotal {
  /** The sum of the members' quotas (a team's quota, per the product); null when none has one. */
  quotaAmount: string | null;
  /** What the members who have a quota won. */
  wonAmount: string;
  attainment: number | null;
}

/** The team's line: the sum of its rows — the quotas of those who have one, and what they won. */
export function teamQuotaTotal(rows: readonly QuotaRow[]): TeamQuotaTotal {
  const withQuota = rows.filter((row) => row.quotaAmount !== null);
  if (withQuota.length === 0) return { quotaAmount: null, wonAmount: "0.00", attainment: null };
  const quotaAmount = sumMoney(withQuota.map((row) => row.quotaAmount ?? 0));
  const wonAmount = sumMoney(withQuota.map((row) => row.wonAmount));
  return { quotaAmount, wonAmount, attainment: quotaAttainment(wonAmount, quotaAmount) };
}

/** Highest attainment first; those without a quota last, by name. */
export function byAttainment<Row extends QuotaRow>(rows: readonly Row[]): Row[] {
  return [...rows].sort((a, b) => {
    if (a.quotaAttainment === null || b.quotaAttainment === null) {
      if (a.quotaAttainment !== b.quotaAttainment) return a.quotaAttainment === null ? 1 : -1;
      return a.seller.name.localeCompare(b.seller.name);
    }
    return b.quotaAttainment - a.quotaAttainment || a.seller.name.localeCompare(b.seller.name);
  });
}

interface OverdueRow {
  seller: { name: string };
  tasksOverdue: number;
  oldestOverdueDueAt?: string | null;
}

/** Those with overdue tasks: most overdue tasks first; of as many, the one waiting longest first. */
export function mostOverdueFirst<Row extends OverdueRow>(rows: readonly Row[]): Row[] {
  return rows
    .filter((row) => row.tasksOverdue > 0)
    .sort(
      (a, b) =>
        b.tasksOverdue - a.tasksOverdue ||
        (a.oldestOverdueDueAt ?? "").localeCompare(b.oldestOverdueDueAt ?? "") ||
        a.seller.name.localeCompare(b.seller.name),
    );
}
