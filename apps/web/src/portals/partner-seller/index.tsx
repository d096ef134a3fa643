import { PortalApp } from "../../features/portal-shell/PortalApp";
import type { PortalDefinition } from "../../features/portal-shell/portal-definition";
import { PARTNER_DEALS_SECTION, PARTNER_OPPORTUNITIES_SECTION } from "../partner-sections";

export const partnerSellerPortal: PortalDefinition = {
  portal: "PARTNER_SELLER",
  dashboardIntro: "Your deals, pipeline and quota.",
  sections: [{ id: "dashboard" }, PARTNER_DEALS_SECTION, PARTNER_OPPORTUNITIES_SECTION],
};

export default function PartnerSellerPortal() {
  return <PortalApp definition={partnerSellerPortal} />;
}
