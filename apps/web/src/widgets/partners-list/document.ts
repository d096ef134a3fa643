import { graphql } from "../../gql";

export const PartnerPerformanceRowFragment = graphql(`
  fragment PartnerPerformanceRow on PartnerPerformance {
    partner {
      id
      name
      tier
    }
    openAmount
    openCount
    weightedAmount
    wonAmount
    wonCount
    lostAmount
    lostCount
    winRate
    winRateByAmount
    quotaAmount
    quotaAttainment
  }
`);

/** One page of the partners list; the CSV export walks every page with the same query. */
export const PartnersListDocument = graphql(`
  query PartnersListWidget(
    $period: PeriodInput!
    $first: Int!
    $after: String
    $orderBy: PartnerPerformanceOrder!
  ) {
    partnerPerformance(period: $period, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...PartnerPerformanceRow
        }
      }
    }
  }
`);
