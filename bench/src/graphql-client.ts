import net from "node:net";

export interface GraphQLErrorEntry {
  message: string;
  extensions?: { code?: string };
}

export interface GraphQLResponse<T = unknown> {
  data?: T | null;
  errors?: GraphQLErrorEntry[];
}

/** A response that carried errors; the benchmark stops on it. */
export class GraphQLResponseError extends Error {
  constructor(
    readonly operation: string,
    readonly errors: readonly GraphQLErrorEntry[],
  ) {
    super(
      `${operation} answered with errors: ` +
        errors.map((e) => `${e.message} (${e.extensions?.code ?? "no code"})`).join("; "),
    );
  }

  /** The schema has no such field, argument, type or enum value yet: nothing ran. */
  get unavailable(): boolean {
    return this.errors.some((e) =>
      /^(Cannot query field|Unknown type|Unknown argument|Value "\w+" does not exist in)/.test(
        e.message,
      ),
    );
  }
}

export function graphqlBody(query: string, variables?: Record<string, unknown>): string {
  return JSON.stringify(variables ? { query, variables } : { query });
}

export function jsonHeaders(token: string | null): Record<string, string> {
  return {
    "content-type": "application/json",
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  };
}

/** The connection ended before any byte of the response came. */
class ClosedUnanswered extends Error {
  constructor(cause?: Error) {
    super("The API closed the connection before it answered", { cause });
  }
}

/** The response being read: its bytes so far, and how its end is known once its head is. */
interface PendingResponse {
  resolve(text: string): void;
  reject(error: Error): void;
  received: Buffer;
  body?: { start: number; length: number } | { start: number; chunked: true };
}

const HEAD_END = Buffer.from("\r\n\r\n");

/**
 * POSTs to one GraphQL endpoint over a single keep-alive connection, one request in flight,
 * writing and reading HTTP/1.1 itself. Node's `http.request` client spent 0.15–0.3 ms of every
 * request on its agent, header objects and streams, in this process's one thread and inside
 * the time measured: a third of the channel manager's 1 ms target measured the client, not the
 * API. Reads responses of a known length or chunked (the API sends no other), uncompressed (it
 * is asked for none).
 */
export class GraphQLClient {
  private readonly target: URL;
  private socket: net.Socket | null = null;
  private pending: PendingResponse | null = null;

  constructor(readonly url: string) {
    this.target = new URL(url);
  }

  /** Sends a body and resolves with the whole response text. */
  async send(body: string, token: string | null): Promise<string> {
    if (this.pending) throw new Error("GraphQLClient sends one request at a time");
    const payload = Buffer.from(body, "utf8");
    const headers = Object.entries({
      host: this.target.host,
      ...jsonHeaders(token),
      "content-length": String(payload.length),
    })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join("");
    const head = Buffer.from(`POST ${this.target.pathname} HTTP/1.1\r\n${headers}\r\n`, "latin1");
    const request = Buffer.concat([head, payload]);
    const reused = this.socket !== null;
    try {
      return await this.exchange(request);
    } catch (error) {
      // The server may close an idle connection just as a request goes out on it: that request
      // was never read, so it is sent again, once, on a new connection.
      if (reused && error instanceof ClosedUnanswered) return this.exchange(request);
      throw error;
    }
  }

  private async exchange(request: Buffer): Promise<string> {
    const socket = this.socket ?? (await this.connect());
    return new Promise<string>((resolve, reject) => {
      this.pending = { resolve, reject, received: Buffer.alloc(0) };
      socket.write(request);
    });
  }

