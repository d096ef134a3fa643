import { formatCount } from "./count";

/** Calendar time, as people read it: 3 → "3 h", 30 → "1 d 6 h", 0.4 → "< 1 h". */
export function formatHours(hours: number | null | undefined): string {
  const span = daysAndHours(hours);
  if (!span) return "—";
  if (span === "under an hour") return "< 1 h";
  const { days, rest } = span;
  if (days === 0) return `${rest} h`;
  return rest === 0 ? `${days} d` : `${days} d ${rest} h`;
}

/**
 * Business time (Monday to Friday, as the approval SLA counts it), labelled as such wherever a
 * registration's time in queue is shown: 53 → "2 business days 5 h", 5 → "5 business hours".
 */
export function formatBusinessHours(hours: number | null | undefined): string {
  const span = daysAndHours(hours);
  if (!span) return "—";
  if (span === "under an hour") return "< 1 business hour";
  const { days, rest } = span;
  if (days === 0) return formatCount(rest, "business hour");
  const dayText = formatCount(days, "business day");
  return rest === 0 ? dayText : `${dayText} ${rest} h`;
}

function daysAndHours(hours: number | null | undefined) {
  if (hours === null || hours === undefined || !Number.isFinite(hours)) return null;
  if (hours < 1) return "under an hour" as const;
  const whole = Math.floor(hours);
  return { days: Math.floor(whole / 24), rest: whole % 24 };
}
