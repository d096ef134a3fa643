import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import type http from "node:http";
import { loadConfig, type Config } from "@prm/api/dist/config";
import { databaseTarget, openDatabase, type Database } from "@prm/api/dist/database/data-source";
import { createServer } from "@prm/api/dist/server";

export interface Prm {
  /** The GraphQL endpoint. */
  url: string;
  stop(): Promise<void>;
}

/** The API's configuration for the benchmark: silent, with its own session secret if none is set. */
export function benchConfig(env: NodeJS.ProcessEnv, databaseUrl: string): Config {
  return loadConfig({
    ...env,
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: env.SESSION_SECRET || randomBytes(32).toString("hex"),
    LOG_LEVEL: "silent",
  });
}

export function listen(server: http.Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
  });
}

export async function openPrmDatabase(config: Config): Promise<Database> {
  return openDatabase(databaseTarget(config));
}

/**
 * The real API server, in this process, on an ephemeral port of 127.0.0.1 (with row-level
 * security off only to measure what it costs).
 */
export async function startPrm(
  config: Config,
  db: Database,
  options: { rowSecurity?: boolean } = {},
): Promise<Prm> {
  const secret = config.sessionSecret;
  if (!secret) throw new Error("benchConfig always sets a session secret");
  const server = await createServer({
    dataSource: db.dataSource,
    config,
    secret,
    rowSecurity: options.rowSecurity,
  });
  const port = await listen(server.httpServer);
  return { url: `http://127.0.0.1:${port}/graphql`, stop: () => server.stop() };
}
