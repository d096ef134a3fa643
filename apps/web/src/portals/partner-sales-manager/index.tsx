import type { PortalDefinition } from "../../app/shell/portal-definition";
import { DASHBOARD_SECTION } from "../dashboard-section";
import { Portal } from "../Portal";
import { PARTNER_DEALS_SECTION, PARTNER_OPPORTUNITIES_SECTION } from "../partner-sections";

export const partnerSalesManagerPortal: PortalDefinition = {
  portal: "PARTNER_SALES_MANAGER",
  dashboardIntro: "Your team's deals, pipeline and results.",
  sections: [DASHBOARD_SECTION, PARTNER_DEALS_SECTION, PARTNER_OPPORTUNITIES_SECTION],
};

export default function PartnerSalesManagerPortal() {
  return <Portal definition={partnerSalesManagerPortal} />;
}
