import { graphql } from "../../gql";

/**
 * The team's per-person figures. The leaderboard, pipeline and quota widgets share this one
 * document, so a dashboard showing all three asks the server once per period.
 */
export const TeamPerformanceWidgetDocument = graphql(`
  query TeamPerformanceWidget($period: PeriodInput!) {
    teamPerformance(period: $period) {
      seller {
        id
        name
        role
      }
      wonAmount
      wonCount
      openAmount
      openCount
      weightedAmount
      quotaAmount
      quotaAttainment
      byStage {
        stage
        amount
        weightedAmount
        count
      }
    }
  }
`);

export const TeamActivityWidgetDocument = graphql(`
  query TeamActivityWidget($period: PeriodInput!) {
    teamActivity(period: $period) {
      seller {
        id
        name
        role
      }
      tasksOpen
      tasksOverdue
      oldestOverdueDueAt
    }
  }
`);