  private connect(): Promise<net.Socket> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(Number(this.target.port || 80), this.target.hostname);
      socket.setNoDelay(true);
      socket.once("connect", () => {
        socket.off("error", reject);
        resolve(socket);
      });
      socket.once("error", reject);
      socket.on("data", (chunk: Buffer) => this.read(chunk));
      // The server closes idle connections (its keep-alive timeout): the next request opens one.
      const closed = (error?: Error) => {
        if (this.socket === socket) this.socket = null;
        const unanswered = this.pending && !this.pending.received.length;
        this.fail(
          unanswered
            ? new ClosedUnanswered(error)
            : (error ?? new Error("The API closed the connection mid-answer")),
        );
      };
      socket.on("error", closed);
      socket.on("close", () => closed());
      this.socket = socket;
    });
  }

  /** Rejects the request in flight; a connection whose response was not read whole is dropped. */
  private fail(error: Error, drop = false): void {
    const pending = this.pending;
    this.pending = null;
    if (drop) this.close();
    pending?.reject(error);
  }

  private read(chunk: Buffer): void {
    const pending = this.pending;
    if (!pending) {
      this.socket?.destroy(new Error("The API sent bytes nobody asked for"));
      return;
    }
    pending.received = pending.received.length ? Buffer.concat([pending.received, chunk]) : chunk;
    const data = pending.received;
    if (!pending.body) {
      const headEnd = data.indexOf(HEAD_END);
      if (headEnd < 0) return;
      const head = data.toString("latin1", 0, headEnd).toLowerCase();
      const start = headEnd + HEAD_END.length;
      const length = /\r\ncontent-length: *(\d+)/.exec(head)?.[1];
      if (/\r\ncontent-encoding: *(?!identity)/.test(head)) {
        return this.fail(new Error("The API compressed a response it was not asked to"), true);
      }
      if (length !== undefined) pending.body = { start, length: Number(length) };
      else if (/\r\ntransfer-encoding: *chunked/.test(head))
        pending.body = { start, chunked: true };
      else
        return this.fail(
          new Error(`The API answered without a length: ${head.split("\r\n")[0]}`),
          true,
        );
    }
    const text = "chunked" in pending.body ? dechunk(data, pending.body.start) : null;
    if ("length" in pending.body) {
      const end = pending.body.start + pending.body.length;
      if (data.length < end) return;
      this.pending = null;
      pending.resolve(data.toString("utf8", pending.body.start, end));
    } else if (text instanceof Error) {
      this.fail(text, true);
    } else if (text !== null) {
      this.pending = null;
      pending.resolve(text);
    }
  }

  /** Parses a response text and throws on errors. */
  static check<T>(operation: string, text: string): T {
    let response: GraphQLResponse<T>;
    try {
      response = JSON.parse(text) as GraphQLResponse<T>;
    } catch {
      throw new Error(`${operation}: the response is not JSON: ${text.slice(0, 200)}`);
    }
    if (response.errors?.length) throw new GraphQLResponseError(operation, response.errors);
    if (response.data == null) throw new Error(`${operation}: the response has no data`);
    return response.data;
  }

  async request<T>(
    operation: string,
    query: string,
    variables: Record<string, unknown> | undefined,
    token: string | null,
  ): Promise<T> {
    return GraphQLClient.check<T>(operation, await this.send(graphqlBody(query, variables), token));
  }

  close(): void {
    this.socket?.destroy();
    this.socket = null;
  }
}

/** A chunked body from `start`, once its last chunk is in; else null. */
function dechunk(data: Buffer, start: number): string | Error | null {
  const parts: Buffer[] = [];
  let at = start;
  for (;;) {
    const lineEnd = data.indexOf("\r\n", at);
    if (lineEnd < 0) return null;
    const size = parseInt(data.toString("latin1", at, lineEnd), 16);
    if (Number.isNaN(size)) return new Error("The API sent a malformed chunk");
    const chunkStart = lineEnd + 2;
    if (size === 0)
      return data.indexOf("\r\n", chunkStart) < 0 ? null : Buffer.concat(parts).toString("utf8");
    if (data.length < chunkStart + size + 2) return null;
    parts.push(data.subarray(chunkStart, chunkStart + size));
    at = chunkStart + size + 2;
  }
}
