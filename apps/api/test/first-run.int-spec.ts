import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { resolveSessionSecret } from "../src/auth/secret";
import { loadConfig } from "../src/config";
import { DEMO_PASSWORD } from "../src/database/seed/constants";
import { startBuiltApi, type BuiltApi } from "./support/built-api";

/**
 * A production install's first run, with the real built commands on the embedded PGlite: the
 * start command seeds nothing and says what to run; the setup command creates the vendor and its
 * first admin with the operator's password; the data dir is private to its owner. And the
 * settings that make it so: an explicit, real session secret, and no demo seed unless asked for.
 */
const SETUP_CLI = path.resolve(__dirname, "../dist/database/setup/cli.js");
const PRODUCTION = {
  NODE_ENV: "production",
  SESSION_SECRET: "3f9c2a7d81b64e05c9a1f2e8d7b6c5a4f3e2d1c0b9a8f7e6",
  COOKIE_SECURE: "false",
};
const LISTENING = /PRM is running at[\s\S]*\n\s*\n/;
const GOOD_SECRET = "0123456789abcdef".repeat(4);
/** What docker-compose.yml used to ship as SESSION_SECRET's default. */
const COMPOSE_PLACEHOLDER = "change-me-to-a-long-random-string-of-32-chars-or-more";

interface Run {
  code: number | null;
  output: string;
}

/** The built setup command on `dataDir`, with `stdin` as its standard input. */
function runSetup(
  dataDir: string,
  args: string[],
  options: { env?: Record<string, string>; stdin?: string } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SETUP_CLI, ...args], {
      env: { PATH: process.env.PATH, DATA_DIR: dataDir, ...PRODUCTION, ...options.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => resolve({ code, output }));
    child.stdin.end(options.stdin ?? "");
  });
}

