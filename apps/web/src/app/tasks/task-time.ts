import { dueWindowRange } from "@prm/domain";

const TIME = new Intl.DateTimeFormat("en-US", { hour: "numeric", minute: "2-digit" });
const DAY = new Intl.DateTimeFormat("en-US", { weekday: "short", month: "short", day: "numeric" });
const DAY_YEAR = new Intl.DateTimeFormat("en-US", {
  month: "short",
  day: "numeric",
  year: "numeric",
});

/** The browser's time zone: where "today" and "this week" are for the person looking. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

function dayOffset(date: Date, now: Date): number {
  const startOf = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.round((startOf(date) - startOf(now)) / (24 * 3600 * 1000));
}

/**
 * When a task is due, as a person reads a to-do list after "Due": "today, 3:00 PM", "tomorrow,
 * 9:00 AM", "yesterday, 5:30 PM", "Thu, Mar 5, 9:00 AM", "Jan 8, 2025" (another year).
 */
export function formatDue(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "—";
  const offset = dayOffset(date, now);
  const time = TIME.format(date);
  if (offset === 0) return `today, ${time}`;
  if (offset === 1) return `tomorrow, ${time}`;
  if (offset === -1) return `yesterday, ${time}`;
  if (date.getFullYear() !== now.getFullYear()) return DAY_YEAR.format(date);
  return `${DAY.format(date)}, ${time}`;
}

export const TASK_BUCKETS = ["OVERDUE", "TODAY", "THIS_WEEK", "LATER"] as const;
export type TaskBucket = (typeof TASK_BUCKETS)[number];

export const TASK_BUCKET_LABELS: Readonly<Record<TaskBucket, string>> = {
  OVERDUE: "Overdue",
  TODAY: "Due today",
  THIS_WEEK: "Later this week",
  LATER: "Later",
};

/**
 * Open tasks by when they are due, in the domain's windows for the viewer's time zone: past due,
 * the rest of today, the rest of this week (Monday to Sunday), after that. Order is kept.
 */
export function bucketTasks<T extends { dueAt?: string | null }>(
  tasks: readonly T[],
  now: Date = new Date(),
  timeZone: string = viewerTimeZone(),
): Record<TaskBucket, T[]> {
  const today = dueWindowRange("TODAY", now, timeZone);
  const week = dueWindowRange("THIS_WEEK", now, timeZone);
  const buckets: Record<TaskBucket, T[]> = { OVERDUE: [], TODAY: [], THIS_WEEK: [], LATER: [] };
  for (const task of tasks) {
    const due = task.dueAt ? new Date(task.dueAt).getTime() : Number.POSITIVE_INFINITY;
    const bucket: TaskBucket =
      due < now.getTime()
        ? "OVERDUE"
        : due < today.to.getTime()
          ? "TODAY"
          : due < week.to.getTime()
            ? "THIS_WEEK"
            : "LATER";
    buckets[bucket].push(task);
  }
  return buckets;
}
