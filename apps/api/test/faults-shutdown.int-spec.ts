import { randomBytes } from "node:crypto";
import http from "node:http";
import type { ApolloServerPlugin } from "@apollo/server";
import { loadConfig } from "../src/config";
import type { Context } from "../src/context";
import { startTestApp, type TestApp } from "./harness";

/** GET on a connection of its own: the status, or the connection's error code. */
function probe(url: string): Promise<number | string> {
  return new Promise((resolve) => {
    http
      .get(url, { agent: false }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      })
      .on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message));
  });
}

describe("shutting down under load", () => {
  let app: TestApp;
  let release!: () => void;
  let executing!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const started = new Promise<void>((resolve) => (executing = resolve));
  let first = true;
  /** Holds the first operation's execution until the test lets go: a request in flight. */
  const holdFirst: ApolloServerPlugin<Context> = {
    async requestDidStart() {
      return {
        async executionDidStart() {
          if (!first) return;
          first = false;
          executing();
          await held;
        },
      };
    },
  };

  beforeAll(async () => {
    app = await startTestApp({ plugins: [holdFirst] });
  });
  afterAll(() => app.close());

  it("turns /readyz 503 first, serves through the delay, then refuses connections while in-flight requests finish", async () => {
    const inFlight = app.gql(`{ __typename }`);
    await started;
    let stopped = false;
    const stopping = app.server.stop({ delayMs: 400 }).then(() => (stopped = true));

    // The delay: not ready, but still answering new connections and requests.
    expect(await probe(`${app.url}/readyz`)).toBe(503);
    const ready = await fetch(`${app.url}/readyz`);
    expect(await ready.json()).toEqual({ status: "shutting down" });
    expect(await probe(`${app.url}/healthz`)).toBe(200);
    expect((await app.gql(`{ __typename }`)).data).toEqual({ __typename: "Query" });

    // After it: the listener is closed, the request in flight is still being served.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await probe(`${app.url}/healthz`)).toBe("ECONNREFUSED");
    expect(stopped).toBe(false);

    release();
    const answer = await inFlight;
    expect(answer.status).toBe(200);
    expect(answer.data).toEqual({ __typename: "Query" });
    await stopping;
    expect(stopped).toBe(true);
  });
});

describe("shutdown settings", () => {
  const secret = randomBytes(32).toString("hex");
  it("wait for a load balancer in production only, and bound the whole shutdown", () => {
    expect(loadConfig({ NODE_ENV: "production", SESSION_SECRET: secret })).toMatchObject({
      shutdownDelayMs: 2000,
      shutdownTimeoutMs: 8000,
      databasePoolWaitMs: 5000,
    });
    expect(loadConfig({ NODE_ENV: "development" }).shutdownDelayMs).toBe(0);
    expect(() => loadConfig({ SHUTDOWN_DELAY_MS: "8000", SHUTDOWN_TIMEOUT_MS: "8000" })).toThrow(
      /SHUTDOWN_DELAY_MS \(8000\) must be shorter than SHUTDOWN_TIMEOUT_MS/,
    );
  });
});
