import type { ApolloServerPlugin } from "@apollo/server";
import { databaseUnavailability, retryableIfUnavailable, serviceUnavailable } from "./errors";

/**
 * Answers HTTP 503 with Retry-After when an operation failed because the database could not be
 * reached (formatError gives those errors the SERVICE_UNAVAILABLE code): clients and proxies
 * retry on it, and no one mistakes an outage for a bug.
 */
export function serviceUnavailablePlugin<C extends object>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          const why = errors?.map((e) => databaseUnavailability(e)).find(Boolean);
          if (!why) return;
          const { http } = serviceUnavailable(why).extensions as {
            http: { status: number; headers: Map<string, string> };
          };
          response.http.status = http.status;
          for (const [name, value] of http.headers) response.http.headers.set(name, value);
        },
      };
    },
  };
}

/**
 * A context factory whose failure to reach the database (reading the session, opening the
 * request's transaction) is the retryable SERVICE_UNAVAILABLE, answered 503 by Apollo.
 */
export function retryableContext<A, C>(factory: (args: A) => Promise<C>): (args: A) => Promise<C> {
  return (args) =>
    factory(args).catch((error: unknown) => {
      throw retryableIfUnavailable(error);
    });
}