async function login(url: string, email: string, password: string) {
  const res = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation ($input: LoginInput!) { login(input: $input) { user { email role organization { name kind } } } }`,
      variables: { input: { email, password } },
    }),
  });
  return (await res.json()) as {
    data: { login: { user: Record<string, unknown> } } | null;
    errors?: { extensions: { code: string } }[];
  };
}

/** Every file and folder under `dir` whose permissions let anyone but its owner in. */
function openToOthers(dir: string): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    const mode = fs.statSync(file).mode & 0o777;
    const expected = entry.isDirectory() ? 0o700 : 0o600;
    if (mode !== expected) found.push(`${mode.toString(8)} ${file}`);
  }
  return found;
}

const tempDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));
const modeOf = (file: string) => fs.statSync(file).mode & 0o777;
const tempDataDir = () => path.join(tempDir("prm-first-run-"), "data");

describe("a production start on an empty database", () => {
  let api: BuiltApi;

  beforeAll(async () => {
    api = await startBuiltApi({
      env: { ...PRODUCTION, LOG_LEVEL: "info" },
      dataDir: tempDataDir(),
      ready: LISTENING,
      timeoutMs: 120_000,
    });
  }, 150_000);
  afterAll(async () => {
    await api?.stop();
    if (api) fs.rmSync(path.dirname(api.dataDir), { recursive: true, force: true });
  });

  it("seeds nothing: the demo admin cannot sign in", async () => {
    expect(api.startupOutput).not.toContain("Demo logins");
    const demo = await login(api.url, "admin@demo.prm", DEMO_PASSWORD);
    expect(demo.data).toBeNull();
    expect(demo.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
  });

  it("says how to create the vendor and its first admin", () => {
    expect(api.startupOutput).toContain("The database has no users");
    expect(api.startupOutput).toContain("pnpm --filter @prm/api create-first-admin -- --vendor");
    expect(api.startupOutput).toContain("SEED_ON_START=demo");
  });

  it("keeps its data dir to its owner: the folder 0700, every file 0600", () => {
    expect(fs.statSync(api.dataDir).mode & 0o777).toBe(0o700);
    expect(openToOthers(api.dataDir)).toEqual([]);
  });

  it("stops at once on SIGTERM, through its own graceful shutdown to the end", async () => {
    let output = "";
    api.child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const signalled = Date.now();
    expect(await api.stop()).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(5_000);
    expect(output).toContain("stopped cleanly");
  });
});

describe("the setup command", () => {
  const dataDir = tempDataDir();
  const password = "a long passphrase the operator chose";
  const args = [
    "--vendor",
    "Acme Cloud",
    "--admin-email",
    "Ada@Acme.example",
    "--admin-name",
    "Ada Lovelace",
  ];
  let api: BuiltApi | undefined;

  afterAll(async () => {
    await api?.stop();
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });

  it("refuses a password shorter than 12 characters, and takes none from the command line", async () => {
    const short = await runSetup(dataDir, args, { env: { SETUP_ADMIN_PASSWORD: "short-pass" } });
    expect(short.code).toBe(1);
    expect(short.output).toContain("at least 12 characters");

    const onCommandLine = await runSetup(dataDir, [...args, "--password", password]);
    expect(onCommandLine.code).toBe(2);
    expect(onCommandLine.output).not.toContain("Created");
  }, 120_000);

  it("creates the vendor and its first admin with the password read from standard input", async () => {
    const run = await runSetup(dataDir, args, { stdin: `${password}\n` });
    expect(run.output).toContain('Created the vendor "Acme Cloud" and its first admin');
    expect(run.output).toContain("ada@acme.example");
    expect(run.output).not.toContain(password);
    expect(run.code).toBe(0);
  }, 120_000);

  it("refuses to run again once the database has users", async () => {
    const again = await runSetup(
      dataDir,
      ["--vendor", "Other", "--admin-email", "eve@other.example", "--admin-name", "Eve"],
      { env: { SETUP_ADMIN_PASSWORD: password } },
    );
    expect(again.code).toBe(1);
    expect(again.output).toContain("already has users");
  }, 120_000);

  it("lets that admin, and nobody else, sign in to the production start", async () => {
    api = await startBuiltApi({ env: PRODUCTION, dataDir, ready: LISTENING, timeoutMs: 120_000 });
    expect(api.startupOutput).not.toContain("The database has no users");
    const admin = await login(api.url, "ada@acme.example", password);
    expect(admin.data?.login.user).toEqual({
      email: "ada@acme.example",
      role: "VENDOR_ADMIN",
      organization: { name: "Acme Cloud", kind: "VENDOR" },
    });
    const demo = await login(api.url, "admin@demo.prm", DEMO_PASSWORD);
    expect(demo.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
  }, 150_000);
});

describe("session secret", () => {
  it("refuses the compose file's placeholder and other obvious placeholders", () => {
    for (const secret of [
      COMPOSE_PLACEHOLDER,
      "changeme-changeme-changeme-changeme",
      "x".repeat(40),
    ]) {
      expect(() => loadConfig({ SESSION_SECRET: secret })).toThrow(/placeholder/);
    }
    expect(loadConfig({ SESSION_SECRET: GOOD_SECRET }).sessionSecret).toBe(GOOD_SECRET);
  });

  it("is required in production, with or without DATABASE_URL", () => {
    expect(() => loadConfig({ NODE_ENV: "production" })).toThrow(
      /SESSION_SECRET is required in production/,
    );
    expect(loadConfig({ NODE_ENV: "production", SESSION_SECRET: GOOD_SECRET }).sessionSecret).toBe(
      GOOD_SECRET,
    );
  });

  it("refuses a session-secret file shorter than 32 characters", () => {
    const dataDir = tempDir("prm-secret-");
    try {
      fs.writeFileSync(path.join(dataDir, "session-secret"), "too-short\n");
      expect(() => resolveSessionSecret(null, dataDir)).toThrow(/at least 32 characters/);
    } finally {
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("generates the file readable by its owner only, in a directory only its owner can enter", () => {
    const parent = tempDir("prm-secret-");
    const dataDir = path.join(parent, "data");
    try {
      const secret = resolveSessionSecret(null, dataDir);
      expect(secret).toMatch(/^[0-9a-f]{64}$/);
      expect(modeOf(dataDir)).toBe(0o700);
      expect(modeOf(path.join(dataDir, "session-secret"))).toBe(0o600);
      expect(resolveSessionSecret(null, dataDir)).toBe(secret);
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe("SEED_ON_START", () => {
  const production = { NODE_ENV: "production", SESSION_SECRET: GOOD_SECRET };

  it("seeds the demo data by default in development, nothing by default in production", () => {
    expect(loadConfig({}).seedOnStart).toBe("demo");
    expect(loadConfig(production).seedOnStart).toBe(false);
  });

  it("seeds the demo data in production only when asked for by name", () => {
    expect(loadConfig({ ...production, SEED_ON_START: "demo" }).seedOnStart).toBe("demo");
    expect(loadConfig({ ...production, SEED_ON_START: "false" }).seedOnStart).toBe(false);
    expect(() => loadConfig({ ...production, SEED_ON_START: "true" })).toThrow(
      /SEED_ON_START=demo/,
    );
  });

  it("keeps true as the old name of demo outside production, and refuses anything else", () => {
    expect(loadConfig({ SEED_ON_START: "true" }).seedOnStart).toBe("demo");
    expect(loadConfig({ SEED_ON_START: "false" }).seedOnStart).toBe(false);
    expect(() => loadConfig({ SEED_ON_START: "large" })).toThrow(/SEED_ON_START/);
  });
});
