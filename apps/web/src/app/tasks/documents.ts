import { graphql } from "../../gql";

/** Completes a task; the task comes back (its ActivityFields) for the lists that show it. */
export const CompleteActivityDocument = graphql(`
  mutation CompleteActivity($id: ID!) {
    completeActivity(id: $id) {
      ...ActivityFields
    }
  }
`);
