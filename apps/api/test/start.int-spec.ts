import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DEMO_IDS, DEMO_LOGINS, DEMO_PASSWORD } from "../src/database/seed/constants";

/**
 * The real start command (built main.js) on a fresh embedded PGlite data dir: migrations,
 * demo seed, demo logins over HTTP, then a graceful SIGTERM.
 */
const main = path.resolve(__dirname, "../dist/main.js");

function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(
      () => reject(new Error(`timed out waiting for ${pattern}; output:\n${output}`)),
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
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before ${pattern}; output:\n${output}`));
    });
  });
}

describe("pnpm start on a fresh machine (PGlite)", () => {
  let dataDir: string;
  let child: ChildProcess;
  let url: string;
  let startupOutput: string;

  beforeAll(async () => {
    if (!fs.existsSync(main))
      throw new Error(`${main} is missing: build the API first (pnpm build)`);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "prm-start-"));
    const port = 40000 + Math.floor(Math.random() * 20000);
    url = `http://127.0.0.1:${port}`;
    const env = {
      PATH: process.env.PATH,
      NODE_ENV: "development",
      DATA_DIR: dataDir,
      PORT: String(port),
      LOG_LEVEL: "warn",
    };
    child = spawn(process.execPath, [main], { env, stdio: ["ignore", "pipe", "pipe"] });
    startupOutput = await waitForOutput(child, /Demo logins[\s\S]*seller@contoso\.demo/, 120_000);
  }, 150_000);

  afterAll(async () => {
    if (child.exitCode === null) child.kill("SIGKILL");
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("prints the URLs and every demo login", () => {
    expect(startupOutput).toContain(`PRM is running at ${url}`);
    expect(startupOutput).toContain(
      `Demo logins (just seeded) — password for all: ${DEMO_PASSWORD}`,
    );
    for (const login of DEMO_LOGINS) expect(startupOutput).toContain(login.email);
  });

  it("keeps the signing secret in the data dir", () => {
    expect(fs.readFileSync(path.join(dataDir, "session-secret"), "utf8").trim()).toMatch(
      /^[0-9a-f]{64}$/,
    );
  });

  it("logs in every demo user over HTTP, and me gives the right role and organization", async () => {
    const expectedOrg: Record<string, string> = {
      "admin@demo.prm": DEMO_IDS.vendor,
      "cm@demo.prm": DEMO_IDS.vendor,
      "seller@northwind.demo": DEMO_IDS.organizations.northwind,
      "manager@northwind.demo": DEMO_IDS.organizations.northwind,
      "ops@northwind.demo": DEMO_IDS.organizations.northwind,
      "seller@contoso.demo": DEMO_IDS.organizations.contoso,
    };
    for (const login of DEMO_LOGINS) {
      const res = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: `mutation ($input: LoginInput!) { login(input: $input) { token } }`,
          variables: { input: { email: login.email, password: DEMO_PASSWORD } },
        }),
      });
      const { data } = (await res.json()) as { data: { login: { token: string } } };
      const me = await fetch(`${url}/graphql`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          authorization: `Bearer ${data.login.token}`,
        },
        body: JSON.stringify({ query: `{ me { email role organization { id } } }` }),
      });
      const body = (await me.json()) as {
        data: { me: { email: string; role: string; organization: { id: string } } };
      };
      expect(body.data.me).toEqual({
        email: login.email,
        role: login.role,
        organization: { id: expectedOrg[login.email] },
      });
    }
  });

  it("stops cleanly on SIGTERM", async () => {
    const exited = new Promise<number | null>((resolve) =>
      child.on("exit", (code) => resolve(code)),
    );
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  });
});
