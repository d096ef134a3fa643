import http from "node:http";

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

/** POSTs to one GraphQL endpoint over a single keep-alive connection: one request in flight. */
export class GraphQLClient {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

  constructor(readonly url: string) {}

  /** Sends a body and resolves with the whole response text. */
  send(body: string, token: string | null): Promise<string> {
    return new Promise((resolve, reject) => {
      const request = http.request(
        this.url,
        {
          method: "POST",
          agent: this.agent,
          headers: { ...jsonHeaders(token), "content-length": Buffer.byteLength(body) },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
          response.on("error", reject);
        },
      );
      request.on("error", reject);
      request.end(body);
    });
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
    this.agent.destroy();
  }
}
