import { isEmailAddress } from "./deal-validation";
import type { ActivityType } from "./opportunity-stages";

/** Activities that record something that happened (a time it happened); the rest is TASK. */
export const COMMUNICATION_TYPES = [
  "CALL",
  "EMAIL",
  "MEETING",
  "NOTE",
] as const satisfies readonly ActivityType[];

/** A task has a due time and can be completed; communications have a time they happened. */
export function isTask(type: ActivityType): boolean {
  return type === "TASK";
}

export function isCommunication(type: ActivityType): boolean {
  return (COMMUNICATION_TYPES as readonly ActivityType[]).includes(type);
}

/** Open tasks are not completed yet; DONE ones are. */
export const ACTIVITY_STATUSES = ["OPEN", "DONE"] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

/**
 * Which tasks a "due" filter means, relative to now in a time zone (UTC unless the caller names
 * one): OVERDUE — open, due before now; TODAY — due between today's midnight and tomorrow's;
 * THIS_WEEK — due between Monday's midnight and the next Monday's (ISO weeks).
 */
export const ACTIVITY_DUE_WINDOWS = ["OVERDUE", "TODAY", "THIS_WEEK"] as const;
export type ActivityDueWindow = (typeof ACTIVITY_DUE_WINDOWS)[number];

export const ACTIVITY_DUE_LABELS: Readonly<Record<ActivityDueWindow, string>> = {
  OVERDUE: "Overdue",
  TODAY: "Due today",
  THIS_WEEK: "Due this week",
};

export const ACTIVITY_FIELD_LIMITS = {
  subject: 200,
  body: 5_000,
  /** A communication may be logged this far ahead of now (clocks differ a little). */
  futureToleranceMs: 60_000,
  /** How far back a communication may be logged, and a task be due. */
  maxPastYears: 10,
  /** How far ahead a task may be due. */
  maxDueAheadYears: 5,
  /** IANA time zone names ("America/Argentina/ComodRivadavia" is among the longest). */
  timeZone: 64,
} as const;

/** What a person gives when logging or editing an activity (absent fields: unchanged). */
export interface ActivityFieldsInput {
  subject?: string | null;
  body?: string | null;
  occurredAt?: Date | null;
  dueAt?: Date | null;
}

export type ActivityField = keyof ActivityFieldsInput;

export interface FieldError<F extends string> {
  field: F;
  message: string;
}

/** The fields as stored; on a partial check only the ones given. */
export interface ActivityFieldValues {
  subject: string;
  body: string | null;
  occurredAt: Date;
  dueAt: Date | null;
}

const YEAR_MS = 365.25 * 24 * 60 * 60 * 1000;

/**
 * Checks an activity's fields for its type. A communication (CALL, EMAIL, MEETING, NOTE)
 * happened at `occurredAt` — now when absent on logging, never more than a minute ahead — and
 * has no due time; a TASK needs `dueAt` and takes no `occurredAt` (it is when it was created).
 * With `partial` (an edit), absent (undefined) fields are skipped.
 */
export function checkActivityFields(
  input: ActivityFieldsInput,
  options: { type: ActivityType; now: Date; partial?: boolean },
): { errors: FieldError<ActivityField>[]; values: Partial<ActivityFieldValues> } {
  const errors: FieldError<ActivityField>[] = [];
  const values: Partial<ActivityFieldValues> = {};
  const error = (field: ActivityField, message: string) => errors.push({ field, message });
  const given = (field: ActivityField) => !options.partial || input[field] !== undefined;
  const now = options.now.getTime();
  const earliest = now - ACTIVITY_FIELD_LIMITS.maxPastYears * YEAR_MS;

  if (given("subject")) {
    const subject = input.subject?.trim() ?? "";
    if (!subject) error("subject", "The subject is required.");
    else if (subject.length > ACTIVITY_FIELD_LIMITS.subject)
      error("subject", activityFieldTooLong("subject"));
    else values.subject = subject;
  }

  if (given("body")) {
    const body = input.body?.trim() ?? "";
    if (body.length > ACTIVITY_FIELD_LIMITS.body) error("body", activityFieldTooLong("body"));
    else values.body = body || null;
  }

  if (isTask(options.type)) {
    if (input.occurredAt != null) {
      error("occurredAt", "A task has a due time, not a time it happened: give dueAt instead.");
    }
    if (given("dueAt")) {
      const due = input.dueAt?.getTime();
      if (due === undefined) error("dueAt", "A task needs a due time.");
      else if (Number.isNaN(due)) error("dueAt", "The due time is not a valid time.");
      else if (due < earliest)
        error(
          "dueAt",
          `The due time can be at most ${ACTIVITY_FIELD_LIMITS.maxPastYears} years ago.`,
        );
      else if (due > now + ACTIVITY_FIELD_LIMITS.maxDueAheadYears * YEAR_MS)
        error(
          "dueAt",
          `The due time can be at most ${ACTIVITY_FIELD_LIMITS.maxDueAheadYears} years ahead.`,
        );
      else values.dueAt = input.dueAt!;
    }
  } else {
    if (input.dueAt != null) {
      error("dueAt", "Only tasks have a due time; a call, email, meeting or note happened.");
    }
    if (!options.partial || input.occurredAt !== undefined) {
      const at =
        input.occurredAt === undefined && !options.partial ? options.now : input.occurredAt;
      const time = at?.getTime();
      if (time === undefined) error("occurredAt", "Say when it happened.");
      else if (Number.isNaN(time)) error("occurredAt", "The time it happened is not a valid time.");
      else if (time > now + ACTIVITY_FIELD_LIMITS.futureToleranceMs)
        error("occurredAt", "It cannot have happened in the future.");
      else if (time < earliest)
        error(
          "occurredAt",
          `It can have happened at most ${ACTIVITY_FIELD_LIMITS.maxPastYears} years ago.`,
        );
      else values.occurredAt = at!;
    }
  }
  return { errors, values };
}

