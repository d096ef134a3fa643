import { graphql } from "../../../gql";

export const AccountsPageDocument = graphql(`
  query AccountsPage($search: String, $first: Int!, $after: String) {
    accounts(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          name
          domain
          industry
          openAmount
          partner {
            id
            name
          }
        }
      }
    }
  }
`);

export const AccountPageDocument = graphql(`
  query AccountPage($id: ID!) {
    account(id: $id) {
      id
      name
      domain
      industry
      openAmount
      partner {
        id
        name
      }
      opportunities(first: 100) {
        id
        name
        stage
        amount
        expectedCloseDate
        closedAt
        owner {
          id
          name
        }
      }
    }
  }
`);

export const ContactFieldsFragment = graphql(`
  fragment ContactFields on Contact {
    id
    name
    title
    email
    phone
  }
`);

export const AccountContactsDocument = graphql(`
  query AccountContacts($id: ID!) {
    account(id: $id) {
      id
      name
      contacts {
        ...ContactFields
      }
    }
  }
`);

export const CreateContactDocument = graphql(`
  mutation CreateContact($input: CreateContactInput!) {
    createContact(input: $input) {
      ...ContactFields
    }
  }
`);

export const UpdateContactDocument = graphql(`
  mutation UpdateContact($input: UpdateContactInput!) {
    updateContact(input: $input) {
      ...ContactFields
    }
  }
`);
