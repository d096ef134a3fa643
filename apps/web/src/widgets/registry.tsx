import { lazy, type ReactNode } from "react";
import type { WidgetViewProps } from "./types";

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

type RenderWidget = (props: WidgetViewProps) => ReactNode;

/** The web side of the widget catalogue: widget id (as in `widgetCatalog`) → its view. */
export const WIDGET_VIEWS: Readonly<Record<string, RenderWidget>> = {
  dealsByStatus: (props) => <DealsByStatusWidget {...props} />,
  dealsAwaitingApproval: (props) => <DealsAwaitingApprovalWidget {...props} />,
  approvalTime: (props) => <ApprovalTimeWidget {...props} />,
  partnerLeaderboard: (props) => <PartnerLeaderboardWidget {...props} />,
  pipelineByPartner: (props) => <PipelineByPartnerWidget {...props} />,
  partnerWinLoss: (props) => <PartnerWinLossWidget {...props} />,
  partnersList: (props) => <PartnersListWidget {...props} />,
};

export function widgetView(widgetId: string): RenderWidget | undefined {
  return Object.hasOwn(WIDGET_VIEWS, widgetId) ? WIDGET_VIEWS[widgetId] : undefined;
}
