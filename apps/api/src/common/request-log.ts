import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import type { Logger } from "./logger";

declare module "http" {
  interface IncomingMessage {
    /** The request id: the caller's `x-request-id` when it is sane, else a new UUID. */
    id?: string;
  }
}

const SANE_ID = /^[\w-]{1,100}$/;
const QUIET_PATHS = new Set(["/healthz", "/readyz"]);

/**
 * Gives a request its id (echoed in `x-request-id`, carried into the GraphQL context and the
 * error logs) and, when info is on, logs it once completed. No headers are logged, so tokens and
 * cookies never reach the logs; nothing is done per request beyond the id when info is off.
 */
export function startRequestLog(logger: Logger, req: IncomingMessage, res: ServerResponse) {
  const given = req.headers["x-request-id"];
  const id = typeof given === "string" && SANE_ID.test(given) ? given : randomUUID();
  req.id = id;
  res.setHeader("x-request-id", id);
  if (!logger.isLevelEnabled("info")) return;
  const url = req.url ?? "";
  if (QUIET_PATHS.has(url.split("?", 1)[0]!)) return;
  const started = performance.now();
  res.once("finish", () => {
    const fields = {
      requestId: id,
      method: req.method,
      url,
      status: res.statusCode,
      ms: Math.round(performance.now() - started),
    };
    if (res.statusCode >= 500) logger.error(fields, "request failed");
    else logger.info(fields, "request completed");
  });
}

/** startRequestLog as Express middleware, for the routes Express serves. */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    startRequestLog(logger, req, res);
    next();
  };
}
