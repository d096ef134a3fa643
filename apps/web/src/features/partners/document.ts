import { graphql } from "../../gql";

export const PartnersPageDocument = graphql(`
  query PartnersPage($search: String, $first: Int!, $after: String) {
    partners(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          name
          tier
          channelManager {
            id
            name
          }
        }
      }
    }
  }
`);

export const PartnerPageDocument = graphql(`
  query PartnerPage($id: ID!, $period: PeriodInput!) {
    partner(id: $id, period: $period) {
      partner {
        id
        name
        tier
        channelManager {
          id
          name
        }
      }
      performance {
        wonAmount
        wonCount
        lostAmount
        lostCount
        openAmount
        openCount
        weightedAmount
        winRate
        winRateByAmount
        quotaAmount
        quotaAttainment
        byStage {
          stage
          amount
          weightedAmount
          count
        }
      }
      topSellers {
        seller {
          id
          name
          email
        }
        wonAmount
        wonCount
        openAmount
        quotaAmount
        quotaAttainment
        winRate
      }
      recentDeals(limit: 8) {
        id
        number
        status
        customerName
        estimatedAmount
        expectedCloseDate
        createdAt
      }
    }
  }
`);
