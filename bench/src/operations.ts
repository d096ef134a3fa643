import type { PeriodPreset } from "@prm/domain";
import type { BenchViewerKey } from "./measure";

/** What an operation's variables may depend on. */
export interface OperationInputs {
  period: { preset: PeriodPreset };
  /** The first partner of the channel manager's portfolio. */
  partnerId: string;
}

export interface MetricOperation {
  /** The Query field. */
  name: string;
  /** One of the channel manager's dashboard widgets: the latency targets apply to it. */
  widget: boolean;
  document: string;
  variables(inputs: OperationInputs): Record<string, unknown>;
  /** Whom it is measured as; the channel manager and the vendor admin when absent. */
  viewers?: readonly BenchViewerKey[];
  /** Its own latency targets (p95, ms) by role; without them the metric targets apply. */
  targetP95Ms?: Partial<Record<BenchViewerKey, number>>;
  /** Its own statement target, besides the session lookup; TARGETS.maxStatements when absent. */
  maxStatements?: number;
  /** Its own answer-size target (KB) by role; none when absent. */
  maxResponseKb?: Partial<Record<BenchViewerKey, number>>;
}

export const DEFAULT_VIEWERS: readonly BenchViewerKey[] = ["cm", "admin"];

const PARTNER = "partner { id name }";
const periodOnly = ({ period }: OperationInputs) => ({ period });

/**
 * The operations measured, with the fields the SPA's widgets and pages ask for. An operation the
 * API does not have (yet) is reported as not available, so new ones can be listed ahead of time.
 */
export const METRIC_OPERATIONS: readonly MetricOperation[] = [
  {
    name: "partnerLeaderboard",
    widget: true,
    document: `query PartnerLeaderboard($period: PeriodInput!) {
      partnerLeaderboard(period: $period, limit: 10) { rank ${PARTNER} wonAmount wonCount }
    }`,
    variables: periodOnly,
  },
  {
    name: "pipelineByPartner",
    widget: true,
    // As the widget asks: the top 10 partners and one row summing the others (issue 11: 4).
    document: `query PipelineByPartner($period: PeriodInput!) {
      pipelineByPartner(period: $period, limit: 10) {
        ${PARTNER} otherPartnerCount openAmount weightedAmount openCount
        byStage { stage amount weightedAmount count }
      }
    }`,
    variables: periodOnly,
    maxResponseKb: { cm: 20, admin: 20 },
  },
  {
    name: "partnerWinLoss",
    widget: true,
    // As the widget asks: the top 10 partners by what they closed and one row summing the others.
    document: `query PartnerWinLoss($period: PeriodInput!) {
      partnerWinLoss(period: $period, limit: 10) {
        ${PARTNER} otherPartnerCount wonCount wonAmount lostCount lostAmount winRate
        winRateByAmount
      }
    }`,
    variables: periodOnly,
    maxResponseKb: { cm: 20, admin: 20 },
  },
  {
    name: "partnerPerformance",
    widget: true,
    document: `query PartnerPerformance($period: PeriodInput!) {
      partnerPerformance(
        period: $period
        first: 50
        orderBy: { field: QUOTA_ATTAINMENT, direction: DESC }
      ) {
        totalCount
        edges {
          cursor
          node {
            ${PARTNER} openAmount weightedAmount wonAmount wonCount quotaAmount quotaAttainment
          }
        }
        pageInfo { hasNextPage endCursor }
      }
    }`,
    variables: periodOnly,
  },
  {
    name: "partner",
    widget: false,
    document: `query PartnerDashboard($id: ID!, $period: PeriodInput!) {
      partner(id: $id, period: $period) {
        ${PARTNER}
        performance {
          wonAmount openAmount winRate quotaAttainment byStage { stage amount count }
        }
        topSellers { seller { id name } wonAmount }
        recentDeals { id number status customerName }
      }
    }`,
    variables: ({ period, partnerId }) => ({ id: partnerId, period }),
  },
  {
    // The SPA's default list: open opportunities by close date, soonest first, with the total.
    name: "opportunities",
    widget: false,
    document: `query Opportunities($filter: OpportunityFilter, $first: Int) {
      opportunities(filter: $filter, first: $first) {
        totalCount
        edges {
          cursor
          node {
            id name stage amount probability weightedAmount expectedCloseDate lastActivityAt
            nextStep version owner { id name } ${PARTNER}
          }
        }
        pageInfo { hasNextPage endCursor }
      }
    }`,
    variables: () => ({ filter: { open: true }, first: 25 }),
    viewers: ["seller", "manager", "cm", "admin"],
    targetP95Ms: { seller: 30, manager: 30, cm: 30, admin: 100 },
  },
  {
    name: "opportunityBoard",
    widget: false,
    document: `query OpportunityBoard($perStage: Int) {
      opportunityBoard(perStage: $perStage) {
        columns {
          stage totalCount amount weightedAmount
          opportunities { id name amount expectedCloseDate lastActivityAt version owner { id name } }
        }
      }
    }`,
    variables: () => ({ perStage: 50 }),
    viewers: ["seller", "manager"],
    targetP95Ms: { seller: 50 },
  },
  {
    // The seller's "My tasks": open tasks by due time (overdue first), with their opportunity.
    name: "activities",
    widget: false,
    document: `query MyOpenTasks {
      activities(filter: { status: OPEN }, first: 20) {
        totalCount
        edges { cursor node { id type subject dueAt overdue canComplete opportunity { id name } } }
        pageInfo { hasNextPage endCursor }
      }
    }`,
    variables: () => ({}),
    // My tasks is a partner portal's page: the vendor side reads activities, it has no tasks.
    viewers: ["seller", "manager"],
    targetP95Ms: { seller: 20 },
  },
  {
    name: "accounts",
    widget: false,
    document: `query Accounts {
      accounts(first: 20) {
        totalCount
        edges { cursor node { id name domain industry openAmount } }
        pageInfo { hasNextPage endCursor }
      }
    }`,
    variables: () => ({}),
    // The vendor admin has no accounts page; its total would count every partner's accounts.
    viewers: ["seller", "manager", "cm"],
  },
];

