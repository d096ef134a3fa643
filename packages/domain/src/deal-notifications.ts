import { formatDealNumber } from "./deal-rules";

export const DEAL_NOTIFICATION_TYPES = [
  "DEAL_SUBMITTED",
  "DEAL_APPROVED",
  "DEAL_RETURNED",
  "DEAL_REJECTED",
  "DEAL_WITHDRAWN",
  "DEAL_PROTECTION_EXTENDED",
  "DEAL_EXPIRING_SOON",
  "DEAL_EXPIRED",
] as const;
export type DealNotificationType = (typeof DEAL_NOTIFICATION_TYPES)[number];

const PHRASES: Record<DealNotificationType, string> = {
  DEAL_SUBMITTED: "was submitted for approval",
  DEAL_APPROVED: "was approved",
  DEAL_RETURNED: "was returned for changes",
  DEAL_REJECTED: "was rejected",
  DEAL_WITHDRAWN: "was withdrawn by the partner",
  DEAL_PROTECTION_EXTENDED: "had its protection extended",
  DEAL_EXPIRING_SOON: "loses its protection soon",
  DEAL_EXPIRED: "has expired",
};

export const NOTIFICATION_TITLE_MAX = 200;

/** "DR-000123 Acme Corp was approved", cut to fit a notification title. */
export function dealNotificationTitle(
  type: DealNotificationType,
  dealNumber: number,
  customerName: string,
): string {
  const number = formatDealNumber(dealNumber);
  const phrase = PHRASES[type];
  const room = NOTIFICATION_TITLE_MAX - number.length - phrase.length - 2;
  const name = customerName.length > room ? `${customerName.slice(0, room - 1)}…` : customerName;
  return `${number} ${name} ${phrase}`;
}
