import type { PortalDefinition } from "../../app/shell/portal-definition";
import { DASHBOARD_SECTION } from "../dashboard-section";
import SellerQuotasPage from "../../features/quotas/SellerQuotasPage";
import { ReportsPage } from "../../features/reports";
import { Portal } from "../Portal";
import {
  PARTNER_ACCOUNTS_SECTION,
  PARTNER_DEALS_SECTION,
  PARTNER_OPPORTUNITIES_SECTION,
  PARTNER_TASKS_SECTION,
  TEAM_SECTION,
} from "../partner-sections";

export const partnerSalesManagerPortal: PortalDefinition = {
  portal: "PARTNER_SALES_MANAGER",
  dashboardIntro: "Your team's deals, pipeline and results.",
  sections: [
    DASHBOARD_SECTION,
    PARTNER_DEALS_SECTION,
    PARTNER_OPPORTUNITIES_SECTION,
    PARTNER_ACCOUNTS_SECTION,
    PARTNER_TASKS_SECTION,
    TEAM_SECTION,
    { id: "quotas", page: SellerQuotasPage },
    { id: "reports", page: ReportsPage },
  ],
};

export default function PartnerSalesManagerPortal() {
  return <Portal definition={partnerSalesManagerPortal} />;
}
