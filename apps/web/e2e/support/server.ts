import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { API_MAIN, WEB_DIST } from "./paths";

export interface RunningServer {
  url: string;
  child: ChildProcess;
  dataDir: string;
  stop(): Promise<void>;
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

/**
 * The real start command (`node apps/api/dist/main.js`) on a fresh data dir: it migrates, seeds the
 * demo data and serves the built SPA on a free port.
 */
export async function startServer(): Promise<RunningServer> {
  for (const [file, hint] of [
    [API_MAIN, "build the API"],
    [path.join(WEB_DIST, "index.html"), "build the SPA"],
  ] as const) {
    if (!fs.existsSync(file)) throw new Error(`${file} is missing: ${hint} first (pnpm build).`);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "prm-e2e-"));
  const port = await freePort();
  const child = spawn(process.execPath, [API_MAIN], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "development",
      HOST: "127.0.0.1",
      PORT: String(port),
      DATA_DIR: dataDir,
      WEB_DIST,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  try {
    await waitForOutput(child, /Demo logins[\s\S]*seller@contoso\.demo/, 180_000);
  } catch (error) {
    child.kill("SIGKILL");
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    dataDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
