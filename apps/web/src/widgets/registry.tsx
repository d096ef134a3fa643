import { lazyWidgetView } from "../app/widget-contract/lazy-widget-view";
import type { WidgetViews } from "../app/widget-contract/types";
import { ORGANIZATION_WIDGET_VIEWS } from "./organization/views";
import { SALES_WIDGET_VIEWS } from "./sales/views";
import { TEAM_WIDGET_VIEWS } from "./team/views";

// Each view owns its typed GraphQL document and is its own chunk: charts load only when shown.
/** Every widget view the web app can draw, by widget id. */
export const WIDGET_VIEWS: WidgetViews = new Map([
  ["dealsByStatus", lazyWidgetView(() => import("./deals-by-status/DealsByStatusWidget"))],
  [
    "dealsAwaitingApproval",
    lazyWidgetView(() => import("./deals-awaiting-approval/DealsAwaitingApprovalWidget")),
  ],
  ["approvalTime", lazyWidgetView(() => import("./approval-time/ApprovalTimeWidget"))],
  [
    "partnerLeaderboard",
    lazyWidgetView(() => import("./partner-leaderboard/PartnerLeaderboardWidget")),
  ],
  [
    "pipelineByPartner",
    lazyWidgetView(() => import("./pipeline-by-partner/PipelineByPartnerWidget")),
  ],
  ["partnerWinLoss", lazyWidgetView(() => import("./partner-win-loss/PartnerWinLossWidget"))],
  ["partnersList", lazyWidgetView(() => import("./partners-list/PartnersListWidget"))],
  ...SALES_WIDGET_VIEWS,
  ...TEAM_WIDGET_VIEWS,
  ...ORGANIZATION_WIDGET_VIEWS,
]);
