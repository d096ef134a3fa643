import { PortalApp } from "../app/shell/PortalApp";
import type { PortalDefinition } from "../app/shell/portal-definition";
import { NotificationsBell } from "../features/notifications/NotificationsBell";

/** A portal in the shared shell, with the notifications bell in its app bar. */
export function Portal({ definition }: { definition: PortalDefinition }) {
  return <PortalApp definition={definition} appBarActions={<NotificationsBell />} />;
}
