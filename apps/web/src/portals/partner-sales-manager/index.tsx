import { PortalApp } from "../../features/portal-shell/PortalApp";
import type { PortalDefinition } from "../../features/portal-shell/portal-definition";
import { PARTNER_DEALS_SECTION, PARTNER_OPPORTUNITIES_SECTION } from "../partner-sections";

export const partnerSalesManagerPortal: PortalDefinition = {
  portal: "PARTNER_SALES_MANAGER",
  dashboardIntro: "Your team's deals, pipeline and results.",
  sections: [{ id: "dashboard" }, PARTNER_DEALS_SECTION, PARTNER_OPPORTUNITIES_SECTION],
};

export default function PartnerSalesManagerPortal() {
  return <PortalApp definition={partnerSalesManagerPortal} />;
}
