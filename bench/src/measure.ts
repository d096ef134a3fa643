import pg from "pg";
import type { Database } from "@prm/api/dist/database/data-source";
import { isViewerLookup } from "@prm/api/dist/context";
import { isTransactionBookkeeping } from "@prm/api/dist/database/principal";
import type { Statement, StatementRecorder } from "./capture";
import { GraphQLClient, GraphQLResponseError, graphqlBody } from "./graphql-client";
import type { MetricOperation, OperationInputs } from "./operations";
import { elapsed, pairedMedianRatioInterval, summarize, type Latency } from "./stats";

/** The large dataset's viewers: partner roles of one of cm1's partners, cm1, and the admin. */
export const BENCH_VIEWER_KEYS = ["seller", "manager", "ops", "cm", "admin"] as const;
export type BenchViewerKey = (typeof BENCH_VIEWER_KEYS)[number];

export interface BenchViewer {
  key: BenchViewerKey;
  label: string;
  token: string;
  iterations: number;
}

export interface CapturedStatement extends Statement {
  /** The session lookup of context.ts, which every authenticated request runs first. */
  auth: boolean;
  /** The request transaction's own: begin, who is asking, savepoints, commit. */
  bookkeeping: boolean;
  /** Median time of this statement alone in the SQL floor, in ms. */
  p50: number;
}

export type OperationResult = {
  operation: string;
  role: BenchViewer["key"];
  widget: boolean;
  /** The operation's own p95 target for this role, in ms (see MetricOperation.targetP95Ms). */
  targetP95Ms?: number;
  /** The operation's own statement target (see MetricOperation.maxStatements). */
  maxStatements?: number;
  /** The operation's own answer-size target for this role (see MetricOperation.maxResponseKb). */
  maxResponseKb?: number;
} & (
  | { available: false; reason: string }
  | {
      available: true;
      /** What one request ran, in order; `ms` is how long the API waited for each. */
      statements: CapturedStatement[];
      responseBytes: number;
      api: Latency;
      /**
       * The same requests to a second API on the same database with row-level security off,
       * alternating with the timed ones: what RLS costs (issue 14's target).
       */
      apiWithoutRls: Latency;
      /** API p50 / API p50 without RLS − 1. */
      rlsCost: number;
      /** Its 95 % interval: how far the sampling alone could have moved it. */
      rlsCostInterval: [number, number];
      /** Per timed request, the time the API spent waiting on its statements, summed. */
      apiSql: Latency;
      /** The same, for the requests to the API without RLS: whether RLS costs in SQL or around it. */
      apiSqlWithoutRls: Latency;
      sql: Latency;
      /** API median / SQL median. */
      ratio: number;
    }
);

export interface MeasureContext {
  client: GraphQLClient;
  /** The API with row-level security off (statements run as the tables' owner). */
  clientWithoutRls: GraphQLClient;
  recorder: StatementRecorder;
  floor: pg.Client;
  inputs: OperationInputs;
  warmup: number;
}

