import { graphql } from "../../gql";

/** A page of the team's (organization's) opportunities won in a period, by close time. */
export const ReportWonOpportunitiesDocument = graphql(`
  query ReportWonOpportunities(
    $filter: OpportunityFilter
    $orderBy: OpportunityOrder
    $first: Int
    $after: String
  ) {
    opportunities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          name
          amount
          closedAt
          owner {
            id
            name
          }
          account {
            id
            name
          }
        }
      }
    }
  }
`);

export const ReportPipelineDocument = graphql(`
  query ReportPipeline($period: PeriodInput!) {
    teamPerformance(period: $period) {
      seller {
        id
        name
      }
      openCount
      openAmount
      weightedAmount
      wonCount
      wonAmount
      lostCount
      winRate
      quotaAmount
      quotaAttainment
    }
  }
`);

export const ReportActivityDocument = graphql(`
  query ReportActivity($period: PeriodInput!) {
    teamActivity(period: $period) {
      seller {
        id
        name
      }
      calls
      emails
      meetings
      notes
      tasksCompleted
      tasksOpen
      tasksOverdue
      oldestOverdueDueAt
    }
  }
`);
