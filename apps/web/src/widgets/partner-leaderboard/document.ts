import { graphql } from "../../gql";

export const PartnerLeaderboardDocument = graphql(`
  query PartnerLeaderboardWidget($period: PeriodInput!, $limit: Int!) {
    partnerLeaderboard(period: $period, limit: $limit) {
      rank
      wonAmount
      wonCount
      partner {
        id
        name
        tier
      }
    }
  }
`);
