import { checkActivityFields, isTask, type ActivityField, type ActivityType } from "@prm/domain";

/** What the log / edit form holds: text as typed, the time as a `datetime-local` value. */
export interface ActivityFormValues {
  type: ActivityType;
  subject: string;
  body: string;
  /** When a communication happened, or when a task is due (local wall-clock time). */
  at: string;
  /** One of the partner's contacts at the account, or "" for none. */
  contactId: string;
}

export type ActivityFormField = "subject" | "body" | "at" | "contactId";
export type ActivityFormErrors = Partial<Record<ActivityFormField, string>>;

export const ACTIVITY_FORM_FIELDS: readonly ActivityFormField[] = [
  "subject",
  "at",
  "contactId",
  "body",
];

/** The API's fields as the form's: both times are the form's one time field. */
export const SERVER_FIELDS: Readonly<Record<string, ActivityFormField>> = {
  subject: "subject",
  body: "body",
  occurredAt: "at",
  dueAt: "at",
  contactId: "contactId",
};

export function timeLabel(type: ActivityType): string {
  return isTask(type) ? "Due" : "Happened at";
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A `datetime-local` value for an instant, in the browser's time zone, to the minute. */
export function toLocalInput(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** The instant a `datetime-local` value means in the browser's time zone; null when blank. */
export function fromLocalInput(value: string): Date | null {
  if (!value) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? new Date(Number.NaN) : date;
}

/** A new task is due tomorrow at 9:00 unless the seller says otherwise. */
export function defaultDue(now: Date): string {
  const due = new Date(now);
  due.setDate(due.getDate() + 1);
  due.setHours(9, 0, 0, 0);
  return toLocalInput(due);
}

export function defaultTime(type: ActivityType, now: Date): string {
  return isTask(type) ? defaultDue(now) : toLocalInput(now);
}

export function emptyActivityForm(type: ActivityType, now: Date): ActivityFormValues {
  return { type, subject: "", body: "", at: defaultTime(type, now), contactId: "" };
}

/** The domain's fields for the form's values (the same check the API makes). */
function domainInput(values: ActivityFormValues) {
  const at = fromLocalInput(values.at);
  return isTask(values.type)
    ? { subject: values.subject, body: values.body, dueAt: at }
    : { subject: values.subject, body: values.body, occurredAt: at };
}

const FORM_FIELD: Readonly<Record<ActivityField, ActivityFormField>> = {
  subject: "subject",
  body: "body",
  occurredAt: "at",
  dueAt: "at",
};

/** Every problem of the form, by field, in sentences that name the field. */
export function validateActivityForm(
  values: ActivityFormValues,
  now: Date = new Date(),
): ActivityFormErrors {
  const { errors } = checkActivityFields(domainInput(values), { type: values.type, now });
  const found: ActivityFormErrors = {};
  for (const error of errors) {
    const field = FORM_FIELD[error.field];
    found[field] ??= error.message;
  }
  return found;
}

/** The logActivity input's own fields (the target is the caller's). */
export function activityInput(values: ActivityFormValues) {
  const at = fromLocalInput(values.at)?.toISOString() ?? null;
  return {
    type: values.type,
    subject: values.subject.trim(),
    body: values.body.trim() || null,
    contactId: values.contactId || null,
    ...(isTask(values.type) ? { dueAt: at } : { occurredAt: at }),
  };
}
