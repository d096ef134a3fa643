import { lazy, Suspense } from "react";
import { Route, Routes } from "react-router";
import { NotFoundInPortal } from "../../app/shell/NotFoundInPortal";
import { PartnerPageSkeleton } from "./PartnerPageStates";
import type { PartnerTab } from "./partner-tabs";
import { PartnersPage } from "./PartnersPage";

// The partner page draws charts: its code loads when a partner is opened.
const PartnerPage = lazy(() => import("./PartnerPage"));

/**
 * The "Partners" section of the channel manager and admin portals: the list and each partner,
 * whose page shows `tabs` beside its overview.
 */
export function PartnerRoutes({ tabs = [] }: { tabs?: readonly PartnerTab[] }) {
  return (
    <Routes>
      <Route index element={<PartnersPage />} />
      <Route
        path=":partnerId"
        element={
          <Suspense fallback={<PartnerPageSkeleton />}>
            <PartnerPage tabs={tabs} />
          </Suspense>
        }
      />
      <Route path="*" element={<NotFoundInPortal />} />
    </Routes>
  );
}
