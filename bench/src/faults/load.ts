import http from "node:http";
import { graphqlBody, jsonHeaders, type GraphQLResponse } from "../graphql-client";

/** One GraphQL request of the load: what it is, and as whom. */
export interface LoadRequest {
  /** The operation's name, for the figures. */
  op: string;
  /** A mutation: its acknowledgement is checked against the rows afterwards. */
  write: boolean;
  query: string;
  variables?: Record<string, unknown>;
  token: string;
}

/** What happened to one request; times are milliseconds since the clock's origin. */
export interface Sample {
  op: string;
  write: boolean;
  start: number;
  end: number;
  /** The HTTP status, or null when no answer came (refused, reset, timed out). */
  status: number | null;
  /** "ok", "<status> <GraphQL code>", or the transport error ("ECONNREFUSED", "timeout", …). */
  kind: string;
  /** The Retry-After header of a failed answer. */
  retryAfter: string | null;
  /** For an acknowledged write: the id the mutation returned. */
  id: string | null;
}

export const ok = (s: Sample) => s.kind === "ok";

/** Milliseconds since `origin` (performance.now()), the time axis of every drill. */
export class Clock {
  readonly origin = performance.now();
  now(): number {
    return performance.now() - this.origin;
  }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Keep-alive connections, at most `maxSockets`, let go after 4 s idle. Node's HTTP server closes
 * a connection idle for 5 s (its keepAliveTimeout); a request written to one just as the server
 * closes it is reset (ECONNRESET), which a browser answers by retrying on a new connection. The
 * generator, which counts every failure, closes idle connections first instead (a 30-minute
 * soak had 7 such resets in 384,791 requests without this).
 */
export function keepAliveAgent(maxSockets: number): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets, timeout: 4_000 });
}

/** Sends one GraphQL request and classifies its outcome; never throws. */
export function send(
  url: string,
  request: LoadRequest,
  options: { agent: http.Agent | false; timeoutMs: number; clock: Clock },
): Promise<Sample> {
  const body = graphqlBody(request.query, request.variables);
  const start = options.clock.now();
  const done = (
    status: number | null,
    kind: string,
    retryAfter: string | null = null,
    id: string | null = null,
  ): Sample => ({
    op: request.op,
    write: request.write,
    start,
    end: options.clock.now(),
    status,
    kind,
    retryAfter,
    id,
  });
  return new Promise((resolve) => {
    const req = http.request(
      url,
      {
        method: "POST",
        agent: options.agent,
        headers: { ...jsonHeaders(request.token), "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("error", (error: NodeJS.ErrnoException) => resolve(done(null, errorKind(error))));
        res.on("end", () => {
          const status = res.statusCode ?? 0;
          const retryAfter = (res.headers["retry-after"] as string | undefined) ?? null;
          let parsed: GraphQLResponse<Record<string, { id?: string } | null>>;
          try {
            parsed = JSON.parse(Buffer.concat(chunks).toString("utf8"));
          } catch {
            resolve(done(status, `${status} not JSON`, retryAfter));
            return;
          }
          const error = parsed.errors?.[0];
          if (error || status !== 200 || parsed.data == null) {
            resolve(done(status, `${status} ${error?.extensions?.code ?? "no code"}`, retryAfter));
            return;
          }
          const id = request.write ? (Object.values(parsed.data)[0]?.id ?? null) : null;
          resolve(done(status, "ok", null, id));
        });
      },
    );
    req.setTimeout(options.timeoutMs, () => req.destroy(new TimeoutError()));
    req.on("error", (error: NodeJS.ErrnoException) => resolve(done(null, errorKind(error))));
    req.end(body);
  });
}

class TimeoutError extends Error {
  readonly code = "timeout";
}

function errorKind(error: NodeJS.ErrnoException): string {
  return error.code ?? error.message;
}

export interface LoadSettings {
  url: string;
  /** Requests in flight at most (one per worker). */
  concurrency: number;
  /** The next request of worker `worker` (its n-th). */
  next(worker: number, n: number): LoadRequest;
  /** Workers stop starting requests once this is true. */
  stopped(): boolean;
  /** Requests per second over all workers; unpaced (as fast as answers come) when absent. */
  rate?: number;
  timeoutMs: number;
  clock: Clock;
}

/**
 * Closed-loop load: `concurrency` workers, each sending its next request once the previous one
 * answered (or, paced, at its next slot of `rate`), over keep-alive connections like a browser's.
 */
export async function runLoad(settings: LoadSettings): Promise<Sample[]> {
  const { concurrency, rate, clock } = settings;
  const agent = keepAliveAgent(concurrency);
  const samples: Sample[] = [];
  const interval = rate ? (concurrency * 1000) / rate : 0;
  const worker = async (w: number) => {
    // Paced workers start spread over one interval, so their requests interleave evenly.
    let slot = clock.now() + (interval * w) / concurrency;
    for (let n = 0; !settings.stopped(); n++) {
      if (interval > 0) {
        const wait = slot - clock.now();
        if (wait > 0) await sleep(wait);
        slot = Math.max(slot + interval, clock.now());
        if (settings.stopped()) break;
      }
      samples.push(await send(settings.url, settings.next(w, n), { agent, ...settings }));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  agent.destroy();
  return samples;
}
