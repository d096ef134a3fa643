import type { Portal } from "@prm/domain";
import { lazy, type ComponentType, type LazyExoticComponent } from "react";

/** Each portal is its own chunk, loaded when its user arrives. */
export const PORTAL_COMPONENTS: Readonly<Record<Portal, LazyExoticComponent<ComponentType>>> = {
  CHANNEL_MANAGER: lazy(() => import("../portals/channel-manager")),
  PARTNER_SELLER: lazy(() => import("../portals/partner-seller")),
  PARTNER_SALES_MANAGER: lazy(() => import("../portals/partner-sales-manager")),
  PARTNER_SALES_OPS: lazy(() => import("../portals/partner-sales-ops")),
  VENDOR_ADMIN: lazy(() => import("../portals/vendor-admin")),
};
