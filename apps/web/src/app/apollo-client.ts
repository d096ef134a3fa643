import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { ErrorLink } from "@apollo/client/link/error";
import { hasErrorCode } from "./graphql-errors";

export interface ApolloClientOptions {
  /** Called when the server says the session is gone (expired, revoked, signed out elsewhere). */
  onSessionExpired?: () => void;
}

export function createCache() {
  return new InMemoryCache({
    typePolicies: {
      // A dashboard is one per user and portal; its widgets are plain values inside it.
      Dashboard: { keyFields: ["portal"], fields: { widgets: { merge: false } } },
      DashboardWidget: { keyFields: false },
      // One period's sales figures have no id: each widget asks for its own fields of them, and
      // the answers merge instead of replacing one another (which would refetch in a loop).
      SalesMetrics: { merge: true },
    },
  });
}

/** Same-origin GraphQL: the httpOnly `prm_session` cookie carries the session. */
export function createApolloClient({ onSessionExpired }: ApolloClientOptions = {}) {
  const sessionExpiry = new ErrorLink(({ error, operation }) => {
    if (operation.operationName !== "Login" && hasErrorCode(error, "UNAUTHENTICATED")) {
      onSessionExpired?.();
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([
      sessionExpiry,
      new HttpLink({ uri: "/graphql", credentials: "same-origin" }),
    ]),
    cache: createCache(),
  });
}
