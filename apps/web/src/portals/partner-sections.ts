import { PartnerDealRoutes } from "../features/deals/DealRoutes";
import type { PortalSection } from "../app/shell/portal-definition";

/** Sections that every partner portal shares (their scope differs on the server, not here). */
export const PARTNER_DEALS_SECTION: PortalSection = { id: "deals", page: PartnerDealRoutes };

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
