import { useLocation } from "react-router";
import { PORTAL_PATHS, portalAtPath } from "./portal-paths";

/** Where the current portal lives: "/seller", "/manager"… ("" outside a portal). */
export function usePortalBase(): string {
  const { pathname } = useLocation();
  const portal = portalAtPath(pathname);
  return portal ? PORTAL_PATHS[portal] : "";
}

/** An opportunity's page in a portal: "/seller/opportunities/<id>". */
export function opportunityPath(portalBase: string, opportunityId: string): string {
  return `${portalBase}/opportunities/${encodeURIComponent(opportunityId)}`;
}

/** An account's page in a portal: "/seller/accounts/<id>". */
export function accountPath(portalBase: string, accountId: string): string {
  return `${portalBase}/accounts/${encodeURIComponent(accountId)}`;
}

/** The address parameter of the Opportunities section that narrows it to one partner's. */
export const OPPORTUNITY_PARTNER_PARAM = "partner";

/** A partner's opportunities in a vendor portal: "/cm/opportunities?partner=<id>". */
export function partnerOpportunitiesPath(portalBase: string, partnerId: string): string {
  const query = new URLSearchParams({ [OPPORTUNITY_PARTNER_PARAM]: partnerId });
  return `${portalBase}/opportunities?${query.toString()}`;
}

/** The Opportunities list's address parameters for a stage and an expected close date range. */
export const OPPORTUNITY_LIST_PARAMS = {
  stage: "stage",
  closeFrom: "from",
  closeTo: "to",
} as const;

/**
 * The open opportunities of one stage expected to close between two dates (both included,
 * "2026-01-01"): "/seller/opportunities?stage=PROPOSAL&from=…&to=…".
 */
export function stageOpportunitiesPath(
  portalBase: string,
  stage: string,
  closeFrom: string,
  closeTo: string,
): string {
  const query = new URLSearchParams({
    [OPPORTUNITY_LIST_PARAMS.stage]: stage,
    [OPPORTUNITY_LIST_PARAMS.closeFrom]: closeFrom,
    [OPPORTUNITY_LIST_PARAMS.closeTo]: closeTo,
  });
  return `${portalBase}/opportunities?${query.toString()}`;
}
