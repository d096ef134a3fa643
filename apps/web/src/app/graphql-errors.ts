import { CombinedGraphQLErrors } from "@apollo/client";
import type { GraphQLFormattedError } from "graphql";

/** The fixed set of `extensions.code` values the API uses. */
export type ErrorCode =
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "BAD_USER_INPUT"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "INTERNAL_SERVER_ERROR";

export function graphQLErrors(error: unknown): readonly GraphQLFormattedError[] {
  return CombinedGraphQLErrors.is(error) ? error.errors : [];
}

export function firstGraphQLError(error: unknown): GraphQLFormattedError | undefined {
  return graphQLErrors(error)[0];
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return graphQLErrors(error).some((e) => e.extensions?.code === code);
}

/** A sentence a person can act on: the server's message, or a plain one for network trouble. */
export function errorMessage(error: unknown): string {
  const first = firstGraphQLError(error);
  if (first) {
    return first.extensions?.code === "INTERNAL_SERVER_ERROR"
      ? "Something went wrong on our side. Please try again."
      : first.message;
  }
  return "We couldn't reach the server. Check your connection and try again.";
}

/**
 * A BAD_USER_INPUT naming a field of the input (e.g. "email", "firstSalesOps.email"), with its
 * sentence: for a form to show beside that field. `fields` are the ones the form has; any other
 * (or none) is left to the form's general error.
 */
export function fieldError<F extends string>(
  error: unknown,
  fields: readonly F[],
): { field: F; message: string } | undefined {
  const first = firstGraphQLError(error);
  const field = first?.extensions?.field;
  if (first?.extensions?.code !== "BAD_USER_INPUT" || typeof field !== "string") return undefined;
  const named = field.replace(/^input\./, "") as F;
  return fields.includes(named) ? { field: named, message: first.message } : undefined;
}
