import { Route, Routes } from "react-router";
import { NotFoundInPortal } from "../../../app/shell/NotFoundInPortal";
import { OpportunitiesPage } from "./OpportunitiesPage";
import { OpportunityPage } from "./OpportunityPage";

/**
 * The "Opportunities" section: the list or board, and each opportunity's page. Partner roles work
 * them; the vendor side reads its partners' (what each may do comes from the API's allowedActions).
 */
export function OpportunityRoutes() {
  return (
    <Routes>
      <Route index element={<OpportunitiesPage />} />
      <Route path=":opportunityId" element={<OpportunityPage />} />
      <Route path="*" element={<NotFoundInPortal />} />
    </Routes>
  );
}
