import { Route, Routes } from "react-router";
import { NotFoundInPortal } from "../../app/shell/NotFoundInPortal";
import { DealPage } from "./DealPage";
import { DealsListPage } from "./DealsListPage";
import { EditDealPage } from "./EditDealPage";
import { RegisterDealPage } from "./RegisterDealPage";
import { ReviewDealPage } from "./ReviewDealPage";

/** The "Deals" section of the partner portals: list, register, deal page, edit. */
export function PartnerDealRoutes() {
  return (
    <Routes>
      <Route index element={<DealsListPage mode="partner" />} />
      <Route path="new" element={<RegisterDealPage />} />
      <Route path=":dealId" element={<DealPage />} />
      <Route path=":dealId/edit" element={<EditDealPage />} />
      <Route path="*" element={<NotFoundInPortal />} />
    </Routes>
  );
}

/** The "Approvals" section of the channel manager and admin portals: queue and review. */
export function ApprovalRoutes() {
  return (
    <Routes>
      <Route index element={<DealsListPage mode="approvals" />} />
      <Route path=":dealId" element={<ReviewDealPage />} />
      <Route path="*" element={<NotFoundInPortal />} />
    </Routes>
  );
}
