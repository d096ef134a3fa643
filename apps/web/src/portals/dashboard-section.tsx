import type { PortalSection } from "../app/shell/portal-definition";
import { DashboardPage } from "../features/dashboard/DashboardPage";
import { WIDGET_VIEWS } from "../widgets/registry";

function PortalDashboard() {
  return <DashboardPage widgetViews={WIDGET_VIEWS} />;
}

/** Every portal's home: the user's dashboard of widgets. */
export const DASHBOARD_SECTION: PortalSection = { id: "dashboard", page: PortalDashboard };
