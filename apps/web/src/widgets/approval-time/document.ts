import { graphql } from "../../gql";

export const ApprovalTimeDocument = graphql(`
  query ApprovalTimeWidget($period: PeriodInput) {
    approvalTime(period: $period) {
      decidedCount
      medianHours
      p90Hours
    }
  }
`);
