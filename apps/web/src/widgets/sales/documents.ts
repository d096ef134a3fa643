import { graphql } from "../../gql";

// Each widget asks for its own field of salesMetrics: each field is one SQL statement.

export const SalesPipelineDocument = graphql(`
  query SalesPipelineWidget($period: PeriodInput!) {
    salesMetrics(input: { period: $period }) {
      scope
      from
      to
      pipeline {
        openAmount
        weightedAmount
        openCount
        byStage {
          stage
          amount
          weightedAmount
          count
        }
      }
    }
  }
`);

export const SalesQuotaDocument = graphql(`
  query SalesQuotaWidget($period: PeriodInput!) {
    salesMetrics(input: { period: $period }) {
      scope
      quota {
        quotaAmount
        wonAmount
        attainment
        amountToClose
        sellersQuotaAmount
      }
    }
  }
`);

export const SalesWinLossDocument = graphql(`
  query SalesWinLossWidget($period: PeriodInput!) {
    salesMetrics(input: { period: $period }) {
      scope
      winLoss {
        wonCount
        wonAmount
        lostCount
        lostAmount
        winRate
        winRateByAmount
        lossReasons {
          reason
          count
          amount
        }
      }
    }
  }
`);

export const SalesTrendDocument = graphql(`
  query SalesTrendWidget($period: PeriodInput!) {
    salesMetrics(input: { period: $period }) {
      scope
      from
      to
      trend {
        at
        openAmount
        openCount
      }
    }
  }
`);

/** The viewer's open tasks, soonest due first (so overdue ones first), with what each is about. */
export const ActivitiesDueDocument = graphql(`
  query ActivitiesDueWidget($filter: ActivityFilter!, $first: Int!) {
    activities(filter: $filter, first: $first, orderBy: DUE) {
      totalCount
      edges {
        node {
          id
          subject
          dueAt
          overdue
          completedAt
          canComplete
          opportunity {
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
