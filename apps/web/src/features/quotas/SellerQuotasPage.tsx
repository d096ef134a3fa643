import { PageHeader } from "../../app/layout/PageHeader";
import { SellerQuotas } from "./SellerQuotas";

/** The Quotas section of the sales manager's and sales operations' portals. */
export default function SellerQuotasPage() {
  return (
    <>
      <PageHeader
        title="Quotas"
        subtitle="Each seller's quota for a month, quarter or year, and how much of it they have won. A team's quota is the sum of its sellers'."
      />
      <SellerQuotas />
    </>
  );
}
