import type { ComponentType, ReactNode } from "react";
import { Route, Routes } from "react-router";
import { NotFoundInPortal } from "./NotFoundInPortal";
import { PortalDefinitionContext, type PortalDefinition } from "./portal-definition";
import { PortalShell } from "./PortalShell";
import { SECTIONS } from "./sections";
import { SectionPage } from "./SectionPage";

/** A page of every portal that is not a section (not in the navigation), e.g. API access. */
export interface PortalPage {
  /** Relative to the portal's path. */
  path: string;
  page: ComponentType;
}

/** One portal: the shared shell around its sections' routes. */
export function PortalApp({
  definition,
  appBarActions,
  pages = [],
}: {
  definition: PortalDefinition;
  /** Shown in the app bar before the user menu. */
  appBarActions?: ReactNode;
  pages?: readonly PortalPage[];
}) {
  return (
    <PortalDefinitionContext value={definition}>
      <PortalShell definition={definition} appBarActions={appBarActions}>
        <Routes>
          {definition.sections.map((section) => {
            const path = SECTIONS[section.id].path;
            const element = <SectionPage section={section} />;
            return path ? (
              <Route key={section.id} path={`${path}/*`} element={element} />
            ) : (
              <Route key={section.id} index element={element} />
            );
          })}
          {pages.map(({ path, page: Page }) => (
            <Route key={path} path={path} element={<Page />} />
          ))}
          <Route path="*" element={<NotFoundInPortal />} />
        </Routes>
      </PortalShell>
    </PortalDefinitionContext>
  );
}
