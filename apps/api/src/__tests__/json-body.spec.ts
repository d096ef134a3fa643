import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import bodyParser from "body-parser";
import { jsonBodyReader } from "../json-body";

type Reader = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  next: (e?: unknown) => void,
) => void;

/** A server that reads each request's body with `read` and answers what it made of it. */
async function serve(read: Reader): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    read(req, res, (error?: unknown) => {
      const { status, type } = (error ?? {}) as { status?: number; type?: string };
      const outcome = error
        ? { status, tooLarge: type === "entity.too.large" }
        : { body: (req as { body?: unknown }).body ?? null };
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(outcome));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const LIMIT = "1kb";
const query = JSON.stringify({ query: "{ me { id } }", variables: { a: [1, 2] } });
const json = { "content-type": "application/json" };

/** Bodies that take the direct path, and some that go to body-parser, each with its headers. */
const REQUESTS: [string, Record<string, string>, Buffer | string][] = [
  ["a query", json, query],
  ["charset=utf-8", { "content-type": "application/json; charset=utf-8" }, query],
  ["quoted charset, other case", { "content-type": 'Application/JSON; Charset="UTF-8"' }, query],
  ["a byte order mark", json, `\ufeff${query}`],
  ["leading whitespace", json, ` \n\t${query}`],
  ["an array", json, `[${query}]`],
  ["empty", json, ""],
  ["only whitespace", json, "   "],
  ["a string", json, '"{ me { id } }"'],
  ["a number", json, "123"],
  ["null", json, "null"],
  ["cut short", json, query.slice(0, 20)],
  ["invalid UTF-8", json, Buffer.from([0x7b, 0xff, 0xfe, 0x7d])],
  ["non-breaking space first", json, `\u00a0${query}`],
  ["at the limit", json, JSON.stringify({ query: "x".repeat(1024 - 12) })],
  ["over the limit", json, JSON.stringify({ query: "x".repeat(2000) })],
  ["latin1", { "content-type": "application/json; charset=latin1" }, query],
  ["gzip", { ...json, "content-encoding": "gzip" }, gzipSync(query)],
  ["text/plain", { "content-type": "text/plain" }, query],
  ["no content type", {}, query],
];

describe("jsonBodyReader", () => {
  let direct: Awaited<ReturnType<typeof serve>>;
  let general: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    direct = await serve(jsonBodyReader(LIMIT));
    general = await serve(bodyParser.json({ limit: LIMIT }));
  });
  afterAll(async () => {
    await direct.close();
    await general.close();
  });

  it.each(REQUESTS)("reads %s as body-parser does", async (_name, headers, body) => {
    const ask = async (url: string) => {
      const res = await fetch(url, { method: "POST", headers, body });
      return res.json();
    };
    const [ours, theirs] = await Promise.all([ask(direct.url), ask(general.url)]);
    expect(ours).toEqual(theirs);
  });

  it("reads a chunked body, sent without a length, as body-parser does", async () => {
    const ask = (url: string) =>
      new Promise<unknown>((resolve, reject) => {
        const req = http.request(url, { method: "POST", headers: json }, (res) => {
          let text = "";
          res.on("data", (chunk: Buffer) => (text += chunk.toString()));
          res.on("end", () => resolve(JSON.parse(text)));
        });
        req.on("error", reject);
        req.write(query.slice(0, 10));
        req.end(query.slice(10));
      });
    const ours = await ask(direct.url);
    expect(ours).toEqual({ body: JSON.parse(query) });
    expect(ours).toEqual(await ask(general.url));
  });
});
