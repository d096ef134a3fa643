import { graphql } from "../../gql";

export const PartnerWinLossDocument = graphql(`
  query PartnerWinLossWidget($period: PeriodInput!) {
    partnerWinLoss(period: $period) {
      partner {
        id
        name
      }
      wonCount
      wonAmount
      lostCount
      lostAmount
      winRate
      winRateByAmount
    }
  }
`);
