import type { Portal } from "@prm/domain";
import { createContext, useContext, type ComponentType } from "react";
import type { SectionId, UpcomingSection } from "./sections";

export interface PortalSection {
  id: SectionId;
  /** Overrides the section's default label (e.g. "Users" instead of "Operators"). */
  label?: string;
  /** A built page; sections without one show what is coming instead. */
  page?: ComponentType;
  upcoming?: UpcomingSection;
}

/** Everything that differs between portals: the shell and the dashboard are shared. */
export interface PortalDefinition {
  portal: Portal;
  /** Shown under the dashboard title. */
  dashboardIntro: string;
  sections: readonly PortalSection[];
}

export const PortalDefinitionContext = createContext<PortalDefinition | null>(null);

/** The portal the current page is shown in (set by `PortalApp`). */
export function usePortalDefinition(): PortalDefinition {
  const definition = useContext(PortalDefinitionContext);
  if (!definition) throw new Error("usePortalDefinition() is only available inside a PortalApp");
  return definition;
}
