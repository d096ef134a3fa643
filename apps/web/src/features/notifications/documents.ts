import { graphql } from "../../gql";

export const NotificationsBellDocument = graphql(`
  query NotificationsBell($first: Int!) {
    unreadNotificationCount
    notifications(first: $first) {
      edges {
        node {
          id
          type
          title
          body
          entityType
          entityId
          readAt
          createdAt
        }
      }
    }
  }
`);

export const MarkNotificationsReadDocument = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input)
  }
`);
