import { ApprovalRoutes } from "../../features/deals/DealRoutes";
import type { PortalDefinition } from "../../app/shell/portal-definition";
import { DASHBOARD_SECTION } from "../dashboard-section";
import { Portal } from "../Portal";
import { PartnerRoutes } from "../../features/partners/PartnerRoutes";

export const vendorAdminPortal: PortalDefinition = {
  portal: "VENDOR_ADMIN",
  dashboardIntro: "The whole partner program at a glance.",
  sections: [
    DASHBOARD_SECTION,
    { id: "deals", label: "Approvals", page: ApprovalRoutes },
    { id: "partners", page: PartnerRoutes },
    {
      id: "operators",
      label: "Vendor users",
      upcoming: {
        title: "Vendor users",
        description: "Channel managers and administrators of your company.",
        features: [
          "Invite users and set their role",
          "Assign partners to channel managers",
          "Deactivate leavers",
        ],
      },
    },
  ],
};

export default function VendorAdminPortal() {
  return <Portal definition={vendorAdminPortal} />;
}
