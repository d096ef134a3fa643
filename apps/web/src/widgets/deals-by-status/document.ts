import { graphql } from "../../gql";

export const DealsByStatusDocument = graphql(`
  query DealsByStatusWidget($period: PeriodInput) {
    dealStatusCounts(period: $period) {
      status
      count
      amount
    }
  }
`);
