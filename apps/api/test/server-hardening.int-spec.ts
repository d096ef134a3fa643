import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createLogger } from "../src/common/logger";
import { openDatabase } from "../src/database/data-source";
import { createWorld } from "./factories";
import { codeOf, startTestApp, type TestApp } from "./harness";
import { dateFromToday } from "./deals-helpers";

const tempDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

/** A built SPA stand-in under `root` (its index marks it, one asset next to it). */
function fakeWebDist(root: string): string {
  const dist = path.join(root, "dist");
  fs.mkdirSync(path.join(dist, "assets"), { recursive: true });
  fs.writeFileSync(path.join(dist, "index.html"), "<!doctype html><title>PRM test SPA</title>");
  fs.writeFileSync(path.join(dist, "assets", "app.js"), "console.log('app');");
  return dist;
}

describe("HTTP security headers", () => {
  let app: TestApp;
  let root: string;

  beforeAll(async () => {
    root = tempDir("prm-web-");
    app = await startTestApp({ config: { webDist: fakeWebDist(root) } });
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("sends a CSP that forbids inline scripts and framing, nosniff and a referrer policy on every answer", async () => {
    const answers = [
      await fetch(`${app.url}/`),
      await fetch(`${app.url}/graphiql`),
      await fetch(`${app.url}/assets/app.js`),
      await fetch(`${app.url}/healthz`),
      await fetch(`${app.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ me { id } }" }),
      }),
    ];
    for (const res of answers) {
      const csp = res.headers.get("content-security-policy") ?? "";
      const directives = new Map(
        csp.split(";").map((d) => {
          const [name, ...values] = d.trim().split(/\s+/);
          return [name, values] as const;
        }),
      );
      expect(directives.get("default-src")).toEqual(["'self'"]);
      expect(directives.get("script-src")).toEqual(["'self'"]);
      expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
      expect(directives.get("object-src")).toEqual(["'none'"]);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    }
  });
});

describe("the SPA installed under a folder whose name starts with a dot", () => {
  let app: TestApp;
  let root: string;

  beforeAll(async () => {
    root = tempDir("prm-clone-");
    app = await startTestApp({
      config: { webDist: fakeWebDist(path.join(root, ".cache", "prm")) },
    });
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("serves index.html for / and client routes, and the assets", async () => {
    for (const route of ["/", "/login", "/cm/deals/123"]) {
      const res = await fetch(`${app.url}${route}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain("PRM test SPA");
    }
    const asset = await fetch(`${app.url}/assets/app.js`);
    expect(asset.status).toBe(200);
    expect(await asset.text()).toContain("console.log");
  });

  it("still hides dot files inside the SPA's folder", async () => {
    fs.writeFileSync(path.join(root, ".cache", "prm", "dist", ".env"), "SECRET=1");
    const res = await fetch(`${app.url}/.env`);
    expect(await res.text()).not.toContain("SECRET=1");
  });
});

describe("error logs", () => {
  let app: TestApp;
  const lines: string[] = [];

  beforeAll(async () => {
    app = await startTestApp({
      logger: createLogger("error", { write: (line: string) => void lines.push(line) }),
    });
  });
  afterAll(() => app.close());

  it("carry the SQL's shape and the request id, never the customer and contact data it was given", async () => {
    const world = await createWorld(app.db.dataSource);
    // A real database failure on a statement that carries customer data: the row is refused.
    await app.db.dataSource.query(
      `ALTER TABLE deals ADD CONSTRAINT test_refuses_zebulon CHECK (customer_name NOT LIKE 'Zebulon%')`,
    );
    const customer = {
      customerName: "Zebulon Secret Holdings",
      customerDomain: "zebulon-secret.example",
      contactName: "Jane Confidential",
      contactEmail: "jane.confidential@zebulon-secret.example",
      description: "Private expansion plans",
    };
    const result = await app.gql(
      `mutation ($input: RegisterDealInput!) { registerDeal(input: $input) { id } }`,
      {
        input: {
          ...customer,
          estimatedAmount: "98765.43",
          expectedCloseDate: dateFromToday(30),
        },
      },
      { token: await app.tokenOf(world.seller), headers: { "x-request-id": "log-probe-1" } },
    );
    expect(codeOf(result)).toBe("INTERNAL_SERVER_ERROR");

    const failure = lines
      .map((line) => JSON.parse(line))
      .find((e) => e.requestId === "log-probe-1");
    expect(failure).toBeDefined();
    expect(failure.err.query).toMatch(/INSERT INTO deals/);
    expect(failure.err.query).toContain("$1");
    expect(failure.err.constraint).toBe("test_refuses_zebulon");
    const logged = lines.join("\n");
    for (const value of [...Object.values(customer), "98765.43", "Zebulon"]) {
      expect(logged).not.toContain(value);
    }
  });
});

describe("embedded PGlite", () => {
  it("runs parameterless SQL as one statement, as PostgreSQL's extended protocol does", async () => {
    const db = await openDatabase({ kind: "pglite", dataDir: null });
    try {
      await expect(db.dataSource.query("SELECT 1; SELECT 2")).rejects.toThrow(/multiple commands/);
      expect(await db.dataSource.query("SELECT 1::int AS one")).toEqual([{ one: 1 }]);
    } finally {
      await db.close();
    }
  });
});
