import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { preferredEncoding } from "../src/graphql-http";
import { createWorld } from "./factories";
import { startTestApp, type TestApp } from "./harness";

/** How the app reaches the browser: compressed, cacheable, and nothing answered with the wrong file. */
describe("delivery", () => {
  let app: TestApp;
  let webDist: string;
  const script = `export const answer = ${JSON.stringify("x".repeat(5_000))};\n`;

  beforeAll(async () => {
    // A build as Vite writes it: hashed assets with their precompressed copies.
    webDist = fs.mkdtempSync(path.join(os.tmpdir(), "prm-dist-"));
    fs.mkdirSync(path.join(webDist, "assets"));
    fs.writeFileSync(path.join(webDist, "index.html"), "<!doctype html><title>PRM</title>");
    fs.writeFileSync(path.join(webDist, "favicon.ico"), Buffer.from([0, 0, 1, 0, 1, 0]));
    const asset = path.join(webDist, "assets", "index-A1b2C3d4.js");
    fs.writeFileSync(asset, script);
    fs.writeFileSync(`${asset}.br`, zlib.brotliCompressSync(script));
    fs.writeFileSync(`${asset}.gz`, zlib.gzipSync(script));
    // A high cost limit: one test asks for the widget catalogue many times over, for a large answer.
    app = await startTestApp({ config: { webDist, maxQueryCost: 100_000 } });
  });
  afterAll(async () => {
    await app.close();
    fs.rmSync(webDist, { recursive: true, force: true });
  });

  const get = (pathname: string, encodings?: string) =>
    fetch(`${app.url}${pathname}`, {
      headers: encodings === undefined ? {} : { "accept-encoding": encodings },
    });

  it.each([
    ["br, gzip", "br"],
    ["gzip", "gzip"],
  ])(
    "serves a hashed asset precompressed (%s → %s), cacheable for a year",
    async (accept, used) => {
      const res = await get("/assets/index-A1b2C3d4.js", accept);
      expect(res.status).toBe(200);
      expect(res.headers.get("content-encoding")).toBe(used);
      expect(res.headers.get("content-type")).toMatch(/javascript/);
      expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(res.headers.get("vary")).toMatch(/Accept-Encoding/i);
      expect(await res.text()).toBe(script); // fetch decodes it
    },
  );

  it("serves the plain file to a client that accepts no compression", async () => {
    const res = await get("/assets/index-A1b2C3d4.js", "identity");
    expect(res.headers.get("content-encoding")).toBeNull();
    expect(res.headers.get("cache-control")).toContain("immutable");
    expect(await res.text()).toBe(script);
  });

  it("has a real icon, and a missing file is a 404, not the app's page", async () => {
    const icon = await get("/favicon.ico");
    expect(icon.status).toBe(200);
    expect(icon.headers.get("content-type")).toMatch(/icon/);
    expect((await get("/assets/gone-Zz9.js")).status).toBe(404);
    const route = await get("/cm/deals/6c1b7a52-0000-4000-8000-000000000000");
    expect(route.headers.get("content-type")).toMatch(/text\/html/);
    expect(route.headers.get("cache-control")).toBe("no-cache");
  });

  it("compresses GraphQL answers above a small size, as the client accepts", async () => {
    const world = await createWorld(app.db.dataSource);
    const token = await app.tokenOf(world.admin);
    /** Asks `query` with the encodings given; checks each answer decodes to the plain text. */
    const compressesAs = async (query: string, minLength: number, cases: string[][]) => {
      const ask = (encodings: string) =>
        fetch(`${app.url}/graphql`, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            authorization: `Bearer ${token}`,
            "accept-encoding": encodings,
          },
          body: JSON.stringify({ query }),
        });
      const plain = await ask("identity");
      const body = await plain.text();
      expect(body.length).toBeGreaterThan(minLength);
      expect(plain.headers.get("content-encoding")).toBeNull();
      for (const [accept, used] of cases) {
        const res = await ask(accept!);
        expect(res.headers.get("content-encoding")).toBe(used);
        expect(await res.text()).toBe(body);
      }
    };
    await compressesAs(`{ widgetCatalog { id title description } }`, 1024, [
      ["gzip, deflate, br", "br"],
      ["gzip", "gzip"],
    ]);
    // A large answer is compressed off the event loop (the thread pool), to the same text.
    const aliases = Array.from(
      { length: 30 },
      (_, i) =>
        `c${i}: widgetCatalog { id title description again: description more: description }`,
    );
    await compressesAs(`{ ${aliases.join(" ")} }`, 64 * 1024, [
      ["br", "br"],
      ["gzip", "gzip"],
    ]);
    // A small answer is not worth it.
    const small = await fetch(`${app.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "accept-encoding": "br" },
      body: JSON.stringify({ query: "{ me { id } }" }),
    });
    expect(small.headers.get("content-encoding")).toBeNull();
  });

  it.each([
    ["gzip, deflate, br", "br"],
    ["br;q=0, gzip", "gzip"],
    ["identity", null],
    [undefined, null],
    ["GZIP;q=0.5", "gzip"],
  ])("reads Accept-Encoding %p as %p", (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });
});
