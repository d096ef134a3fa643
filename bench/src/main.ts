import "./production-mode";
import "reflect-metadata";
import os from "node:os";
import { resolvePeriod } from "@prm/domain";
import { StatementRecorder } from "./capture";
import { ensureLargeDataset } from "./dataset";
import { GraphQLClient } from "./graphql-client";
import { runLoadBench } from "./load";
import {
  connectFloor,
  measureOperation,
  type BenchViewer,
  type MeasureContext,
  type OperationResult,
} from "./measure";
import { DEFAULT_VIEWERS, METRIC_OPERATIONS, PARTNER_WIDGET_OPERATIONS } from "./operations";
import { USAGE, UsageError, parseOptions, type BenchOptions } from "./options";
import { benchConfig, openPrmDatabase, startPrm } from "./prm";
import {
  operationsLegend,
  operationsTable,
  statementsReport,
  throughputTable,
  unavailableReport,
} from "./report";
import { writeResults, type BenchRun } from "./results";
import { compareThroughput, startBareApollo } from "./throughput";
import { firstPartnerId, signIn } from "./viewers";

async function measureOperations(
  ctx: MeasureContext,
  viewers: readonly BenchViewer[],
): Promise<OperationResult[]> {
  const results: OperationResult[] = [];
  for (const viewer of viewers) {
    console.log(`\nAs the ${viewer.label}: ${ctx.warmup} warm-up, ${viewer.iterations} timed`);
    for (const operation of [...METRIC_OPERATIONS, ...PARTNER_WIDGET_OPERATIONS]) {
      if (!(operation.viewers ?? DEFAULT_VIEWERS).includes(viewer.key)) continue;
      const result = await measureOperation(ctx, operation, viewer);
      console.log(
        `  ${operation.name.padEnd(20)} ` +
          (result.available
            ? `${result.statements.length} statements, API p50 ${result.api.p50.toFixed(1)} ms (${result.apiWithoutRls.p50.toFixed(1)} without RLS), its SQL ${result.apiSql.p50.toFixed(1)} ms (${result.apiSqlWithoutRls.p50.toFixed(1)}), SQL p50 ${result.sql.p50.toFixed(1)} ms`
            : "not available"),
      );
      results.push(result);
    }
  }
  return results;
}

async function measureThroughput(url: string, token: string, options: BenchOptions) {
  const { seconds, connections, rounds } = options.throughput;
  console.log(
    `\n\`me\` throughput: ${rounds} round(s) of ${seconds} s × ${connections} connections, ` +
      "PRM and bare Apollo alternately; the best round of each counts",
  );
  const bare = await startBareApollo();
  try {
    const figures = await compareThroughput(
      [
        { name: "prm", url, token },
        { name: "bare", url: bare.url, token: null },
      ],
      options.throughput,
      (name, round, rps) =>
        console.log(`  round ${round} ${name.padEnd(4)} ${rps.toFixed(0)} req/s`),
    );
    const prm = figures.get("prm");
    const bareApollo = figures.get("bare");
    if (!prm || !bareApollo) throw new Error("autocannon produced no figures");
    return { prm, bareApollo, ratio: prm.requestsPerSecond / bareApollo.requestsPerSecond };
  } finally {
    await bare.stop();
  }
}

async function run(options: BenchOptions): Promise<void> {
  const startedAt = new Date();
  const loadAverageAtStart = os.loadavg();
  if ((loadAverageAtStart[0] ?? 0) > os.cpus().length / 2) {
    console.warn(
      `Note: load average ${loadAverageAtStart[0]?.toFixed(1)} on ${os.cpus().length} CPUs: ` +
        "other work on this machine will make the figures noisy.",
    );
  }
  const config = benchConfig(process.env, options.databaseUrl);
  console.log("Opening the database (pending migrations are applied)…");
  const db = await openPrmDatabase(config);
  try {
    const { size, seeded } = await ensureLargeDataset(db.dataSource);
    console.log(
      `Dataset: ${size.partners} partners, ${size.users} users, ${size.opportunities} opportunities, ${size.deals} deals`,
    );
    const recorder = new StatementRecorder(db.dataSource);
    const prm = await startPrm(config, db);
    const prmWithoutRls = await startPrm(config, db, { rowSecurity: false });
    const floor = await connectFloor(db, options.databaseUrl);
    const client = new GraphQLClient(prm.url);
    const clientWithoutRls = new GraphQLClient(prmWithoutRls.url);
    try {
      const [version] = (await floor.query<{ server_version: string }>("SHOW server_version")).rows;
      const viewers = await signIn(client, options, db.dataSource);
      const cm = viewers.find((v) => v.key === "cm");
      if (!cm) throw new Error("No channel manager signed in");
      const inputs = {
        period: { preset: options.period },
        partnerId: await firstPartnerId(client, cm.token),
      };
      const operations = await measureOperations(
        { client, clientWithoutRls, recorder, floor, warmup: options.warmup, inputs },
        viewers,
      );
      const me = await measureThroughput(prm.url, cm.token, options);

      const runResult: BenchRun = {
        startedAt,
        loadAverageAtStart,
        options,
        postgresVersion: version?.server_version ?? "unknown",
        dataset: { ...size, seededByThisRun: seeded },
        period: { preset: options.period, range: resolvePeriod(inputs.period, startedAt) },
        operations,
        me,
      };
      const unavailable = unavailableReport(operations);
      console.log(
        [
          "",
          operationsLegend(options.period),
          "",
          operationsTable(operations),
          ...(unavailable.length ? ["\nNot available:", ...unavailable] : []),
          "\nStatements, slowest first (SQL p50 of each alone):",
          statementsReport(operations),
          "\n`me` throughput\n",
          throughputTable(me.prm, me.bareApollo, me.ratio),
          `\nResults written to ${writeResults(runResult)}`,
        ].join("\n"),
      );
    } finally {
      client.close();
      clientWithoutRls.close();
      await floor.end();
      await prm.stop();
      await prmWithoutRls.stop();
    }
  } finally {
    await db.close();
  }
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes("--load")) return runLoadBench(argv);
  let options: BenchOptions | null;
  try {
    options = parseOptions(argv, process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (!options) {
    console.log(USAGE);
    return 0;
  }
  await run(options);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error("Benchmark failed:", error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
