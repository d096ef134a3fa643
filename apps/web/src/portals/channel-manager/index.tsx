import { ApprovalRoutes } from "../../features/deals/DealRoutes";
import type { PortalDefinition } from "../../app/shell/portal-definition";
import { DASHBOARD_SECTION } from "../dashboard-section";
import { Portal } from "../Portal";
import { PartnerRoutes } from "../../features/partners/PartnerRoutes";

export const channelManagerPortal: PortalDefinition = {
  portal: "CHANNEL_MANAGER",
  dashboardIntro: "Your partners' registrations, pipeline and performance.",
  sections: [
    DASHBOARD_SECTION,
    { id: "deals", label: "Approvals", page: ApprovalRoutes },
    {
      id: "opportunities",
      upcoming: {
        title: "Partner opportunities",
        description: "Every opportunity your partners work, by stage and close date.",
        features: ["Filter by partner, stage and period", "Stage history and win/loss reasons"],
      },
    },
    { id: "partners", page: PartnerRoutes },
  ],
};

export default function ChannelManagerPortal() {
  return <Portal definition={channelManagerPortal} />;
}
