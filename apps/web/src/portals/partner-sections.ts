import type { PortalSection } from "../features/portal-shell/portal-definition";

/** Sections that every partner portal shares (their scope differs on the server, not here). */
export const PARTNER_DEALS_SECTION: PortalSection = {
  id: "deals",
  upcoming: {
    title: "Deal registrations",
    description: "Register the customers you are working on so no one else claims them.",
    features: [
      "Register a deal and see at once whether the customer is already claimed",
      "Submit, edit after a return, or withdraw",
      "Time in queue and protection expiry for each registration",
    ],
  },
};

export const PARTNER_OPPORTUNITIES_SECTION: PortalSection = {
  id: "opportunities",
  upcoming: {
    title: "Opportunities",
    description: "Approved registrations become opportunities you work to close.",
    features: [
      "Move opportunities through the stages, close as won or lost",
      "Log calls, emails, meetings and tasks",
    ],
  },
};
