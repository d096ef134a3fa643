import { API_ACCESS_SEGMENT } from "../app/routing/portal-paths";
import { PortalApp, type PortalPage } from "../app/shell/PortalApp";
import type { PortalDefinition } from "../app/shell/portal-definition";
import ApiAccessPage from "../features/api-access/ApiAccessPage";
import { NotificationsBell } from "../features/notifications/NotificationsBell";

/** Pages of every portal outside its sections: the user menu's. */
const PORTAL_PAGES: readonly PortalPage[] = [{ path: API_ACCESS_SEGMENT, page: ApiAccessPage }];

/** A portal in the shared shell, with the notifications bell in its app bar. */
export function Portal({ definition }: { definition: PortalDefinition }) {
  return (
    <PortalApp definition={definition} appBarActions={<NotificationsBell />} pages={PORTAL_PAGES} />
  );
}
