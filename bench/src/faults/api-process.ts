import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import http from "node:http";
import net from "node:net";
import path from "node:path";
import type { Clock } from "./load";

/** The built API (apps/api/dist/main.js) running as its own process, as in production. */
export interface ApiProcess {
  pid: number;
  /** http://127.0.0.1:<port> */
  base: string;
  /** The GraphQL endpoint. */
  url: string;
  child: ChildProcess;
  /** Settles when the process exits, with the clock's time then. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  /** Whether it still runs. */
  alive(): boolean;
  /** Its last lines of output (warnings and errors: LOG_LEVEL=warn). */
  logTail(lines?: number): string[];
  /** SIGTERM, and waits for it to exit. */
  stop(): Promise<void>;
}

/** The built API; FAULTS_API_MAIN runs the drills against another build of it. */
const API_MAIN = process.env.FAULTS_API_MAIN || require.resolve("@prm/api/dist/main.js");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** GET a path on a fresh connection: its status, or the error's code; never throws. */
export function probe(base: string, pathname: string, timeoutMs = 2000): Promise<number | string> {
  return new Promise((resolve) => {
    const req = http.get(`${base}${pathname}`, { agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.setTimeout(timeoutMs, () =>
      req.destroy(Object.assign(new Error("timeout"), { code: "timeout" })),
    );
    req.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

/**
 * Starts the API on a free port of 127.0.0.1 over `databaseUrl` (seeded with the demo data when
 * empty) and waits until /readyz answers 200. `env` adds settings (config.ts names them).
 */
export async function startApi(options: {
  databaseUrl: string;
  clock: Clock;
  env?: Record<string, string>;
  nodeArgs?: string[];
}): Promise<ApiProcess> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), API_MAIN], {
    cwd: path.dirname(path.dirname(API_MAIN)),
    env: {
      PATH: process.env.PATH ?? "",
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: String(port),
      DATABASE_URL: options.databaseUrl,
      SESSION_SECRET: randomBytes(32).toString("hex"),
      SEED_ON_START: "demo",
      LOG_LEVEL: "warn",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  // Should the drill itself die, the API goes with it.
  const orphaned = () => child.kill("SIGKILL");
  process.once("exit", orphaned);
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    if (output.length > 500) output.splice(0, output.length - 500);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  let running = true;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>(
    (resolve) =>
      child.once("exit", (code, signal) => {
        running = false;
        process.off("exit", orphaned);
        resolve({ code, signal, at: options.clock.now() });
      }),
  );
  const api: ApiProcess = {
    pid: child.pid ?? -1,
    base,
    url: `${base}/graphql`,
    child,
    exited,
    alive: () => running,
    logTail: (lines = 20) => output.slice(-lines),
    async stop() {
      if (running) child.kill("SIGTERM");
      await exited;
    },
  };
  const deadline = Date.now() + 180_000;
  while ((await probe(base, "/readyz")) !== 200) {
    if (!running || Date.now() > deadline) {
      await api.stop();
      throw new Error(`The API did not become ready:\n${api.logTail().join("\n")}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return api;
}

/** /readyz every `intervalMs` until stopped: what it answered and when. */
export function watchReadiness(
  base: string,
  clock: Clock,
  intervalMs: number,
  timeoutMs = 1000,
): { samples: { at: number; status: number | string }[]; stop(): Promise<void> } {
  const samples: { at: number; status: number | string }[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const status = await probe(base, "/readyz", timeoutMs);
      samples.push({ at: clock.now(), status });
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    samples,
    async stop() {
      running = false;
      await loop;
    },
  };
}
