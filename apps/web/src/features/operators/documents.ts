import { graphql } from "../../gql";

export const OperatorRowFragment = graphql(`
  fragment OperatorRow on User {
    id
    name
    email
    role
    active
    lastSignInAt
    manager {
      id
      name
    }
    territories {
      id
      name
      path
    }
    pendingInvitation {
      sentAt
      expiresAt
      expired
    }
    workload {
      openOpportunities
      pendingDeals
      assignedPartners
    }
  }
`);

export const OperatorsDocument = graphql(`
  query Operators($filter: UsersFilter, $first: Int!, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...OperatorRow
        }
      }
    }
  }
`);

/** People to pick from: a manager, a filter, who takes over someone's work. */
export const PersonChoicesDocument = graphql(`
  query PersonChoices($filter: UsersFilter, $first: Int!) {
    users(filter: $filter, first: $first) {
      edges {
        node {
          id
          name
          email
          role
        }
      }
    }
  }
`);

/** What a person still owns, read afresh when they are about to be deactivated. */
export const OperatorWorkloadDocument = graphql(`
  query OperatorWorkload($id: ID!) {
    user(id: $id) {
      id
      active
      workload {
        openOpportunities
        pendingDeals
        assignedPartners
      }
    }
  }
`);

export const OperatorTerritoriesDocument = graphql(`
  query OperatorTerritories {
    territories {
      id
      name
      path
      parentId
    }
  }
`);

export const InviteUserDocument = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      invitationUrl
      expiresAt
      user {
        ...OperatorRow
      }
    }
  }
`);

export const UpdateUserDocument = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...OperatorRow
    }
  }
`);

export const DeactivateUserDocument = graphql(`
  mutation DeactivateUser($input: DeactivateUserInput!) {
    deactivateUser(input: $input) {
      ...OperatorRow
    }
  }
`);

export const ReactivateUserDocument = graphql(`
  mutation ReactivateUser($id: ID!) {
    reactivateUser(id: $id) {
      ...OperatorRow
    }
  }
`);

export const RenewInvitationDocument = graphql(`
  mutation RenewInvitation($userId: ID!) {
    renewInvitation(userId: $userId) {
      invitationUrl
      expiresAt
      user {
        ...OperatorRow
      }
    }
  }
`);

export const CreatePasswordResetLinkDocument = graphql(`
  mutation CreatePasswordResetLink($userId: ID!) {
    createPasswordResetLink(userId: $userId) {
      resetUrl
      expiresAt
      user {
        id
      }
    }
  }
`);
