import type { WidgetPeriodPreset } from "@prm/domain";
import { useCallback } from "react";
import { usePortalBase } from "./record-paths";

/** The section of the sales manager's and sales operations' portals listing their team. */
export const TEAM_SEGMENT = "team";

/** The tabs of a person's view, besides its overview. */
export type TeamMemberTab = "opportunities" | "deals" | "activities";

/** Where the current portal's team lives: "/manager/team", "/ops/team". */
export function useTeamPath(): string {
  return `${usePortalBase()}/${TEAM_SEGMENT}`;
}

/** A person's view in the team section: "/manager/team/<id>?period=LAST_QUARTER&tab=activities". */
export function teamMemberPath(
  teamPath: string,
  userId: string,
  { period, tab }: { period?: WidgetPeriodPreset; tab?: TeamMemberTab } = {},
): string {
  const query = new URLSearchParams();
  if (period) query.set("period", period);
  if (tab) query.set("tab", tab);
  const search = query.toString();
  return `${teamPath}/${encodeURIComponent(userId)}${search ? `?${search}` : ""}`;
}

/** The view of `userId` in the current portal, for rows and charts that link to it. */
export function useTeamMemberPath(
  period?: WidgetPeriodPreset,
  tab?: TeamMemberTab,
): (userId: string) => string {
  const teamPath = useTeamPath();
  return useCallback(
    (userId: string) => teamMemberPath(teamPath, userId, { period, tab }),
    [teamPath, period, tab],
  );
}
