import { graphql } from "../../gql";

/** The team section's list: each person of the team with their figures for the period. */
export const TeamListDocument = graphql(`
  query TeamList($period: PeriodInput!) {
    teamPerformance(period: $period) {
      seller {
        id
        name
        email
        role
      }
      wonAmount
      wonCount
      openAmount
      openCount
      winRate
      quotaAmount
      quotaAttainment
    }
  }
`);

/** A person's view: who they are and their figures (NOT_FOUND when not in the viewer's team). */
export const TeamMemberDocument = graphql(`
  query TeamMember($id: ID!, $period: PeriodInput!) {
    user(id: $id) {
      id
      name
      email
      role
      manager {
        id
        name
      }
    }
    salesMetrics(input: { period: $period, sellerId: $id }) {
      from
      to
      pipeline {
        openAmount
        openCount
        weightedAmount
        byStage {
          stage
          amount
          weightedAmount
          count
        }
      }
      winLoss {
        wonAmount
        wonCount
        lostAmount
        lostCount
        winRate
        winRateByAmount
        lossReasons {
          reason
          count
          amount
        }
      }
      quota {
        quotaAmount
        wonAmount
        attainment
        amountToClose
      }
    }
  }
`);

/** A person's open opportunities, soonest expected close first. */
export const MemberOpportunitiesDocument = graphql(`
  query MemberOpportunities($ownerId: ID!, $first: Int!) {
    opportunities(filter: { ownerId: $ownerId, open: true }, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          stage
          amount
          expectedCloseDate
          account {
            id
            name
          }
        }
      }
    }
  }
`);

/** A person's deal registrations, newest first. */
export const MemberDealsDocument = graphql(`
  query MemberDeals($ownerId: ID!, $first: Int!) {
    deals(filter: { ownerId: $ownerId }, first: $first, orderBy: NEWEST) {
      totalCount
      edges {
        node {
          id
          number
          customerName
          status
          estimatedAmount
          expectedCloseDate
          submittedAt
        }
      }
    }
  }
`);

/** One line of a person's activities. */
export const MemberActivityFragment = graphql(`
  fragment MemberActivity on Activity {
    id
    type
    subject
    occurredAt
    dueAt
    overdue
    opportunity {
      id
      name
    }
    account {
      id
      name
    }
  }
`);

/** A person's open tasks (overdue first) and their latest activities. */
export const MemberActivitiesDocument = graphql(`
  query MemberActivities($ownerId: ID!, $first: Int!) {
    openTasks: activities(
      filter: { ownerId: $ownerId, status: OPEN }
      first: $first
      orderBy: DUE
    ) {
      totalCount
      edges {
        node {
          ...MemberActivity
        }
      }
    }
    overdueTasks: activities(filter: { ownerId: $ownerId, due: OVERDUE }, first: 1) {
      totalCount
    }
    recent: activities(filter: { ownerId: $ownerId }, first: $first, orderBy: NEWEST) {
      totalCount
      edges {
        node {
          ...MemberActivity
        }
      }
    }
  }
`);
