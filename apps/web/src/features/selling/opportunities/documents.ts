import { graphql } from "../../../gql";

/** What a list row and a board card show of an opportunity. */
export const OpportunityRowFragment = graphql(`
  fragment OpportunityRow on Opportunity {
    id
    name
    stage
    amount
    probability
    weightedAmount
    expectedCloseDate
    closedAt
    lastActivityAt
    nextStep
    lossReason
    version
    allowedActions
    owner {
      id
      name
    }
    partner {
      id
      name
    }
    account {
      id
      name
    }
    deal {
      id
      number
    }
  }
`);

export const OpportunitiesPageDocument = graphql(`
  query OpportunitiesPage(
    $filter: OpportunityFilter
    $orderBy: OpportunityOrder
    $first: Int!
    $after: String
  ) {
    opportunities(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          ...OpportunityRow
        }
      }
    }
  }
`);

export const OpportunityBoardDocument = graphql(`
  query OpportunityBoardPage($filter: OpportunityBoardFilter, $perStage: Int!) {
    opportunityBoard(filter: $filter, perStage: $perStage) {
      columns {
        stage
        totalCount
        amount
        weightedAmount
        opportunities {
          ...OpportunityRow
        }
      }
    }
  }
`);

export const OpportunityDetailFragment = graphql(`
  fragment OpportunityDetail on Opportunity {
    ...OpportunityRow
    lossNote
    createdAt
    updatedAt
    stageHistory {
      id
      fromStage
      toStage
      amount
      changedAt
      reason
      changedBy {
        id
        name
      }
    }
  }
`);

export const OpportunityPageDocument = graphql(`
  query OpportunityPage($id: ID!) {
    opportunity(id: $id) {
      ...OpportunityDetail
    }
  }
`);

/** People an opportunity can be given to, or filtered by: the viewer's team or organization. */
export const OwnerChoicesDocument = graphql(`
  query OwnerChoices($filter: UsersFilter, $first: Int!) {
    users(filter: $filter, first: $first) {
      edges {
        node {
          id
          name
          email
          role
          organization {
            id
            name
          }
        }
      }
    }
  }
`);

/** Partners the vendor side may narrow the list to. */
export const PartnerChoicesDocument = graphql(`
  query PartnerChoices($search: String, $first: Int!) {
    partners(search: $search, first: $first) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const UpdateOpportunityDocument = graphql(`
  mutation UpdateOpportunity($input: UpdateOpportunityInput!) {
    updateOpportunity(input: $input) {
      ...OpportunityDetail
    }
  }
`);

export const MoveOpportunityStageDocument = graphql(`
  mutation MoveOpportunityStage($input: MoveOpportunityStageInput!) {
    moveOpportunityStage(input: $input) {
      ...OpportunityDetail
    }
  }
`);

export const ReopenOpportunityDocument = graphql(`
  mutation ReopenOpportunity($input: ReopenOpportunityInput!) {
    reopenOpportunity(input: $input) {
      ...OpportunityDetail
    }
  }
`);

export const ReassignOpportunityDocument = graphql(`
  mutation ReassignOpportunity($input: ReassignOpportunityInput!) {
    reassignOpportunity(input: $input) {
      ...OpportunityDetail
    }
  }
`);

/** The name of the owner the list is narrowed to, when no row shows it. */
export const OwnerNameDocument = graphql(`
  query OwnerName($id: ID!) {
    user(id: $id) {
      id
      name
    }
  }
`);

/** The name of the partner the list is narrowed to, when no row shows it. */
export const PartnerNameDocument = graphql(`
  query PartnerName($id: ID!) {
    partner(id: $id, period: { preset: THIS_MONTH }) {
      partner {
        id
        name
      }
    }
  }
`);
