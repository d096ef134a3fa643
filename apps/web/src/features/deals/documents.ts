import { graphql } from "../../gql";

export const DealListFieldsFragment = graphql(`
  fragment DealListFields on Deal {
    id
    number
    status
    customerName
    customerDomain
    estimatedAmount
    expectedCloseDate
    submittedAt
    createdAt
    timeInQueueHours
    overSla
    partner {
      id
      name
    }
    owner {
      id
      name
    }
  }
`);

export const DealsPageDocument = graphql(`
  query DealsPage($filter: DealFilter, $first: Int!, $after: String, $orderBy: DealOrder!) {
    deals(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        cursor
        node {
          ...DealListFields
        }
      }
    }
  }
`);

export const DealDetailFieldsFragment = graphql(`
  fragment DealDetailFields on Deal {
    ...DealListFields
    contactName
    contactEmail
    products
    description
    territory {
      id
      path
    }
    decidedAt
    decidedBy {
      id
      name
    }
    decisionNote
    overrideReason
    protectionExpiresAt
    allowedActions
    canEdit
    canExtendProtection
    opportunity {
      id
      name
      stage
      amount
    }
    history {
      id
      action
      fromStatus
      toStatus
      note
      createdAt
      actor {
        id
        name
      }
    }
  }
`);

export const DealPageDocument = graphql(`
  query DealPage($id: ID!) {
    deal(id: $id) {
      ...DealDetailFields
    }
  }
`);

export const DealReviewDocument = graphql(`
  query DealReview($id: ID!) {
    deal(id: $id) {
      ...DealDetailFields
      conflicts {
        kind
        id
        number
        status
        customerName
        customerDomain
        estimatedAmount
        protectionExpiresAt
        protected
        matchedOn
        similarity
        restricted
        partner {
          id
          name
          channelManager {
            id
            name
          }
        }
        owner {
          id
          name
        }
      }
    }
  }
`);

export const DealTerritoriesDocument = graphql(`
  query DealTerritories {
    territories {
      id
      name
      path
      mine
    }
  }
`);

export const CheckDealConflictsDocument = graphql(`
  query CheckDealConflicts($input: CheckDealConflictsInput!) {
    checkDealConflicts(input: $input) {
      claimed
      claimedUntil
      pending
    }
  }
`);

export const RegisterDealDocument = graphql(`
  mutation RegisterDeal($input: RegisterDealInput!) {
    registerDeal(input: $input) {
      ...DealDetailFields
    }
  }
`);

export const UpdateDealDocument = graphql(`
  mutation UpdateDeal($input: UpdateDealInput!) {
    updateDeal(input: $input) {
      ...DealDetailFields
    }
  }
`);

export const SubmitDealDocument = graphql(`
  mutation SubmitDeal($id: ID!) {
    submitDeal(id: $id) {
      ...DealDetailFields
    }
  }
`);

export const WithdrawDealDocument = graphql(`
  mutation WithdrawDeal($id: ID!) {
    withdrawDeal(id: $id) {
      ...DealDetailFields
    }
  }
`);

export const ApproveDealDocument = graphql(`
  mutation ApproveDeal($input: ApproveDealInput!) {
    approveDeal(input: $input) {
      ...DealDetailFields
    }
  }
`);

export const ReturnDealDocument = graphql(`
  mutation ReturnDeal($input: DecideDealInput!) {
    returnDeal(input: $input) {
      ...DealDetailFields
    }
  }
`);

export const RejectDealDocument = graphql(`
  mutation RejectDeal($input: DecideDealInput!) {
    rejectDeal(input: $input) {
      ...DealDetailFields
    }
  }
`);

export const ExtendDealProtectionDocument = graphql(`
  mutation ExtendDealProtection($input: ExtendDealProtectionInput!) {
    extendDealProtection(input: $input) {
      ...DealDetailFields
    }
  }
`);
