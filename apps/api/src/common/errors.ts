import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";

/** The fixed set of error codes clients can rely on (README, "Using the API"). */
export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "CONFLICT",
  "RATE_LIMITED",
  "INTERNAL_SERVER_ERROR",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** An error meant for the client: its code and message are shown as they are. */
export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    message: string,
    extensions: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...extensions, code } });
    this.name = "AppError";
  }
}

export const unauthenticated = () => new AppError("UNAUTHENTICATED", "Sign in to do this.");
export const forbidden = (message = "Your role does not allow this.") =>
  new AppError("FORBIDDEN", message);
export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} was not found.`);
export const badInput = (field: string, message: string) =>
  new AppError("BAD_USER_INPUT", message, { field });
export const conflict = (message: string) => new AppError("CONFLICT", message);
export const rateLimited = (message: string, retryAfterSeconds: number) =>
  new AppError("RATE_LIMITED", message, { retryAfterSeconds });

/** Apollo's own codes for requests the client got wrong, folded into our fixed set. */
const CLIENT_ERROR_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

export const INTERNAL_MESSAGE =
  "Something went wrong on our side. It has been logged; try again later.";

export const STATEMENT_TIMEOUT_MESSAGE =
  "The database took too long to answer, so the request was stopped. Try again, or ask for less.";

/**
 * PostgreSQL's "canceling statement due to statement timeout" (query_canceled, 57014), as
 * TypeORM reports it, also when GraphQL wrapped it (errors outside a field have no path).
 */
function isStatementTimeout(error: unknown): boolean {
  const { driverError, originalError } = (error ?? {}) as {
    driverError?: { code?: unknown };
    originalError?: unknown;
  };
  return (
    driverError?.code === "57014" || (originalError != null && isStatementTimeout(originalError))
  );
}

/** True for errors whose message is safe to show; everything else is hidden from clients. */
export function isClientError(error: unknown): boolean {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) return true;
  // Errors about the request itself (parse, validation — including our depth limit —, variable
  // coercion) are GraphQLErrors wrapping nothing but other GraphQLErrors.
  if (
    original instanceof GraphQLError &&
    (original.originalError == null || original.originalError instanceof GraphQLError)
  ) {
    const code = original.extensions?.code;
    return code === undefined || CLIENT_ERROR_CODES.has(String(code));
  }
  return isArgumentValidationError(original);
}

function isArgumentValidationError(error: unknown): error is ArgumentValidationError {
  return error instanceof ArgumentValidationError;
}

/**
 * Apollo's formatError: AppErrors and client mistakes pass with a code from the fixed set;
 * anything else (TypeORM, pg, bugs) becomes a generic INTERNAL_SERVER_ERROR — the original is
 * logged with the request id by the logging plugin, never sent.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) {
    // `http` tells Apollo the status to answer with; it is not for the client.
    const { http: _http, ...extensions } = original.extensions;
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions,
    };
  }
  if (isStatementTimeout(original)) {
    return {
      message: STATEMENT_TIMEOUT_MESSAGE,
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  }
  if (isArgumentValidationError(original)) {
    const first = firstViolation(original.extensions.validationErrors as ValidationErrorLike[]);
    return {
      message: first?.message ?? "The input is invalid.",
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: "BAD_USER_INPUT", field: first?.field },
    };
  }
  if (isClientError(error)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "BAD_USER_INPUT" },
    };
  }
  return {
    message: INTERNAL_MESSAGE,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

/** class-validator nests errors of input objects; report the first leaf as "field path: message". */
function firstViolation(
  errors: ValidationErrorLike[] | undefined,
  prefix = "",
): { field: string; message: string } | null {
  const error = errors?.[0];
  if (!error) return null;
  const field = prefix ? `${prefix}.${error.property}` : error.property;
  const constraint = Object.values(error.constraints ?? {})[0];
  if (constraint) return { field, message: constraint };
  return firstViolation(error.children, field) ?? { field, message: `${field} is invalid.` };
}
