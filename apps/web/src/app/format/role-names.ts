import type { Role } from "@prm/domain";

/** Names of roles inside one organization, where "Partner …" or "Vendor …" goes without saying. */
export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  PARTNER_SELLER: "Seller",
  PARTNER_SALES_MANAGER: "Sales manager",
  PARTNER_SALES_OPS: "Sales operations",
  CHANNEL_MANAGER: "Channel manager",
  VENDOR_ADMIN: "Administrator",
};
