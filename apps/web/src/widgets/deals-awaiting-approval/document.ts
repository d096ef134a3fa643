import { graphql } from "../../gql";

export const DealsAwaitingApprovalDocument = graphql(`
  query DealsAwaitingApprovalWidget($limit: Int!) {
    deals(filter: { statuses: [SUBMITTED] }, first: $limit, orderBy: OLDEST_SUBMITTED) {
      totalCount
      edges {
        node {
          id
          number
          customerName
          estimatedAmount
          partner {
            id
            name
          }
          owner {
            id
            name
          }
          submittedAt
          timeInQueueHours
          overSla
        }
      }
    }
  }
`);
