import { NOTIFICATION_TITLE_MAX } from "./deal-notifications";

export const OPPORTUNITY_NOTIFICATION_TYPES = ["OPPORTUNITY_ASSIGNED"] as const;
export type OpportunityNotificationType = (typeof OPPORTUNITY_NOTIFICATION_TYPES)[number];

const PHRASES: Record<OpportunityNotificationType, string> = {
  OPPORTUNITY_ASSIGNED: "was assigned to you",
};

/** 'Opportunity "Acme — Cloud" was assigned to you', the name cut to fit a notification title. */
export function opportunityNotificationTitle(
  type: OpportunityNotificationType,
  opportunityName: string,
): string {
  const phrase = PHRASES[type];
  const room = NOTIFICATION_TITLE_MAX - "Opportunity".length - phrase.length - 4;
  const name =
    opportunityName.length > room ? `${opportunityName.slice(0, room - 1)}…` : opportunityName;
  return `Opportunity "${name}" ${phrase}`;
}
