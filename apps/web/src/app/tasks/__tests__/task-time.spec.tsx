import { bucketTasks, formatDue } from "../task-time";

// Wednesday, March 11 2026, 10:00 UTC.
const NOW = new Date("2026-03-11T10:00:00Z");

describe("task buckets", () => {
  it("puts open tasks in overdue, today, later this week and later (UTC days, ISO weeks)", () => {
    const tasks = [
      { id: "overdue", dueAt: "2026-03-11T09:59:00Z" },
      { id: "long-overdue", dueAt: "2026-02-01T09:00:00Z" },
      { id: "today", dueAt: "2026-03-11T23:59:00Z" },
      { id: "sunday", dueAt: "2026-03-15T18:00:00Z" },
      { id: "next-monday", dueAt: "2026-03-16T00:00:00Z" },
    ];
    const buckets = bucketTasks(tasks, NOW, "UTC");
    expect(buckets.OVERDUE.map((t) => t.id)).toEqual(["overdue", "long-overdue"]);
    expect(buckets.TODAY.map((t) => t.id)).toEqual(["today"]);
    expect(buckets.THIS_WEEK.map((t) => t.id)).toEqual(["sunday"]);
    expect(buckets.LATER.map((t) => t.id)).toEqual(["next-monday"]);
  });

  it("reads today and this week on the viewer's clock", () => {
    // 23:30 in New York on Tuesday the 10th is already Wednesday in UTC.
    const late = new Date("2026-03-11T03:30:00Z");
    const tasks = [{ id: "wed-morning-utc", dueAt: "2026-03-11T10:00:00Z" }];
    expect(bucketTasks(tasks, late, "America/New_York").THIS_WEEK).toHaveLength(1);
    expect(bucketTasks(tasks, late, "UTC").TODAY).toHaveLength(1);
  });
});

describe("due times", () => {
  it("names today, tomorrow and yesterday, and the date otherwise", () => {
    const now = new Date(2026, 2, 11, 10, 0);
    expect(formatDue(new Date(2026, 2, 11, 15, 0).toISOString(), now)).toBe("today, 3:00 PM");
    expect(formatDue(new Date(2026, 2, 12, 9, 0).toISOString(), now)).toBe("tomorrow, 9:00 AM");
    expect(formatDue(new Date(2026, 2, 10, 17, 30).toISOString(), now)).toBe("yesterday, 5:30 PM");
    expect(formatDue(new Date(2026, 2, 19, 9, 0).toISOString(), now)).toBe("Thu, Mar 19, 9:00 AM");
    expect(formatDue(new Date(2025, 0, 8, 9, 0).toISOString(), now)).toBe("Jan 8, 2025");
  });
});
