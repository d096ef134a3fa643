import { graphql } from "../../../gql";

export const ActivityFieldsFragment = graphql(`
  fragment ActivityFields on Activity {
    id
    type
    subject
    body
    occurredAt
    dueAt
    completedAt
    overdue
    canEdit
    canComplete
    createdAt
    owner {
      id
      name
    }
    contact {
      id
      name
    }
  }
`);

/** An opportunity's or an account's activities (with the opportunity each is on), newest first. */
export const TimelineActivitiesDocument = graphql(`
  query TimelineActivities($filter: ActivityFilter!, $first: Int!) {
    activities(filter: $filter, first: $first, orderBy: NEWEST) {
      totalCount
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          ...ActivityFields
          opportunity {
            id
            name
          }
        }
      }
    }
  }
`);

/** The contacts an activity on an opportunity may be with: its partner's, on its account. */
export const OpportunityContactChoicesDocument = graphql(`
  query OpportunityContactChoices($id: ID!) {
    opportunity(id: $id) {
      id
      contacts {
        id
        name
        title
      }
    }
  }
`);

/** The contacts an activity on an account may be with. */
export const AccountContactChoicesDocument = graphql(`
  query AccountContactChoices($id: ID!) {
    account(id: $id) {
      id
      contacts {
        id
        name
        title
      }
    }
  }
`);

/** Open tasks, soonest due first (so overdue ones first), with what each is about. */
export const MyTasksDocument = graphql(`
  query MyTasks($filter: ActivityFilter!, $first: Int!, $after: String) {
    activities(filter: $filter, first: $first, after: $after, orderBy: DUE) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ActivityFields
          opportunity {
            id
            name
          }
          account {
            id
            name
          }
        }
      }
    }
  }
`);

export const LogActivityDocument = graphql(`
  mutation LogActivity($input: LogActivityInput!) {
    logActivity(input: $input) {
      ...ActivityFields
    }
  }
`);

export const UpdateActivityDocument = graphql(`
  mutation UpdateActivity($input: UpdateActivityInput!) {
    updateActivity(input: $input) {
      ...ActivityFields
    }
  }
`);

export const DeleteActivityDocument = graphql(`
  mutation DeleteActivity($id: ID!) {
    deleteActivity(id: $id) {
      id
    }
  }
`);
