import { DashboardPage } from "../dashboard/DashboardPage";
import type { PortalDefinition, PortalSection } from "./portal-definition";
import { UpcomingSectionPage } from "./UpcomingSectionPage";
import { sectionLabel } from "./section-label";

export function SectionPage({
  definition,
  section,
}: {
  definition: PortalDefinition;
  section: PortalSection;
}) {
  if (section.id === "dashboard") {
    return <DashboardPage portal={definition.portal} intro={definition.dashboardIntro} />;
  }
  if (section.page) {
    const Page = section.page;
    return <Page />;
  }
  return <UpcomingSectionPage title={sectionLabel(section)} upcoming={section.upcoming} />;
}
