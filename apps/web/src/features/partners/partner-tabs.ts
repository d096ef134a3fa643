import type { ReactNode } from "react";

/**
 * A tab of the partner page besides its overview, supplied by the portal (features never import
 * each other): e.g. the channel manager's Quotas.
 */
export interface PartnerTab {
  /** In the address: `?tab=<id>`. */
  id: string;
  label: string;
  render: (partner: { id: string; name: string }) => ReactNode;
}
