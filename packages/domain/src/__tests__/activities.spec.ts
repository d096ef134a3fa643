import {
  ACTIVITY_FIELD_LIMITS,
  checkActivityFields,
  checkContactFields,
  COMMUNICATION_TYPES,
  dueWindowRange,
  isCommunication,
  isOverdue,
  isTask,
  isTimeZone,
} from "../activities";
import { ACTIVITY_TYPES } from "../opportunity-stages";

const NOW = new Date("2026-11-26T12:00:00Z"); // a Thursday

describe("activity types", () => {
  it("splits the types into communications and tasks", () => {
    expect(ACTIVITY_TYPES.filter(isCommunication)).toEqual([...COMMUNICATION_TYPES]);
    expect(ACTIVITY_TYPES.filter(isTask)).toEqual(["TASK"]);
  });
});

describe("checkActivityFields", () => {
  const check = (
    input: Parameters<typeof checkActivityFields>[0],
    type: (typeof ACTIVITY_TYPES)[number] = "CALL",
    partial = false,
  ) => checkActivityFields(input, { type, now: NOW, partial });

  it("logs a communication now by default, trimmed, with an empty body as none", () => {
    expect(check({ subject: "  Call with Ann ", body: "  " })).toEqual({
      errors: [],
      values: { subject: "Call with Ann", body: null, occurredAt: NOW },
    });
  });

  it("takes a time it happened up to a minute ahead, and at most ten years back", () => {
    const soon = new Date(NOW.getTime() + 60_000);
    expect(check({ subject: "x", occurredAt: soon }).values.occurredAt).toEqual(soon);
    expect(check({ subject: "x", occurredAt: new Date(NOW.getTime() + 61_000) }).errors).toEqual([
      { field: "occurredAt", message: "It cannot have happened in the future." },
    ]);
    expect(
      check({ subject: "x", occurredAt: new Date("2016-01-01T00:00:00Z") }).errors[0]?.field,
    ).toBe("occurredAt");
    expect(check({ subject: "x", occurredAt: null }).errors[0]?.field).toBe("occurredAt");
  });

  it("needs a subject of at most 200 characters, and a body of at most 5,000", () => {
    expect(check({ subject: " " }).errors).toEqual([
      { field: "subject", message: "The subject is required." },
    ]);
    expect(check({ subject: "s".repeat(201) }).errors[0]).toEqual({
      field: "subject",
      message: "The subject can be at most 200 characters.",
    });
    expect(check({ subject: "s".repeat(200) }).errors).toEqual([]);
    expect(
      check({ subject: "s", body: "b".repeat(ACTIVITY_FIELD_LIMITS.body + 1) }).errors[0]?.field,
    ).toBe("body");
  });

  it("gives a task a due time and no time it happened; a communication no due time", () => {
    const due = new Date("2026-12-01T09:00:00Z");
    expect(check({ subject: "Send quote", dueAt: due }, "TASK")).toEqual({
      errors: [],
      values: { subject: "Send quote", body: null, dueAt: due },
    });
    expect(check({ subject: "Send quote" }, "TASK").errors).toEqual([
      { field: "dueAt", message: "A task needs a due time." },
    ]);
    expect(check({ subject: "x", dueAt: due, occurredAt: NOW }, "TASK").errors[0]?.field).toBe(
      "occurredAt",
    );
    expect(check({ subject: "x", dueAt: due }, "MEETING").errors[0]?.field).toBe("dueAt");
    expect(
      check({ subject: "x", dueAt: new Date("2032-01-01T00:00:00Z") }, "TASK").errors[0]?.field,
    ).toBe("dueAt");
    // Overdue tasks may be written down after the fact.
    expect(check({ subject: "x", dueAt: new Date("2026-11-20T00:00:00Z") }, "TASK").errors).toEqual(
      [],
    );
  });

  it("checks only the fields an edit gives", () => {
    expect(check({ body: "More" }, "CALL", true)).toEqual({
      errors: [],
      values: { body: "More" },
    });
    expect(check({ dueAt: null }, "TASK", true).errors[0]?.field).toBe("dueAt");
    expect(check({ subject: null }, "NOTE", true).errors[0]?.field).toBe("subject");
    expect(check({}, "TASK", true)).toEqual({ errors: [], values: {} });
  });
});

describe("isOverdue", () => {
  it("is an open task past its due time", () => {
    const task = { type: "TASK" as const, dueAt: new Date("2026-11-26T11:00:00Z") };
    expect(isOverdue({ ...task, completedAt: null }, NOW)).toBe(true);
    expect(isOverdue({ ...task, completedAt: NOW }, NOW)).toBe(false);
    expect(
      isOverdue({ ...task, dueAt: new Date("2026-11-26T13:00:00Z"), completedAt: null }, NOW),
    ).toBe(false);
    expect(isOverdue({ type: "CALL", dueAt: null, completedAt: null }, NOW)).toBe(false);
  });
});

