import { PartnerDealRoutes } from "../features/deals/DealRoutes";
import { AccountRoutes } from "../features/selling/accounts";
import { TaskRoutes } from "../features/selling/activities";
import { OpportunityRoutes } from "../features/selling/opportunities";
import { TeamRoutes } from "../features/team/TeamRoutes";
import type { PortalSection } from "../app/shell/portal-definition";

/** Sections that every partner portal shares (their scope differs on the server, not here). */
export const PARTNER_DEALS_SECTION: PortalSection = { id: "deals", page: PartnerDealRoutes };

/** The user's opportunities (managers and sales ops: their team's): list, board, each one's page. */
export const PARTNER_OPPORTUNITIES_SECTION: PortalSection = {
  id: "opportunities",
  page: OpportunityRoutes,
};

/** The customers the user works with, their contacts and activity. */
export const PARTNER_ACCOUNTS_SECTION: PortalSection = { id: "accounts", page: AccountRoutes };

/** The user's open tasks (managers and sales ops: their team's too). */
export const PARTNER_TASKS_SECTION: PortalSection = { id: "tasks", page: TaskRoutes };

/** The people a sales manager (their team) or sales operations (the organization) follow. */
export const TEAM_SECTION: PortalSection = { id: "team", page: TeamRoutes };
