import type { PortalSection } from "./portal-definition";
import { UpcomingSectionPage } from "./UpcomingSectionPage";
import { sectionLabel } from "./section-label";

export function SectionPage({ section }: { section: PortalSection }) {
  if (section.page) {
    const Page = section.page;
    return <Page />;
  }
  return <UpcomingSectionPage title={sectionLabel(section)} upcoming={section.upcoming} />;
}
