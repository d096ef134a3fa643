import { graphql } from "../../gql";

export const PartnersPageDocument = graphql(`
  query PartnersPage($search: String, $first: Int!) {
    partners(search: $search, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          tier
          channelManager {
            id
            name
          }
        }
      }
    }
  }
`);
