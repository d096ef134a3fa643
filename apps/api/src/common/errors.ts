import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from "typeorm";

/** The fixed set of error codes clients can rely on (README, "Using the API"). */
export const ERROR_CODES = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "BAD_USER_INPUT",
  "CONFLICT",
  "RATE_LIMITED",
  "SERVICE_UNAVAILABLE",
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

/**
 * Why the database could not be reached: "busy" when every pool connection stayed taken for the
 * whole pool wait (DATABASE_POOL_WAIT_MS), "down" when PostgreSQL refused, dropped or did not
 * answer the connection (a restart, a failover, the network).
 */
export type Unavailability = "busy" | "down";

const UNAVAILABLE = {
  busy: {
    message: "The server is too busy to reach its database right now. Try again in a moment.",
    retryAfterSeconds: 1,
  },
  down: {
    message:
      "The database cannot be reached right now (it may be restarting). Try again in a few seconds.",
    retryAfterSeconds: 2,
  },
} as const;

/**
 * SERVICE_UNAVAILABLE: nothing was done, and the same request may be sent again after
 * retryAfterSeconds. Answered with HTTP 503 and a Retry-After header.
 */
export function serviceUnavailable(why: Unavailability): AppError {
  const { message, retryAfterSeconds } = UNAVAILABLE[why];
  return new AppError("SERVICE_UNAVAILABLE", message, {
    retryAfterSeconds,
    // Apollo answers a context's failure with this status and headers (formatError drops it).
    http: { status: 503, headers: new Map([["retry-after", String(retryAfterSeconds)]]) },
  });
}

/** PostgreSQL's shutdown and start-up refusals; class 08 (connection exceptions) besides. */
const UNAVAILABLE_SQLSTATES = new Set([
  "57P01", // admin_shutdown: a fast shutdown or restart terminated the connection
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now: starting up or shutting down
  "53300", // too_many_connections
]);
const UNAVAILABLE_SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);
/** pg-pool's own message when its connectionTimeoutMillis passed with every connection taken. */
const POOL_WAIT_EXCEEDED = "timeout exceeded when trying to connect";
/** pg's messages for a connection that ended, or did not open in time. */
const CONNECTION_LOST =
  /^(Connection terminated|Client has encountered a connection error|Client was closed)/;

/**
 * Whether an error (as pg, pg-pool or TypeORM raised it, possibly wrapped by GraphQL) means the
 * database could not be reached, and why; null for every other error.
 */
export function databaseUnavailability(error: unknown, depth = 0): Unavailability | null {
  if (error == null || typeof error !== "object" || depth > 5) return null;
  const { code, message, originalError, driverError, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    originalError?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (message === POOL_WAIT_EXCEEDED) return "busy";
  // TypeORM releases a query runner whose connection failed (its pg client's "error" event): the
  // request's later statements on it fail so. A request's runner is released no other way while
  // the request runs (database/principal.ts refuses statements after its end).
  if (
    error instanceof QueryRunnerAlreadyReleasedError ||
    error instanceof QueryRunnerProviderAlreadyReleasedError
  ) {
    return "down";
  }
  if (typeof code === "string") {
    if (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith("08")) return "down";
    if (UNAVAILABLE_SOCKET_CODES.has(code)) return "down";
  }
  if (typeof message === "string" && CONNECTION_LOST.test(message)) return "down";
  const inner = [originalError, driverError, cause, ...(Array.isArray(errors) ? errors : [])];
  for (const nested of inner) {
    const why = databaseUnavailability(nested, depth + 1);
    if (why) return why;
  }
  return null;
}

/** The retryable error for a failure to reach the database; any other error as it is. */
export const retryableIfUnavailable = (error: unknown): unknown => {
  const why = databaseUnavailability(error);
  return why ? serviceUnavailable(why) : error;
};

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
  const unavailable = databaseUnavailability(original);
  if (unavailable) {
    const { message, retryAfterSeconds } = UNAVAILABLE[unavailable];
    return {
      message,
      path: formatted.path,
      extensions: { code: "SERVICE_UNAVAILABLE", retryAfterSeconds },
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
