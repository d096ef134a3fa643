import { lazy } from "react";
import type { WidgetViews } from "../app/widget-contract/types";

// Each view owns its typed GraphQL document and is its own chunk: charts load only when shown.
const DealsByStatusWidget = lazy(() => import("./deals-by-status/DealsByStatusWidget"));
const DealsAwaitingApprovalWidget = lazy(
  () => import("./deals-awaiting-approval/DealsAwaitingApprovalWidget"),
);
const ApprovalTimeWidget = lazy(() => import("./approval-time/ApprovalTimeWidget"));
const PartnerLeaderboardWidget = lazy(
  () => import("./partner-leaderboard/PartnerLeaderboardWidget"),
);
const PipelineByPartnerWidget = lazy(() => import("./pipeline-by-partner/PipelineByPartnerWidget"));
const PartnerWinLossWidget = lazy(() => import("./partner-win-loss/PartnerWinLossWidget"));
const PartnersListWidget = lazy(() => import("./partners-list/PartnersListWidget"));

/** Every widget view the web app can draw, by widget id. */
export const WIDGET_VIEWS: WidgetViews = new Map([
  ["dealsByStatus", (props) => <DealsByStatusWidget {...props} />],
  ["dealsAwaitingApproval", (props) => <DealsAwaitingApprovalWidget {...props} />],
  ["approvalTime", (props) => <ApprovalTimeWidget {...props} />],
  ["partnerLeaderboard", (props) => <PartnerLeaderboardWidget {...props} />],
  ["pipelineByPartner", (props) => <PipelineByPartnerWidget {...props} />],
  ["partnerWinLoss", (props) => <PartnerWinLossWidget {...props} />],
  ["partnersList", (props) => <PartnersListWidget {...props} />],
]);
