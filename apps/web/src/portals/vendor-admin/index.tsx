import { ApprovalRoutes } from "../../features/deals/DealRoutes";
import { OpportunityRoutes } from "../../features/selling/opportunities";
import type { PortalDefinition } from "../../app/shell/portal-definition";
import { DASHBOARD_SECTION } from "../dashboard-section";
import { Portal } from "../Portal";
import { VendorUsersPage } from "../../features/operators";
import { AdminPartnerRoutes } from "./AdminPartnerRoutes";

export const vendorAdminPortal: PortalDefinition = {
  portal: "VENDOR_ADMIN",
  dashboardIntro: "The whole partner program at a glance.",
  sections: [
    DASHBOARD_SECTION,
    { id: "deals", label: "Approvals", page: ApprovalRoutes },
    // Read-only: every partner's opportunities, narrowed to one from a partner's page.
    { id: "opportunities", page: OpportunityRoutes },
    // The partners administration, each partner opening its page as on the channel manager's.
    { id: "partners", page: AdminPartnerRoutes },
    { id: "operators", label: "Vendor users", page: VendorUsersPage },
  ],
};

export default function VendorAdminPortal() {
  return <Portal definition={vendorAdminPortal} />;
}
