import http from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import express, { type NextFunction, type Request, type Response } from "express";
import type { DataSource } from "typeorm";
import type { Config } from "./config";
import { SessionCache } from "./auth/session-cache";
import { createContextFactory, type Context } from "./context";
import { databaseUnavailability, formatError, isClientError } from "./common/errors";
import { depthLimit, MAX_ROOT_FIELDS, requestLimitsPlugin, rootFieldLimit } from "./common/limits";
import { createLogger, type Logger } from "./common/logger";
import { requestLog } from "./common/request-log";
import { retryableContext, serviceUnavailablePlugin } from "./common/unavailable";
import { getSchema } from "./schema";
import { compiledExecution } from "./compiled-execution";
import {
  commitWhenExecutedPlugin,
  graphqlHttpHandler,
  isGraphqlPath,
  sendRequestError,
} from "./graphql-http";
import { serveWebApp } from "./web-app";

export interface ServerOptions {
  dataSource: DataSource;
  config: Config;
  secret: string;
  logger?: Logger;
  /** Extra Apollo plugins (tests use one to see whether execution started). */
  plugins?: ApolloServerPlugin<Context>[];
  /** Off only in the isolation suite's run that proves the SQL scope helpers alone. */
  rowSecurity?: boolean;
}

export interface PrmServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  logger: Logger;
  /**
   * /readyz turns 503 at once; requests are still served for `delayMs` (for a load balancer to
   * see that), then the listener closes, in-flight requests finish (for as long as
   * config.shutdownTimeoutMs leaves them) and Apollo stops.
   */
  stop(options?: { delayMs?: number }): Promise<void>;
}

/**
 * Sent with every answer. The SPA and GraphiQL run no inline script; MUI (emotion) and Monaco
 * inject style elements; Monaco's workers are bundled files (script-src covers them).
 */
const SECURITY_HEADERS = Object.entries({
  "Content-Security-Policy": [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    // GraphiQL's and Monaco's icon fonts are inlined as data: URLs by the build.
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; "),
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
});

/** What closing the database may take at most, out of config.shutdownTimeoutMs. */
const DATABASE_CLOSE_MS = 1000;

/** Logs every unexpected error with the request id; clients only ever see the generic message. */
function errorLoggingPlugin(logger: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (isClientError(error)) continue;
            logger.error(
              {
                requestId: contextValue?.requestId,
                operationName,
                err: error.originalError ?? error,
              },
              "GraphQL operation failed",
            );
          }
        },
      };
    },
  };
}

export async function createServer(options: ServerOptions): Promise<PrmServer> {
  const { dataSource, config, secret } = options;
  const logger = options.logger ?? createLogger(config.logLevel);
  const app = express();
  let graphql: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | null = null;
  const httpServer = http.createServer((req, res) => {
    for (const [name, value] of SECURITY_HEADERS) res.setHeader(name, value);
    return graphql && isGraphqlPath(req.url) ? graphql(req, res) : app(req, res);
  });
  const schema = await getSchema();
  let accepting = true;

  app.disable("x-powered-by");
  app.set("trust proxy", config.trustProxy);
  app.use(requestLog(logger));

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    if (!accepting) {
      res.status(503).json({ status: "shutting down" });
      return;
    }
    try {
      await dataSource.query("SELECT 1");
      res.json({ status: "ready" });
    } catch (err) {
      logger.warn({ err }, "readiness check failed");
      // "busy": no pool connection came free within DATABASE_POOL_WAIT_MS, so requests fail too.
      const busy = databaseUnavailability(err) === "busy";
      res.status(503).json({ status: busy ? "database busy" : "database unavailable" });
    }
  });

  const apollo = new ApolloServer<Context>({
    // The schema reaches Apollo through the gateway interface, its one way to a custom executor.
    gateway: compiledExecution(schema),
    formatError,
    csrfPrevention: true,
    // main.ts owns SIGTERM/SIGINT. With Apollo stopping on them too, the drain waited out its
    // 10 s grace period and main's shutdown never finished (nor closed the database).
    stopOnTerminationSignals: false,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimit(config.maxQueryDepth), rootFieldLimit(MAX_ROOT_FIELDS)],
    plugins: [
      ApolloServerPluginDrainHttpServer({
        httpServer,
        // In-flight requests may run until the shutdown's time is up, less closing the database.
        stopGracePeriodMillis: Math.max(
          0,
          config.shutdownTimeoutMs - config.shutdownDelayMs - DATABASE_CLOSE_MS,
        ),
      }),
      ApolloServerPluginLandingPageDisabled(),
      // No response caching here: without this, every field of every result runs its hook.
      ApolloServerPluginCacheControlDisabled(),
      requestLimitsPlugin(schema, config.maxQueryCost),
      errorLoggingPlugin(logger),
      serviceUnavailablePlugin<Context>(),
      commitWhenExecutedPlugin(),
      ...(options.plugins ?? []),
    ],
  });
  await apollo.start();

  graphql = graphqlHttpHandler({
    apollo,
    bodyLimit: config.bodyLimit,
    logger,
    context: retryableContext(
      createContextFactory({
        dataSource,
        config,
        secret,
        logger,
        sessions: new SessionCache(config.sessionCacheSeconds * 1000),
        rowSecurity: options.rowSecurity,
      }),
    ),
  });

  serveWebApp(app, config.webDist);

  // Anything else that fails in Express: the same JSON answer, no stack.
  app.use((err: Error, req: Request, res: Response, _next: NextFunction) =>
    sendRequestError(res, err, { bodyLimit: config.bodyLimit, logger, requestId: req.id }),
  );

  return {
    app,
    httpServer,
    apollo,
    logger,
    async stop({ delayMs = 0 } = {}) {
      accepting = false;
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      await apollo.stop(); // the drain plugin closes the HTTP server and waits for in-flight requests
    },
  };
}
