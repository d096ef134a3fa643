import { PORTALS } from "@prm/domain";
import { lazy, Suspense } from "react";
import { Navigate, Route, Routes } from "react-router";
import { LoginPage } from "../features/login/LoginPage";
import { FullPageLoader } from "../app/layout/FullPageLoader";
import { PageErrorBoundary } from "../app/layout/PageErrorBoundary";
import { NotFoundPage } from "../app/layout/NotFoundPage";
import { useSession } from "../app/session/SessionProvider";
import { PORTAL_COMPONENTS } from "./portal-components";
import {
  GRAPHIQL_PATH,
  homePathForRole,
  LOGIN_PATH,
  PORTAL_PATHS,
} from "../app/routing/portal-paths";
import { PortalGate } from "../app/routing/PortalGate";
import { RequireSession } from "../app/routing/RequireSession";
import { ACCEPT_INVITATION_PATH, RESET_PASSWORD_PATH } from "../features/invitations/paths";

const GraphiQLPage = lazy(() => import("../features/graphiql/GraphiQLPage"));
// Pages a one-time link opens, signed out: their own chunk, like the portals.
const AcceptInvitationPage = lazy(() =>
  import("../features/invitations/SetPasswordPage").then((m) => ({
    default: m.AcceptInvitationPage,
  })),
);
const ResetPasswordPage = lazy(() =>
  import("../features/invitations/SetPasswordPage").then((m) => ({
    default: m.ResetPasswordPage,
  })),
);

function HomeRedirect() {
  const { user } = useSession();
  if (user === undefined) return <FullPageLoader label="Restoring your session…" />;
  return <Navigate to={user ? homePathForRole(user.role) : LOGIN_PATH} replace />;
}

export function AppRoutes() {
  return (
    <PageErrorBoundary>
      <Suspense fallback={<FullPageLoader />}>
        <Routes>
          <Route path="/" element={<HomeRedirect />} />
          <Route path={LOGIN_PATH} element={<LoginPage />} />
          <Route path={GRAPHIQL_PATH} element={<GraphiQLPage />} />
          <Route path={ACCEPT_INVITATION_PATH} element={<AcceptInvitationPage />} />
          <Route path={RESET_PASSWORD_PATH} element={<ResetPasswordPage />} />
          {PORTALS.map((portal) => {
            const PortalComponent = PORTAL_COMPONENTS[portal];
            return (
              <Route
                key={portal}
                path={`${PORTAL_PATHS[portal]}/*`}
                element={
                  <RequireSession>
                    <PortalGate portal={portal}>
                      <PortalComponent />
                    </PortalGate>
                  </RequireSession>
                }
              />
            );
          })}
          <Route path="*" element={<NotFoundPage />} />
        </Routes>
      </Suspense>
    </PageErrorBoundary>
  );
}