const ACTIVITY_LABELS: Record<"subject" | "body", string> = {
  subject: "The subject",
  body: "The description",
};

/** "The subject can be at most 200 characters." */
export function activityFieldTooLong(field: "subject" | "body"): string {
  return `${ACTIVITY_LABELS[field]} can be at most ${ACTIVITY_FIELD_LIMITS[field]} characters.`;
}

/** An open task past its due time. */
export function isOverdue(
  activity: { type: ActivityType; dueAt: Date | null; completedAt: Date | null },
  now: Date,
): boolean {
  return (
    isTask(activity.type) &&
    activity.completedAt === null &&
    activity.dueAt !== null &&
    activity.dueAt.getTime() < now.getTime()
  );
}

/** Whether `name` is a time zone this runtime knows ("UTC", "Europe/Berlin", …). */
export function isTimeZone(name: string): boolean {
  if (!name || name.length > ACTIVITY_FIELD_LIMITS.timeZone) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * The half-open range of due times a window means at `now` in `timeZone` (an IANA name, checked
 * with isTimeZone): OVERDUE has no start and ends now; TODAY and THIS_WEEK run from local
 * midnight to local midnight, whatever daylight saving does in between.
 */
export function dueWindowRange(
  window: ActivityDueWindow,
  now: Date,
  timeZone = "UTC",
): { from: Date | null; to: Date } {
  if (window === "OVERDUE") return { from: null, to: now };
  const { year, month, day } = wallClock(now, timeZone);
  // Days since Monday of the local date (its weekday does not depend on the zone any more).
  const sinceMonday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  const firstDay = window === "TODAY" ? day : day - sinceMonday;
  const days = window === "TODAY" ? 1 : 7;
  return {
    from: localMidnight(year, month, firstDay, timeZone),
    to: localMidnight(year, month, firstDay + days, timeZone),
  };
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The date and time a clock in `timeZone` shows at `instant`. */
function wallClock(instant: Date, timeZone: string): WallClock {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(
    format.formatToParts(instant).map((part) => [part.type, Number(part.value)]),
  );
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** How far `timeZone`'s clocks are ahead of UTC at `instant`, in milliseconds. */
function offsetMs(instant: number, timeZone: string): number {
  const c = wallClock(new Date(instant), timeZone);
  const shown = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return shown - Math.floor(instant / 1000) * 1000;
}

/** The instant a clock in `timeZone` shows 00:00 of the date (day may overflow the month). */
function localMidnight(year: number, month: number, day: number, timeZone: string): Date {
  const asUtc = Date.UTC(year, month - 1, day);
  const guess = asUtc - offsetMs(asUtc, timeZone);
  // Once more with the offset in force at the guess, for days on which it changes.
  return new Date(asUtc - offsetMs(guess, timeZone));
}

export const CONTACT_FIELD_LIMITS = {
  name: 200,
  title: 120,
  email: 254,
  phone: 50,
} as const;

/** What a person gives for a contact (absent fields: unchanged on an edit). */
export interface ContactFieldsInput {
  name?: string | null;
  title?: string | null;
  email?: string | null;
  phone?: string | null;
}

export type ContactField = keyof ContactFieldsInput;

export interface ContactFieldValues {
  name: string;
  title: string | null;
  email: string | null;
  phone: string | null;
}

/** Digits, spaces and + ( ) - . — as people write phone numbers, with at least one digit. */
const PHONE = /^[0-9 +().-]*[0-9][0-9 +().-]*$/;

const CONTACT_LABELS: Record<ContactField, string> = {
  name: "The name",
  title: "The title",
  email: "The email",
  phone: "The phone number",
};

/** "The name can be at most 200 characters." */
export function contactFieldTooLong(field: ContactField): string {
  return `${CONTACT_LABELS[field]} can be at most ${CONTACT_FIELD_LIMITS[field]} characters.`;
}

/**
 * Checks a contact's fields and returns them trimmed (blank optional fields become null). With
 * `partial` (an edit), absent (undefined) fields are skipped; the name may never be blank.
 */
export function checkContactFields(
  input: ContactFieldsInput,
  options: { partial?: boolean } = {},
): { errors: FieldError<ContactField>[]; values: Partial<ContactFieldValues> } {
  const errors: FieldError<ContactField>[] = [];
  const values: Partial<ContactFieldValues> = {};
  const given = (field: ContactField) => !options.partial || input[field] !== undefined;
  const text = (field: ContactField) => input[field]?.trim() ?? "";
  const tooLong = (field: ContactField) => text(field).length > CONTACT_FIELD_LIMITS[field];

  if (given("name")) {
    if (!text("name")) errors.push({ field: "name", message: "The name is required." });
    else if (tooLong("name")) errors.push({ field: "name", message: contactFieldTooLong("name") });
    else values.name = text("name");
  }
  if (given("title")) {
    if (tooLong("title")) errors.push({ field: "title", message: contactFieldTooLong("title") });
    else values.title = text("title") || null;
  }
  if (given("email")) {
    const email = text("email");
    if (tooLong("email")) errors.push({ field: "email", message: contactFieldTooLong("email") });
    else if (email && !isEmailAddress(email))
      errors.push({ field: "email", message: 'Enter an email address like "name@example.com".' });
    else values.email = email || null;
  }
  if (given("phone")) {
    const phone = text("phone");
    if (tooLong("phone")) errors.push({ field: "phone", message: contactFieldTooLong("phone") });
    else if (phone && !PHONE.test(phone))
      errors.push({
        field: "phone",
        message: "A phone number has digits, and may have spaces and + ( ) - . between them.",
      });
    else values.phone = phone || null;
  }
  return { errors, values };
}

/** The per-person activity figures (`teamActivity`), in the order reports show them. */
export const ACTIVITY_FIGURE_NAMES = [
  "calls",
  "emails",
  "meetings",
  "notes",
  "tasksCompleted",
  "tasksOpen",
  "tasksOverdue",
  "oldestOverdueDueAt",
] as const;
export type ActivityFigureName = (typeof ACTIVITY_FIGURE_NAMES)[number];

export interface ActivityFigureDefinition {
  label: string;
  description: string;
  /** Counts add up across people; the oldest overdue due time is a time. */
  unit: "count" | "time";
}

/**
 * The one definition of each activity figure of a person (their authored activities). Counts of
 * communications and completed tasks are of the period; open and overdue tasks are as of now,
 * whatever the period.
 */
export const ACTIVITY_FIGURES: Readonly<Record<ActivityFigureName, ActivityFigureDefinition>> = {
  calls: {
    label: "Calls",
    description: "Calls they logged that happened in the period",
    unit: "count",
  },
  emails: {
    label: "Emails",
    description: "Emails they logged that happened in the period",
    unit: "count",
  },
  meetings: {
    label: "Meetings",
    description: "Meetings they logged that happened in the period",
    unit: "count",
  },
  notes: {
    label: "Notes",
    description: "Notes they logged that happened in the period",
    unit: "count",
  },
  tasksCompleted: {
    label: "Tasks completed",
    description: "Their tasks completed in the period",
    unit: "count",
  },
  tasksOpen: {
    label: "Open tasks",
    description: "Their tasks not completed yet, now (whatever the period)",
    unit: "count",
  },
  tasksOverdue: {
    label: "Overdue tasks",
    description: "Their open tasks whose due time has passed, now (whatever the period)",
    unit: "count",
  },
  oldestOverdueDueAt: {
    label: "Oldest overdue",
    description: "The due time of their longest overdue open task; none when nothing is overdue",
    unit: "time",
  },
};

/** The communication type each per-period count counts. */
export const ACTIVITY_FIGURE_TYPES = {
  calls: "CALL",
  emails: "EMAIL",
  meetings: "MEETING",
  notes: "NOTE",
} as const satisfies Partial<Record<ActivityFigureName, ActivityType>>;
