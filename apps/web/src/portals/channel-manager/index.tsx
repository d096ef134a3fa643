import { ApprovalRoutes } from "../../features/deals/DealRoutes";
import { OpportunityRoutes } from "../../features/selling/opportunities";
import type { PortalDefinition } from "../../app/shell/portal-definition";
import { DASHBOARD_SECTION } from "../dashboard-section";
import { Portal } from "../Portal";
import { VendorPartnerRoutes } from "../vendor-partner-routes";

export const channelManagerPortal: PortalDefinition = {
  portal: "CHANNEL_MANAGER",
  dashboardIntro: "Your partners' registrations, pipeline and performance.",
  sections: [
    DASHBOARD_SECTION,
    { id: "deals", label: "Approvals", page: ApprovalRoutes },
    // Read-only: the partners' opportunities, narrowed to one from a partner's page.
    { id: "opportunities", page: OpportunityRoutes },
    { id: "partners", page: VendorPartnerRoutes },
  ],
};

export default function ChannelManagerPortal() {
  return <Portal definition={channelManagerPortal} />;
}
