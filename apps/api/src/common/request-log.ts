import { randomUUID } from "node:crypto";
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
 * Gives every request an id (echoed in `x-request-id`, carried into the GraphQL context and
 * the error logs) and logs each completed one at info level. No headers are logged, so tokens
 * and cookies never reach the logs; nothing is done per request beyond the id when info is off.
 */
export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const given = req.headers["x-request-id"];
    const id = typeof given === "string" && SANE_ID.test(given) ? given : randomUUID();
    req.id = id;
    res.setHeader("x-request-id", id);
    if (logger.isLevelEnabled("info") && !QUIET_PATHS.has(req.path)) {
      const started = performance.now();
      res.once("finish", () => {
        const fields = {
          requestId: id,
          method: req.method,
          url: req.originalUrl,
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        };
        if (res.statusCode >= 500) logger.error(fields, "request failed");
        else logger.info(fields, "request completed");
      });
    }
    next();
  };
}
