import { portalForRole, type Portal } from "@prm/domain";
import type { ReactNode } from "react";
import { NotAvailablePage } from "../layout/NotAvailablePage";
import { useSignedInUser } from "../session/SessionProvider";

/** Lets a user into their own portal only; another role's portal gets a clear explanation. */
export function PortalGate({ portal, children }: { portal: Portal; children: ReactNode }) {
  const user = useSignedInUser();
  if (portalForRole(user.role) !== portal) return <NotAvailablePage portal={portal} />;
  return children;
}
