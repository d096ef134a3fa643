import { graphql } from "../../gql";

export const PipelineByPartnerDocument = graphql(`
  query PipelineByPartnerWidget($period: PeriodInput!, $limit: Int!) {
    pipelineByPartner(period: $period, limit: $limit) {
      partner {
        id
        name
      }
      otherPartnerCount
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
`);
