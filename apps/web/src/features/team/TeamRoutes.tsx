import { lazy, Suspense } from "react";
import { Route, Routes } from "react-router";
import { NotFoundInPortal } from "../../app/shell/NotFoundInPortal";
import { TeamPage } from "./TeamPage";
import { TeamMemberSkeleton } from "./TeamMemberStates";

// A person's view draws charts: its code loads when a person is opened.
const TeamMemberPage = lazy(() => import("./TeamMemberPage"));

/** The "Team" section of the sales manager's and sales operations' portals: the list, each person. */
export function TeamRoutes() {
  return (
    <Routes>
      <Route index element={<TeamPage />} />
      <Route
        path=":userId"
        element={
          <Suspense fallback={<TeamMemberSkeleton />}>
            <TeamMemberPage />
          </Suspense>
        }
      />
      <Route path="*" element={<NotFoundInPortal />} />
    </Routes>
  );
}
