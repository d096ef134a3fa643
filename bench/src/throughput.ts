import autocannon from "autocannon";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { GraphQLClient, graphqlBody, jsonHeaders } from "./graphql-client";
import { ME_QUERY } from "./operations";

export interface ThroughputSettings {
  seconds: number;
  connections: number;
  rounds: number;
}

export interface ThroughputTarget {
  name: string;
  url: string;
  token: string | null;
}

export interface ThroughputFigures {
  /** The best round's mean requests per second. */
  requestsPerSecond: number;
  /** Each round's mean requests per second, in order. */
  rounds: number[];
  /** Of the best round, in milliseconds. */
  latency: { mean: number; p50: number; p99: number };
}

/**
 * A bare Apollo Server 5 whose `me` answers a constant of the same shape as PRM's, so that the
 * very same query runs against both: what PRM costs on top is its own work (auth, database).
 */
export async function startBareApollo(): Promise<{ url: string; stop(): Promise<void> }> {
  const server = new ApolloServer({
    typeDefs: "type User { id: ID! email: String! role: String! } type Query { me: User }",
    resolvers: {
      Query: { me: () => ({ id: "1", email: "bench@example.com", role: "CHANNEL_MANAGER" }) },
    },
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: "127.0.0.1" } });
  return { url, stop: () => server.stop() };
}

/** One autocannon run; any error, non-2xx answer or answer other than the first one fails it. */
async function run(
  target: ThroughputTarget,
  settings: ThroughputSettings,
): Promise<autocannon.Result> {
  const body = graphqlBody(ME_QUERY);
  const probe = new GraphQLClient(target.url);
  const expected = await probe.send(body, target.token);
  probe.close();
  GraphQLClient.check(`me on ${target.name}`, expected);

  const result = await autocannon({
    url: target.url,
    method: "POST",
    headers: jsonHeaders(target.token),
    body,
    expectBody: expected,
    connections: settings.connections,
    duration: settings.seconds,
    // The load generator gets its own thread, so that the server has this process's event loop.
    workers: 1,
  });
  const failed = result.errors + result.non2xx + result.mismatches;
  if (failed > 0) {
    throw new Error(
      `me on ${target.name}: ${result.errors} errors, ${result.non2xx} non-2xx answers and ` +
        `${result.mismatches} unexpected bodies under load`,
    );
  }
  return result;
}

/** Runs the targets one after another, `rounds` times over, and keeps each one's best round. */
export async function compareThroughput(
  targets: readonly ThroughputTarget[],
  settings: ThroughputSettings,
  onRound: (target: string, round: number, requestsPerSecond: number) => void,
): Promise<Map<string, ThroughputFigures>> {
  const results = new Map<string, autocannon.Result[]>(targets.map((t) => [t.name, []]));
  for (let round = 1; round <= settings.rounds; round++) {
    for (const target of targets) {
      const result = await run(target, settings);
      results.get(target.name)?.push(result);
      onRound(target.name, round, result.requests.average);
    }
  }
  const figures = new Map<string, ThroughputFigures>();
  for (const [name, runs] of results) {
    const best = runs.reduce((a, b) => (b.requests.average > a.requests.average ? b : a));
    figures.set(name, {
      requestsPerSecond: best.requests.average,
      rounds: runs.map((r) => r.requests.average),
      latency: { mean: best.latency.average, p50: best.latency.p50, p99: best.latency.p99 },
    });
  }
  return figures;
}
