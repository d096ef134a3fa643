import { portalForRole, type Role } from "@prm/domain";
import { DashboardPageDocument } from "../features/dashboard/documents";
import { DealTerritoriesDocument } from "../features/deals/documents";
import { NotificationsBellDocument } from "../features/notifications/documents";
import { DealsAwaitingApprovalDocument } from "../widgets/deals-awaiting-approval/document";
import { DealsByStatusDocument } from "../widgets/deals-by-status/document";
import { PartnerLeaderboardDocument } from "../widgets/partner-leaderboard/document";
import { PartnerWinLossDocument } from "../widgets/partner-win-loss/document";
import { PartnersListDocument } from "../widgets/partners-list/document";
import { PipelineByPartnerDocument } from "../widgets/pipeline-by-partner/document";
import { catalogFor, defaultDashboard } from "./fixtures";
import {
  FABRIKAM,
  LEADERBOARD,
  NORTHWIND,
  performancePage,
  performanceRow,
  PIPELINE,
  WIN_LOSS,
} from "./partner-fixtures";
import type { Mock } from "./renderApp";

/** The network answers a portal's default dashboard needs: page, and each widget's query. */
export function dashboardMocks(
  role: Role,
  dashboard = defaultDashboard(portalForRole(role)),
): Mock[] {
  return [
    {
      request: { query: DashboardPageDocument, variables: { portal: portalForRole(role) } },
      result: { data: { widgetCatalog: catalogFor(role), dashboard } },
      maxUsageCount: 5,
    },
    ...widgetDataMocks(),
    notificationsMock(),
  ];
}

/** The app bar's bell: nothing new unless a test says otherwise. */
export function notificationsMock(
  notifications: Record<string, unknown>[] = [],
  unread = notifications.filter((n) => !n.readAt).length,
): Mock {
  return {
    request: { query: NotificationsBellDocument, variables: () => true },
    result: {
      data: {
        unreadNotificationCount: unread,
        notifications: {
          __typename: "NotificationConnection",
          edges: notifications.map((node) => ({
            __typename: "NotificationEdge",
            node: { __typename: "Notification", ...node },
          })),
        },
      },
    },
    maxUsageCount: 50,
  };
}

/** The deal form's territory list: the viewer's organization's tree, their own marked. */
export function territoriesMock(
  territories: { id: string; name: string; path: string; mine: boolean }[] = [
    { id: "ter-emea", name: "EMEA", path: "EMEA", mine: false },
    { id: "ter-de", name: "Germany", path: "EMEA › Germany", mine: true },
    { id: "ter-fr", name: "France", path: "EMEA › France", mine: false },
  ],
): Mock {
  return {
    request: { query: DealTerritoriesDocument, variables: () => true },
    result: {
      data: { territories: territories.map((t) => ({ __typename: "Territory", ...t })) },
    },
    maxUsageCount: 20,
  };
}

export function widgetDataMocks(): Mock[] {
  return [
    {
      request: { query: PartnerLeaderboardDocument, variables: () => true },
      result: { data: { partnerLeaderboard: LEADERBOARD } },
      maxUsageCount: 20,
    },
    {
      request: { query: PipelineByPartnerDocument, variables: () => true },
      result: { data: { pipelineByPartner: PIPELINE } },
      maxUsageCount: 20,
    },
    {
      request: { query: PartnerWinLossDocument, variables: () => true },
      result: { data: { partnerWinLoss: WIN_LOSS } },
      maxUsageCount: 20,
    },
    {
      request: { query: PartnersListDocument, variables: () => true },
      result: {
        data: performancePage([performanceRow(NORTHWIND), performanceRow(FABRIKAM)]),
      },
      maxUsageCount: 20,
    },
    {
      request: { query: DealsByStatusDocument, variables: () => true },
      result: {
        data: {
          dealStatusCounts: [
            { __typename: "DealStatusCount", status: "SUBMITTED", count: 11, amount: "232000.00" },
            { __typename: "DealStatusCount", status: "APPROVED", count: 7, amount: "1000000.00" },
          ],
        },
      },
      maxUsageCount: 20,
    },
    {
      request: { query: DealsAwaitingApprovalDocument, variables: () => true },
      result: {
        data: {
          deals: {
            __typename: "DealConnection",
            totalCount: 1,
            edges: [
              {
                __typename: "DealEdge",
                node: {
                  __typename: "Deal",
                  id: "deal-1",
                  number: "DR-000265",
                  customerName: "Marvin Inc",
                  estimatedAmount: "58900.00",
                  partner: {
                    __typename: "Organization",
                    id: "org-1",
                    name: "Tailspin Technologies",
                  },
                  owner: { __typename: "User", id: "user-1", name: "Jordyn Bashirian" },
                  submittedAt: "2026-11-18T09:00:00.000Z",
                  timeInQueueHours: 52,
                  overSla: true,
                },
              },
            ],
          },
        },
      },
      maxUsageCount: 20,
    },
  ];
}
