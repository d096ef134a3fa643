import "reflect-metadata";
import { loadConfig, type Config } from "./config";
import { createLogger } from "./common/logger";
import { databaseTarget, openDatabase } from "./database/data-source";
import { DEMO_LOGINS, DEMO_PASSWORD, loginLines } from "./database/seed/constants";
import { isDatabaseEmpty, seedDemo } from "./database/seed/demo";
import { FIRST_RUN_HINT } from "./database/setup/first-admin";
import { resolveSessionSecret } from "./auth/secret";
import { expireDeals } from "./modules/deals/deal-expiry.job";
import { createServer } from "./server";

/** Who can sign in: the demo logins, or how to create the first admin of an empty install. */
function signInLines(seedOnStart: Config["seedOnStart"], empty: boolean): string[] {
  if (seedOnStart === "demo") {
    return [
      `  Demo logins${empty ? " (just seeded)" : ""} — password for all: ${DEMO_PASSWORD}`,
      ...loginLines(DEMO_LOGINS),
    ];
  }
  return empty ? FIRST_RUN_HINT : [];
}

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const target = databaseTarget(config);
  const secret = resolveSessionSecret(
    config.sessionSecret,
    target.kind === "pglite" ? config.dataDir : null,
  );
  logger.info(
    { database: target.kind === "postgres" ? "postgres" : `pglite at ${target.dataDir}` },
    "opening database and applying migrations",
  );
  const db = await openDatabase(target, {
    statementTimeoutMs: config.databaseStatementTimeoutMs,
    poolWaitMs: config.databasePoolWaitMs,
  });

  const empty = await isDatabaseEmpty(db.dataSource);
  if (empty && config.seedOnStart === "demo") {
    logger.info("empty database: seeding the demo dataset");
    await seedDemo(db.dataSource);
  } else if (empty) {
    logger.warn(
      "the database has no users: create the first admin with the create-first-admin command (README)",
    );
  }

  const server = await createServer({ dataSource: db.dataSource, config, secret, logger });
  await new Promise<void>((resolve) => server.httpServer.listen(config.port, config.host, resolve));
  const url = `http://${config.host === "0.0.0.0" ? "localhost" : config.host}:${config.port}`;
  logger.info({ url }, "PRM is listening");
  console.log(
    [
      "",
      `  PRM is running at ${url}`,
      `    GraphQL API   ${url}/graphql`,
      `    Health        ${url}/healthz · ${url}/readyz`,
      "",
      ...signInLines(config.seedOnStart, empty),
      "",
    ].join("\n"),
  );

  // Every replica runs the job; it is idempotent and safe to run concurrently.
  let expiryRun: Promise<void> | null = null;
  const runExpiry = () => {
    expiryRun ??= expireDeals(db.dataSource)
      .then((expired) => {
        if (expired > 0) logger.info({ expired }, "expired deal registrations");
      })
      .catch((err: unknown) => logger.error({ err }, "deal expiry job failed"))
      .finally(() => {
        expiryRun = null;
      });
  };
  const expiryTimer =
    config.dealExpiryIntervalSeconds > 0
      ? setInterval(runExpiry, config.dealExpiryIntervalSeconds * 1000)
      : null;
  expiryTimer?.unref();
  if (expiryTimer) runExpiry();

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    // A load balancer sends SIGTERM and needs the delay to see /readyz fail; Ctrl-C needs none.
    const delayMs = signal === "SIGTERM" ? config.shutdownDelayMs : 0;
    logger.info({ signal, delayMs }, "shutting down: not ready, then draining requests");
    const force = setTimeout(() => {
      logger.error(`shutdown took longer than ${config.shutdownTimeoutMs} ms; exiting`);
      process.exit(1);
    }, config.shutdownTimeoutMs);
    force.unref();
    try {
      if (expiryTimer) clearInterval(expiryTimer);
      await server.stop({ delayMs });
      await expiryRun;
      await db.close();
      logger.info("stopped cleanly");
      process.exit(0);
    } catch (err) {
      logger.error({ err }, "error during shutdown");
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((err) => {
  console.error("PRM failed to start:", err instanceof Error ? err.message : err);
  process.exit(1);
});
