import "reflect-metadata";
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { ApolloServerPlugin } from "@apollo/server";
import { loadConfig, type Config } from "../src/config";
import { openDatabase, type Database } from "../src/database/data-source";
import { createServer, type PrmServer } from "../src/server";
import type { Context } from "../src/context";
import type { Logger } from "../src/common/logger";
import { TEST_PASSWORD } from "./factories";
import { createScratchDatabase } from "./support/scratch-database";

/**
 * A fresh, migrated database for one test file: an in-memory PGlite by default, or a new
 * database on the PostgreSQL server named by TEST_DATABASE_URL (dropped again on close).
 */
export async function openTestDatabase(
  options: { statementTimeoutMs?: number } = {},
): Promise<Database> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) return openDatabase({ kind: "pglite", dataDir: null }, options);
  const scratch = await createScratchDatabase(serverUrl);
  const db = await openDatabase({ kind: "postgres", url: scratch.url, poolSize: 10 }, options);
  return {
    ...db,
    async close() {
      await db.close();
      await scratch.drop();
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary result shapes
export interface GqlResult<T = any> {
  status: number;
  headers: Headers;
  /** Typed as present for terse tests; null or absent when the operation failed. */
  data: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface TestApp {
  url: string;
  db: Database;
  server: PrmServer;
  config: Config;
  /** The session signing secret of this server. */
  secret: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary result shapes
  gql<T = any>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<GqlResult<T>>;
  /** Logs in over HTTP and returns the session token. */
  login(email: string, password: string): Promise<string>;
  /** A session token for a factory-made user (TEST_PASSWORD), logged in once per app. */
  tokenOf(user: { email: string }): Promise<string>;
  close(): Promise<void>;
}

/** The real server on an ephemeral port, over a fresh database. */
export async function startTestApp(
  options: {
    config?: Partial<Config>;
    db?: Database;
    plugins?: ApolloServerPlugin<Context>[];
    /** Where the server logs (tests that read the logs); else silent. */
    logger?: Logger;
    /** Another replica's session secret, to share its sessions; else a new one. */
    secret?: string;
    /** False: requests run as the tables' owner, RLS off (the isolation suite's second run). */
    rowSecurity?: boolean;
  } = {},
): Promise<TestApp> {
  const db = options.db ?? (await openTestDatabase());
  const config: Config = { ...loadConfig({ NODE_ENV: "test" }), ...options.config };
  const secret = options.secret ?? randomBytes(32).toString("hex");
  const server = await createServer({
    dataSource: db.dataSource,
    config,
    secret,
    plugins: options.plugins,
    logger: options.logger,
    rowSecurity: options.rowSecurity,
  });
  await new Promise<void>((resolve) => server.httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = server.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  const tokens = new Map<string, Promise<string>>();
  const app: TestApp = {
    url,
    db,
    server,
    config,
    secret,
    async gql(query, variables, opts = {}) {
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
          ...opts.headers,
        },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as Omit<GqlResult, "status" | "headers">;
      return { status: res.status, headers: res.headers, ...body } as GqlResult<never>;
    },
    async login(email, password) {
      const res = await app.gql<{ login: { token: string } }>(
        `mutation ($input: LoginInput!) { login(input: $input) { token } }`,
        { input: { email, password } },
      );
      if (!res.data?.login)
        throw new Error(`login failed for ${email}: ${JSON.stringify(res.errors)}`);
      return res.data.login.token;
    },
    tokenOf(user) {
      let token = tokens.get(user.email);
      if (!token) {
        token = app.login(user.email, TEST_PASSWORD);
        tokens.set(user.email, token);
      }
      return token;
    },
    async close() {
      await server.stop();
      if (!options.db) await db.close();
    },
  };
  return app;
}

/** The first error's code, for terse assertions. */
export const codeOf = (result: GqlResult<unknown>) => result.errors?.[0]?.extensions?.code;