/** The partner roles whose dashboards issue 11 measures, and its targets for each widget. */
const PARTNER_DASHBOARD = {
  viewers: ["seller", "manager", "ops"],
  targetP95Ms: { seller: 30, manager: 30, ops: 60 },
  maxStatements: 2,
} as const;
const TEAM_DASHBOARD = { ...PARTNER_DASHBOARD, viewers: ["manager", "ops"] } as const;

/** One salesMetrics figure, as its widget asks for it. */
function salesWidget(field: string, selection: string): MetricOperation {
  return {
    name: `salesMetrics.${field}`,
    widget: false,
    document: `query SalesMetrics($period: PeriodInput!) {
      salesMetrics(input: { period: $period }) { scope ${field} { ${selection} } }
    }`,
    variables: periodOnly,
    ...PARTNER_DASHBOARD,
  };
}

const STAGES = "byStage { stage amount weightedAmount count }";

/** The partner portals' dashboard widgets (issue 11). */
export const PARTNER_WIDGET_OPERATIONS: readonly MetricOperation[] = [
  salesWidget("pipeline", `openAmount weightedAmount openCount ${STAGES}`),
  salesWidget(
    "winLoss",
    "wonCount wonAmount lostCount lostAmount winRate winRateByAmount lossReasons { reason count amount }",
  ),
  salesWidget("quota", "quotaAmount wonAmount attainment amountToClose sellersQuotaAmount"),
  salesWidget("trend", "at openAmount openCount"),
  {
    name: "teamPerformance",
    widget: false,
    document: `query TeamPerformance($period: PeriodInput!) {
      teamPerformance(period: $period) {
        seller { id name } wonAmount wonCount openAmount weightedAmount quotaAmount
        quotaAttainment ${STAGES}
      }
    }`,
    variables: periodOnly,
    ...TEAM_DASHBOARD,
  },
  {
    name: "teamActivity",
    widget: false,
    document: `query TeamActivity($period: PeriodInput!) {
      teamActivity(period: $period) { seller { id name } tasksOverdue tasksOpen oldestOverdueDueAt }
    }`,
    variables: periodOnly,
    ...TEAM_DASHBOARD,
  },
  {
    name: "operatorsSummary",
    widget: false,
    document: `query OperatorsSummary {
      operatorsSummary { activeByRole { role count } deactivated invitationsPending invitationsExpired }
    }`,
    variables: () => ({}),
    ...PARTNER_DASHBOARD,
    viewers: ["ops"],
  },
  {
    name: "territories",
    widget: false,
    document: `query Territories { territories { id name parentId openPipeline openOpportunityCount } }`,
    variables: () => ({}),
    ...PARTNER_DASHBOARD,
    viewers: ["ops"],
  },
];

export const ME_QUERY = "{ me { id email role } }";

export const FIRST_PARTNER_QUERY = "{ partners(first: 1) { edges { node { id name } } } }";
