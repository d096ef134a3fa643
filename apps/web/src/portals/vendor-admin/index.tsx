import { ApprovalRoutes } from "../../features/deals/DealRoutes";
import { PortalApp } from "../../features/portal-shell/PortalApp";
import type { PortalDefinition } from "../../features/portal-shell/portal-definition";
import { PartnerRoutes } from "../../features/partners/PartnerRoutes";

export const vendorAdminPortal: PortalDefinition = {
  portal: "VENDOR_ADMIN",
  dashboardIntro: "The whole partner program at a glance.",
  sections: [
    { id: "dashboard" },
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
  return <PortalApp definition={vendorAdminPortal} />;
}
