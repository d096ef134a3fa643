import { graphql } from "../../gql";

export const OperatorsSummaryDocument = graphql(`
  query OperatorsSummaryWidget {
    operatorsSummary {
      activeByRole {
        role
        count
      }
      deactivated
      invitationsPending
      invitationsExpired
    }
  }
`);

export const TerritoriesSummaryDocument = graphql(`
  query TerritoriesSummaryWidget {
    territories {
      id
      name
      parentId
      openPipeline
      openOpportunityCount
    }
  }
`);
