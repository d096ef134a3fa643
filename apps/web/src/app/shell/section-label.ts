import type { PortalSection } from "./portal-definition";
import { SECTIONS } from "./sections";

export function sectionLabel(section: PortalSection): string {
  return section.label ?? SECTIONS[section.id].label;
}
