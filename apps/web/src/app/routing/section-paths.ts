import type { WidgetPeriodPreset } from "@prm/domain";
import { useCallback } from "react";
import { useLocation } from "react-router";
import { PORTAL_PATHS, portalAtPath } from "./portal-paths";

/** Where a section of the current portal lives: "/seller/deals", "/cm/partners"… */
function useSectionPath(section: string): string {
  const { pathname } = useLocation();
  const portal = portalAtPath(pathname);
  return `${portal ? PORTAL_PATHS[portal] : ""}/${section}`;
}

/** Where the current portal's deal pages live: "/seller/deals", "/cm/deals"… */
export function useDealsPath(): string {
  return useSectionPath("deals");
}

/** Where the current portal's partner pages live: "/cm/partners", "/admin/partners". */
export function usePartnersPath(): string {
  return useSectionPath("partners");
}

/** Where the current portal's users are administered: "/ops/operators", "/admin/operators". */
export function useOperatorsPath(): string {
  return useSectionPath("operators");
}

/** Where the current portal's territories are managed: "/ops/territories". */
export function useTerritoriesPath(): string {
  return useSectionPath("territories");
}

/** A partner's page, opened on the period the viewer was looking at. */
export function partnerPagePath(
  partnersPath: string,
  partnerId: string,
  period?: WidgetPeriodPreset,
): string {
  const path = `${partnersPath}/${encodeURIComponent(partnerId)}`;
  return period ? `${path}?period=${period}` : path;
}

/** The partner page of `partnerId` in the current portal, for charts and lists that link to it. */
export function usePartnerPagePath(period?: WidgetPeriodPreset): (partnerId: string) => string {
  const partnersPath = usePartnersPath();
  return useCallback(
    (partnerId: string) => partnerPagePath(partnersPath, partnerId, period),
    [partnersPath, period],
  );
}
