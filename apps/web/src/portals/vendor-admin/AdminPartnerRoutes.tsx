import { Route, Routes } from "react-router";
import { PartnersAdministrationPage } from "../../features/administration";
import { VendorPartnerRoutes } from "../vendor-partner-routes";

/**
 * The admin's Partners section: the administration list (onboarding, channel managers, status),
 * and each partner's page with its tabs as the vendor side has them.
 */
export function AdminPartnerRoutes() {
  return (
    <Routes>
      <Route index element={<PartnersAdministrationPage />} />
      <Route path="*" element={<VendorPartnerRoutes />} />
    </Routes>
  );
}
