import type { ReactNode } from "react";
import { Route, Routes } from "react-router";
import { NotFoundInPortal } from "./NotFoundInPortal";
import { PortalDefinitionContext, type PortalDefinition } from "./portal-definition";
import { PortalShell } from "./PortalShell";
import { SECTIONS } from "./sections";
import { SectionPage } from "./SectionPage";

/** One portal: the shared shell around its sections' routes. */
export function PortalApp({
  definition,
  appBarActions,
}: {
  definition: PortalDefinition;
  /** Shown in the app bar before the user menu. */
  appBarActions?: ReactNode;
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
          <Route path="*" element={<NotFoundInPortal />} />
        </Routes>
      </PortalShell>
    </PortalDefinitionContext>
  );
}
