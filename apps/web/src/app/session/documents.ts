import { graphql } from "../../gql";

export const SessionUserFragment = graphql(`
  fragment SessionUser on User {
    id
    email
    name
    role
    organization {
      id
      name
      kind
    }
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      ...SessionUser
    }
  }
`);

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      expiresAt
      user {
        ...SessionUser
      }
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout {
    logout
  }
`);
