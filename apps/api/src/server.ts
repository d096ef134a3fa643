import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import cookieParser from "cookie-parser";
import express, { type NextFunction, type Request, type Response } from "express";
import type { DataSource } from "typeorm";
import type { Config } from "./config";
import { SessionCache } from "./auth/session-cache";
import { createContextFactory, type Context } from "./context";
import { formatError, isClientError } from "./common/errors";
import { costLimitPlugin, depthLimit } from "./common/limits";
import { createLogger, type Logger } from "./common/logger";
import { requestLog } from "./common/request-log";
import { getSchema } from "./schema";

export interface ServerOptions {
  dataSource: DataSource;
  config: Config;
  secret: string;
  logger?: Logger;
  /** Extra Apollo plugins (tests use one to see whether execution started). */
  plugins?: ApolloServerPlugin<Context>[];
}

export interface PrmServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  logger: Logger;
  /** Stops accepting requests, lets in-flight ones finish, then stops Apollo. */
  stop(): Promise<void>;
}

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
  const httpServer = http.createServer(app);
  const schema = await getSchema();
  let accepting = true;

  app.disable("x-powered-by");
  // GraphQL answers POSTs, which are never conditional: an ETag would only cost a hash.
  app.set("etag", false);
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
      res.status(503).json({ status: "database unavailable" });
    }
  });

  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    csrfPrevention: true,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    validationRules: [depthLimit(config.maxQueryDepth)],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      costLimitPlugin(schema, config.maxQueryCost),
      errorLoggingPlugin(logger),
      ...(options.plugins ?? []),
    ],
  });
  await apollo.start();

  app.use(
    "/graphql",
    skipWhenAuthorized(cookieParser()),
    express.json({ limit: config.bodyLimit }),
    expressMiddleware(apollo, {
      context: createContextFactory({
        dataSource,
        config,
        secret,
        sessions: new SessionCache(config.sessionCacheSeconds * 1000),
      }),
    }),
  );

  serveWebApp(app, config.webDist);

  // Body-parser and other middleware errors: a JSON answer in the GraphQL error shape, no stack.
  app.use(
    (
      err: Error & { status?: number; type?: string },
      req: Request,
      res: Response,
      _next: NextFunction,
    ) => {
      const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
      const message =
        err.type === "entity.too.large"
          ? `The request body is larger than the ${config.bodyLimit} limit.`
          : status < 500
            ? "The request could not be read."
            : "Something went wrong on our side.";
      if (status >= 500) logger.error({ err, requestId: req.id }, "request failed");
      res.status(status).json({
        errors: [
          {
            message,
            extensions: { code: status < 500 ? "BAD_USER_INPUT" : "INTERNAL_SERVER_ERROR" },
          },
        ],
      });
    },
  );

  return {
    app,
    httpServer,
    apollo,
    logger,
    async stop() {
      accepting = false;
      await apollo.stop(); // the drain plugin closes the HTTP server and waits for in-flight requests
    },
  };
}

/** Runs `middleware` only for requests without an Authorization header (it wins over cookies). */
function skipWhenAuthorized(middleware: express.RequestHandler): express.RequestHandler {
  return (req, res, next) => (req.headers.authorization ? next() : middleware(req, res, next));
}

/** Serves the built SPA (when present) from the API's own port, with client-side routes. */
function serveWebApp(app: express.Express, webDist: string) {
  const index = path.join(webDist, "index.html");
  if (!fs.existsSync(index)) return;
  app.use(express.static(webDist, { index: false, maxAge: "1h" }));
  app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => {
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(index);
  });
}
