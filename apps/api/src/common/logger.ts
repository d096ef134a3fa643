import pino, { type DestinationStream, type Logger } from "pino";
import { QueryFailedError } from "typeorm";

export type { Logger };

/** JSON lines on stdout, or on `destination` (tests read their server's logs). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "prm-api" },
      redact: ["req.headers.authorization", "req.headers.cookie", 'res.headers["set-cookie"]'],
      serializers: { err: serializeError },
    },
    destination,
  );
}

/** PostgreSQL's diagnosis of a failed statement that names no values. */
const SAFE_DATABASE_FIELDS = [
  "code",
  "schema",
  "table",
  "column",
  "constraint",
  "routine",
] as const;

/**
 * A failed SQL statement is logged by its shape (the SQL with its $n placeholders) and
 * PostgreSQL's diagnosis, never by the customer data it carried: not its parameters, not the
 * failing row PostgreSQL spells out in `detail`, nor a value its message quotes
 * (`invalid input syntax for type uuid: "…"`).
 */
function serializeError(err: unknown): unknown {
  if (!(err instanceof QueryFailedError)) return pino.stdSerializers.err(err as Error);
  const message = err.message.replace(/"[^"]*"/g, '"…"');
  const driverError = (err.driverError ?? {}) as Record<string, unknown>;
  const at = err.stack?.indexOf("\n    at ") ?? -1;
  const trace = at >= 0 ? err.stack!.slice(at) : "";
  return {
    type: err.name,
    message,
    ...Object.fromEntries(SAFE_DATABASE_FIELDS.map((field) => [field, driverError[field]])),
    query: err.query,
    stack: `${err.name}: ${message}${trace}`,
  };
}