/** A plain pg connection with the API pool's own connection settings (e.g. jit off). */
export async function connectFloor(db: Database, url: string): Promise<pg.Client> {
  const extra = (db.dataSource.options as { extra?: pg.ClientConfig }).extra ?? {};
  const client = new pg.Client({ ...extra, connectionString: url });
  await client.connect();
  return client;
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Replays statements in order on one connection; returns each one's milliseconds. */
async function replay(floor: pg.Client, statements: readonly Statement[]): Promise<number[]> {
  const times: number[] = [];
  for (const { sql, params } of statements) {
    times.push(await elapsed(() => floor.query(sql, params)));
  }
  return times;
}

/**
 * The requests and the floor take turns in this many rounds: a machine whose speed drifts during
 * the run (a shared virtual machine) then moves both alike, not one block of them. Within a round
 * each runs back to back, as it did in one block: every measurement meets warm caches.
 */
const ROUNDS = 10;
const roundShare = (iterations: number, round: number) =>
  Math.floor((iterations * (round + 1)) / ROUNDS) - Math.floor((iterations * round) / ROUNDS);

/**
 * Warms the operation up, records the statements of one request, then, in ROUNDS rounds, times
 * `iterations` requests over HTTP (each followed by the same request to the API without
 * row-level security) and as many runs of the floor: the recorded statements sent one after
 * another straight to PostgreSQL over one plain connection, with nothing of the API around them.
 */
export async function measureOperation(
  ctx: MeasureContext,
  operation: MetricOperation,
  viewer: BenchViewer,
): Promise<OperationResult> {
  const head = {
    operation: operation.name,
    role: viewer.key,
    widget: operation.widget,
    targetP95Ms: operation.targetP95Ms?.[viewer.key],
    maxStatements: operation.maxStatements,
    maxResponseKb: operation.maxResponseKb?.[viewer.key],
  };
  const body = graphqlBody(operation.document, operation.variables(ctx.inputs));
  const request = async (client = ctx.client) => {
    let text = "";
    let ms = 0;
    const statements = await ctx.recorder.record(async () => {
      ms = await elapsed(async () => {
        text = await client.send(body, viewer.token);
      });
    });
    GraphQLClient.check(operation.name, text);
    return { ms, statements, bytes: Buffer.byteLength(text) };
  };

  try {
    await request();
  } catch (error) {
    if (error instanceof GraphQLResponseError && error.unavailable) {
      return { ...head, available: false, reason: error.errors[0]?.message ?? error.message };
    }
    throw error;
  }
  for (let i = 1; i < ctx.warmup; i++) {
    await request();
    await request(ctx.clientWithoutRls);
  }
  const captured = await request();
  const statements = captured.statements;
  for (let i = 0; i < ctx.warmup; i++) await replay(ctx.floor, statements);
  const apiTimes: number[] = [];
  const apiSql: number[] = [];
  const withoutRls: number[] = [];
  const apiSqlWithoutRls: number[] = [];
  const floor: number[] = [];
  const perStatement: number[][] = statements.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    const count = roundShare(viewer.iterations, round);
    for (let i = 0; i < count; i++) {
      // Each goes first every other time: whichever follows the other meets warmer caches.
      const plainFirst = i % 2 === 1;
      const earlier = await request(plainFirst ? ctx.clientWithoutRls : ctx.client);
      const later = await request(plainFirst ? ctx.client : ctx.clientWithoutRls);
      const [secured, plain] = plainFirst ? [later, earlier] : [earlier, later];
      apiTimes.push(secured.ms);
      apiSql.push(sum(secured.statements.map((s) => s.ms)));
      withoutRls.push(plain.ms);
      apiSqlWithoutRls.push(sum(plain.statements.map((s) => s.ms)));
    }
    for (let i = 0; i < count; i++) {
      const times = await replay(ctx.floor, statements);
      times.forEach((time, j) => perStatement[j]?.push(time));
      floor.push(sum(times));
    }
  }
  const api = summarize(apiTimes);
  const apiWithoutRls = summarize(withoutRls);
  const sql = summarize(floor);
  return {
    ...head,
    available: true,
    statements: statements.map((statement, i) => ({
      ...statement,
      auth: isViewerLookup(statement.sql),
      bookkeeping: isTransactionBookkeeping(statement.sql),
      p50: summarize(perStatement[i] ?? []).p50,
    })),
    responseBytes: captured.bytes,
    api,
    apiWithoutRls,
    rlsCost: api.p50 / apiWithoutRls.p50 - 1,
    rlsCostInterval: pairedMedianRatioInterval(apiTimes, withoutRls),
    apiSql: summarize(apiSql),
    apiSqlWithoutRls: summarize(apiSqlWithoutRls),
    sql,
    ratio: api.p50 / sql.p50,
  };
}
