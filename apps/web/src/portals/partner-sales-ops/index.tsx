import type { PortalDefinition } from "../../app/shell/portal-definition";
import { DASHBOARD_SECTION } from "../dashboard-section";
import { Portal } from "../Portal";
import { PARTNER_DEALS_SECTION, PARTNER_OPPORTUNITIES_SECTION } from "../partner-sections";

export const partnerSalesOpsPortal: PortalDefinition = {
  portal: "PARTNER_SALES_OPS",
  dashboardIntro: "Your organization's deals, pipeline, people and territories.",
  sections: [
    DASHBOARD_SECTION,
    PARTNER_DEALS_SECTION,
    PARTNER_OPPORTUNITIES_SECTION,
    {
      id: "operators",
      upcoming: {
        title: "Operators",
        description: "The users of your organization.",
        features: [
          "Invite sellers and managers",
          "Set each person's role, manager and territories",
          "Deactivate people who leave",
        ],
      },
    },
    {
      id: "territories",
      upcoming: {
        title: "Territories",
        description: "Your organization's territories, as a hierarchy.",
        features: ["Create, rename and nest territories", "See who covers each territory"],
      },
    },
  ],
};

export default function PartnerSalesOpsPortal() {
  return <Portal definition={partnerSalesOpsPortal} />;
}
