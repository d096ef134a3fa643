import type { PeriodPreset } from "@prm/domain";

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
}

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
    document: `query PipelineByPartner($period: PeriodInput!) {
      pipelineByPartner(period: $period) {
        ${PARTNER} openAmount weightedAmount openCount byStage { stage amount count }
      }
    }`,
    variables: periodOnly,
  },
  {
    name: "partnerWinLoss",
    widget: true,
    document: `query PartnerWinLoss($period: PeriodInput!) {
      partnerWinLoss(period: $period) {
        ${PARTNER} wonCount wonAmount lostCount lostAmount winRate
      }
    }`,
    variables: periodOnly,
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
];

export const ME_QUERY = "{ me { id email role } }";

export const FIRST_PARTNER_QUERY = "{ partners(first: 1) { edges { node { id name } } } }";
