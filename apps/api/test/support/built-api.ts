import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { createScratchDatabase, type ScratchDatabase } from "./scratch-database";

/** The built start command, as `pnpm start` runs it. */
export const API_MAIN = path.resolve(__dirname, "../../dist/main.js");

/** What the start command prints once it serves, after seeding an empty database. */
const READY = /Demo logins[\s\S]*seller@contoso\.demo/;

export interface BuiltApi {
  url: string;
  dataDir: string;
  /** Everything it printed until it was ready. */
  startupOutput: string;
  child: ChildProcess;
  /** SIGTERM (SIGKILL after 10 s), then the data dir (or database) is removed; the exit code. */
  stop(): Promise<number | null>;
}

/**
 * The real start command (`node apps/api/dist/main.js`) on a fresh embedded-PGlite data dir (or a
 * fresh database on a PostgreSQL server) and a free port: it migrates, seeds the demo data and
 * serves (the SPA too, given WEB_DIST in `env`). Used by the API's start test and the web app's
 * browser tests.
 */
export async function startBuiltApi(
  options: {
    env?: Record<string, string>;
    timeoutMs?: number;
    /** What it prints once it serves; by default the demo logins after seeding. */
    ready?: RegExp;
    /** A data dir prepared beforehand (removed on stop, like the fresh one made otherwise). */
    dataDir?: string;
    /**
     * A PostgreSQL server to run on instead of the embedded PGlite: a new database is made on it
     * (and dropped on stop), so several servers can run side by side on the one CI already has.
     */
    databaseServerUrl?: string;
  } = {},
): Promise<BuiltApi> {
  if (!fs.existsSync(API_MAIN)) {
    throw new Error(`${API_MAIN} is missing: build the API first (pnpm build).`);
  }
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "prm-api-"));
  const port = await freePort();
  const database: ScratchDatabase | null = options.databaseServerUrl
    ? await createScratchDatabase(options.databaseServerUrl)
    : null;
  const onServer = database
    ? { DATABASE_URL: database.url, SESSION_SECRET: randomBytes(32).toString("hex") }
    : {};
  const child = spawn(process.execPath, [API_MAIN], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "development",
      HOST: "127.0.0.1",
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      ...onServer,
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      // Cleared once the child exits: left pending, it kept the Jest worker alive after the last
      // test, and Jest force-exited the worker.
      let giveUp: NodeJS.Timeout | undefined;
      await Promise.race([
        exited,
        new Promise((resolve) => (giveUp = setTimeout(resolve, 10_000))),
      ]);
      clearTimeout(giveUp);
      if (child.exitCode === null) child.kill("SIGKILL");
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
    return child.exitCode;
  };
  try {
    const startupOutput = await waitForOutput(
      child,
      options.ready ?? READY,
      options.timeoutMs ?? 180_000,
    );
    return { url: `http://127.0.0.1:${port}`, dataDir, startupOutput, child, stop };
  } catch (error) {
    child.kill("SIGKILL");
    fs.rmSync(dataDir, { recursive: true, force: true });
    await database?.drop();
    throw error;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === "object"
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () =>
        reject(
          new Error(`The API did not print ${pattern} within ${timeoutMs} ms. Output:\n${output}`),
        ),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (pattern.test(output)) {
        clearTimeout(timer);
        resolve(output);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The API exited with ${code} before it was ready. Output:\n${output}`));
    });
  });
}