describe("dueWindowRange", () => {
  it("reads today and this week in UTC by default, weeks starting on Monday", () => {
    expect(dueWindowRange("OVERDUE", NOW)).toEqual({ from: null, to: NOW });
    expect(dueWindowRange("TODAY", NOW)).toEqual({
      from: new Date("2026-11-26T00:00:00Z"),
      to: new Date("2026-11-27T00:00:00Z"),
    });
    expect(dueWindowRange("THIS_WEEK", NOW)).toEqual({
      from: new Date("2026-11-23T00:00:00Z"),
      to: new Date("2026-11-30T00:00:00Z"),
    });
    // Sunday belongs to the week that started the Monday before; weeks cross months.
    expect(dueWindowRange("THIS_WEEK", new Date("2026-11-01T23:59:59Z"))).toEqual({
      from: new Date("2026-10-26T00:00:00Z"),
      to: new Date("2026-11-02T00:00:00Z"),
    });
  });

  it("reads them on the clocks of a time zone when given one", () => {
    // 12:00 UTC is 04:00 in Los Angeles (PST, UTC−8) and 01:00 next day in Auckland (NZDT, UTC+13).
    expect(dueWindowRange("TODAY", NOW, "America/Los_Angeles")).toEqual({
      from: new Date("2026-11-26T08:00:00Z"),
      to: new Date("2026-11-27T08:00:00Z"),
    });
    const late = new Date("2026-11-26T23:30:00Z");
    expect(dueWindowRange("TODAY", late, "Pacific/Auckland")).toEqual({
      from: new Date("2026-11-26T11:00:00Z"),
      to: new Date("2026-11-27T11:00:00Z"),
    });
    expect(dueWindowRange("THIS_WEEK", NOW, "Asia/Kolkata")).toEqual({
      from: new Date("2026-11-22T18:30:00Z"),
      to: new Date("2026-11-29T18:30:00Z"),
    });
  });

  it("keeps local midnights across a daylight saving change", () => {
    // Berlin leaves summer time on Sunday 2026-10-25: that week is 169 hours long.
    const { from, to } = dueWindowRange(
      "THIS_WEEK",
      new Date("2026-10-22T10:00:00Z"),
      "Europe/Berlin",
    );
    expect(from).toEqual(new Date("2026-10-18T22:00:00Z"));
    expect(to).toEqual(new Date("2026-10-25T23:00:00Z"));
    expect(dueWindowRange("TODAY", new Date("2026-10-25T10:00:00Z"), "Europe/Berlin")).toEqual({
      from: new Date("2026-10-24T22:00:00Z"),
      to: new Date("2026-10-25T23:00:00Z"),
    });
  });

  it("knows time zones by their IANA names", () => {
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isTimeZone("")).toBe(false);
    expect(isTimeZone("x".repeat(65))).toBe(false);
  });
});

describe("checkContactFields", () => {
  it("trims the fields and keeps blank optional ones as none", () => {
    expect(
      checkContactFields({
        name: " Ann Lee ",
        title: " CTO ",
        email: "",
        phone: " +1 (555) 010-0199 ",
      }),
    ).toEqual({
      errors: [],
      values: { name: "Ann Lee", title: "CTO", email: null, phone: "+1 (555) 010-0199" },
    });
  });

  it("names the field of each mistake", () => {
    const { errors } = checkContactFields({
      name: "",
      title: "t".repeat(121),
      email: "ann@",
      phone: "call me",
    });
    expect(errors.map((e) => e.field)).toEqual(["name", "title", "email", "phone"]);
    expect(checkContactFields({ name: "n".repeat(201) }).errors[0]?.message).toBe(
      "The name can be at most 200 characters.",
    );
    expect(
      checkContactFields({ name: "A", email: `${"a".repeat(250)}@x.io` }).errors[0]?.field,
    ).toBe("email");
    expect(checkContactFields({ name: "A", phone: "9".repeat(51) }).errors[0]?.field).toBe("phone");
    expect(checkContactFields({ name: "A", phone: "()" }).errors[0]?.field).toBe("phone");
    expect(checkContactFields({ name: "A", phone: "+44 20 7946.0958" }).errors).toEqual([]);
  });

  it("checks only the fields an edit gives, and never lets the name be blank", () => {
    expect(checkContactFields({ title: null }, { partial: true })).toEqual({
      errors: [],
      values: { title: null },
    });
    expect(checkContactFields({ name: null }, { partial: true }).errors[0]?.field).toBe("name");
  });
});
