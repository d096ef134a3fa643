import { graphql } from "../../gql";

export const PartnerWinLossDocument = graphql(`
  query PartnerWinLossWidget($period: PeriodInput!, $limit: Int!) {
    partnerWinLoss(period: $period, limit: $limit) {
      partner {
        id
        name
      }
      otherPartnerCount
      wonCount
      wonAmount
      lostCount
      lostAmount
      winRate
      winRateByAmount
    }
  }
`);
