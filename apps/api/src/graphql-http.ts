import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from "node:zlib";
import { HeaderMap, type ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import type { Context } from "./context";
import { jsonBodyReader } from "./json-body";
import type { Logger } from "./common/logger";
import { serviceUnavailable } from "./common/errors";
import { startRequestLog } from "./common/request-log";

export type ContextFactory = (args: {
  req: IncomingMessage;
  res: ServerResponse;
}) => Promise<Context>;

/** Requests for the GraphQL endpoint (and below it), whatever their query string. */
export const isGraphqlPath = (url: string | undefined) => /^\/graphql(?:[/?]|$)/.test(url ?? "");

/**
 * Serves /graphql on Node's own http, as Apollo's standalone server does, rather than through
 * Express: Express's router and response helpers cost more per request than the rest of a
 * signed-in `me` (measured with `pnpm bench`). Express keeps the SPA and the health checks.
 */
export function graphqlHttpHandler(options: {
  apollo: ApolloServer<Context>;
  context: ContextFactory;
  bodyLimit: string;
  logger: Logger;
}): (req: IncomingMessage, res: ServerResponse) => void {
  const { apollo, context, bodyLimit, logger } = options;
  const parseJson = jsonBodyReader(bodyLimit);
  return (req, res) => {
    startRequestLog(logger, req, res);
    parseJson(req, res, (error?: unknown) => {
      if (error) {
        sendRequestError(res, error, { bodyLimit, logger, requestId: req.id });
        return;
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
      }
      const url = req.url ?? "";
      const query = url.indexOf("?");
      let requestContext: Context | null = null;
      apollo
        .executeHTTPGraphQLRequest({
          httpGraphQLRequest: {
            method: (req.method ?? "GET").toUpperCase(),
            headers,
            search: query >= 0 ? url.slice(query) : "",
            body: (req as { body?: unknown }).body,
          },
          context: async () => (requestContext = await context({ req, res })),
        })
        .then(async (response) => {
          // Committed before anything is sent: an answered write is a saved one.
          try {
            await requestContext?.transaction.end();
          } catch (error) {
            sendNotSaved(res, error, { logger, requestId: req.id });
            return;
          }
          for (const [key, value] of response.headers) res.setHeader(key, value);
          res.statusCode = response.status ?? 200;
          if (response.body.kind === "complete") {
            res.end(await compressed(response.body.string, req.headers["accept-encoding"], res));
            return;
          }
          for await (const chunk of response.body.asyncIterator) res.write(chunk);
          res.end();
        })
        .catch(async (failure: unknown) => {
          await requestContext?.transaction.end().catch(() => undefined);
          if (res.headersSent) res.end();
          else sendRequestError(res, failure, { bodyLimit, logger, requestId: req.id });
        });
    });
  };
}

/**
 * Starts the request's commit as soon as the operation has run, while Apollo formats and
 * serializes the answer: the commit's round trip no longer follows that work. The handler above
 * still waits for the commit before it sends anything. Nothing touches the database after
 * execution: every resolver has settled by then.
 */
export function commitWhenExecutedPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async executionDidStart() {
          return {
            async executionDidEnd() {
              // Its failure is answered where the commit is awaited (sendNotSaved).
              contextValue.transaction.end().catch(() => undefined);
            },
          };
        },
      };
    },
  };
}

/**
 * A request that never reached GraphQL (an unreadable or oversized body) or failed outside it:
 * a JSON answer in the GraphQL error shape, never a stack; unexpected failures are logged.
 */
export function sendRequestError(
  res: ServerResponse,
  error: unknown,
  context: { bodyLimit: string; logger: Logger; requestId?: string },
): void {
  const { status: given, type } = error as { status?: number; type?: string };
  const status = given && given >= 400 && given < 500 ? given : 500;
  const message =
    type === "entity.too.large"
      ? `The request body is larger than the ${context.bodyLimit} limit.`
      : status < 500
        ? "The request could not be read."
        : "Something went wrong on our side.";
  if (status >= 500) {
    context.logger.error({ err: error, requestId: context.requestId }, "request failed");
  }
  const code = status < 500 ? "BAD_USER_INPUT" : "INTERNAL_SERVER_ERROR";
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * The request's transaction could not commit (the database went away after the operation ran):
 * nothing it did was saved, and the client may safely send it again — SERVICE_UNAVAILABLE.
 */
function sendNotSaved(
  res: ServerResponse,
  error: unknown,
  context: { logger: Logger; requestId?: string },
): void {
  context.logger.warn({ err: error, requestId: context.requestId }, "commit failed");
  const { code, retryAfterSeconds, http } = serviceUnavailable("down").extensions as {
    code: string;
    retryAfterSeconds: number;
    http: { status: number; headers: Map<string, string> };
  };
  res.statusCode = http.status;
  for (const [name, value] of http.headers) res.setHeader(name, value);
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(
    JSON.stringify({
      errors: [
        {
          message: "The database did not confirm the change, so nothing was saved. Try again.",
          extensions: { code, retryAfterSeconds },
        },
      ],
    }),
  );
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
/** Smaller answers gain less from compression than it costs. */
const MIN_COMPRESSED_LENGTH = 1024;
/**
 * Below this, compressing on the event loop is cheaper than handing the work to the thread
 * pool: a dashboard widget's answer (1–20 KB) took 220–420 µs the asynchronous way and 60–220 µs
 * synchronously, most of it the hand-off; above it, the thread pool keeps the loop free.
 */
const MAX_SYNC_COMPRESSED_LENGTH = 64 * 1024;
const BROTLI_OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } };

/**
 * The answer compressed as the client accepts (brotli at a fast level, else gzip), with its
 * headers set; small answers, and clients that accept neither, get it as it is.
 */
async function compressed(
  body: string,
  acceptEncoding: string | undefined,
  res: ServerResponse,
): Promise<string | Buffer> {
  res.setHeader("Vary", "Accept-Encoding");
  const encoding = body.length >= MIN_COMPRESSED_LENGTH ? preferredEncoding(acceptEncoding) : null;
  if (!encoding) return body;
  const sync = body.length < MAX_SYNC_COMPRESSED_LENGTH;
  const output =
    encoding === "br"
      ? sync
        ? brotliCompressSync(body, BROTLI_OPTIONS)
        : await brotli(body, BROTLI_OPTIONS)
      : sync
        ? gzipSync(body)
        : await gzipped(body);
  res.setHeader("Content-Encoding", encoding);
  res.setHeader("Content-Length", output.length);
  return output;
}

/** "br" or "gzip" when the Accept-Encoding header offers it (q > 0), brotli first. */
export function preferredEncoding(header: string | undefined): "br" | "gzip" | null {
  const offered = new Map(
    (header ?? "").split(",").map((part) => {
      const [name = "", ...params] = part.split(";").map((p) => p.trim());
      const q = params.find((p) => p.startsWith("q="));
      return [name.toLowerCase(), q ? Number(q.slice(2)) : 1] as const;
    }),
  );
  return (["br", "gzip"] as const).find((encoding) => (offered.get(encoding) ?? 0) > 0) ?? null;
}
