import type { PortalDefinition } from "../../app/shell/portal-definition";
import { DASHBOARD_SECTION } from "../dashboard-section";
import { Portal } from "../Portal";
import {
  PARTNER_ACCOUNTS_SECTION,
  PARTNER_DEALS_SECTION,
  PARTNER_OPPORTUNITIES_SECTION,
  PARTNER_TASKS_SECTION,
} from "../partner-sections";

export const partnerSellerPortal: PortalDefinition = {
  portal: "PARTNER_SELLER",
  dashboardIntro: "Your deals, pipeline and quota.",
  sections: [
    DASHBOARD_SECTION,
    PARTNER_DEALS_SECTION,
    PARTNER_OPPORTUNITIES_SECTION,
    PARTNER_ACCOUNTS_SECTION,
    PARTNER_TASKS_SECTION,
  ],
};

export default function PartnerSellerPortal() {
  return <Portal definition={partnerSellerPortal} />;
}
