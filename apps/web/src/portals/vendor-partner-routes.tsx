import { PartnerRoutes } from "../features/partners/PartnerRoutes";
import type { PartnerTab } from "../features/partners/partner-tabs";
import { PartnerQuotas } from "../features/quotas/PartnerQuotas";

/** The partner page's tabs for the vendor side: the partner's quotas, which they set. */
const VENDOR_PARTNER_TABS: readonly PartnerTab[] = [
  {
    id: "quotas",
    label: "Quotas",
    render: (partner) => <PartnerQuotas partnerId={partner.id} partnerName={partner.name} />,
  },
];

/** The "Partners" section of the channel manager and admin portals. */
export function VendorPartnerRoutes() {
  return <PartnerRoutes tabs={VENDOR_PARTNER_TABS} />;
}
