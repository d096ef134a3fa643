import { graphql } from "../../gql";

export const PipelineByPartnerDocument = graphql(`
  query PipelineByPartnerWidget($period: PeriodInput!) {
    pipelineByPartner(period: $period) {
      partner {
        id
        name
      }
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
