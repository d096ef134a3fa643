import { randomBytes } from "node:crypto";
import { GraphQLNonNull, GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { switchScopeHelpersOff } from "../src/common/scope-switch";
import { openDatabase, type Database } from "../src/database/data-source";
import { DEMO_PASSWORD } from "../src/database/seed/constants";
import { getSchema } from "../src/schema";
import { openTestDatabase, startTestApp, type GqlResult, type TestApp } from "./harness";
import { figureDifferences, idsSent, showIn, type Leak } from "./isolation-check";
import {
  demoPrincipals,
  foreignRowsOf,
  seedIsolationFixture,
  tablesOfIds,
  type ForeignReason,
  type ForeignSet,
  type Principal,
} from "./isolation-fixture";
import {
  readOperations,
  type ReadOperation,
  type Samples,
  type Variant,
} from "./isolation-operations";

/**
 * Issue 14: both tenant walls, proven apart. Every read operation of the schema (each Query root
 * field, a broad generated selection set, own and foreign ids in its id arguments) × every demo
 * login and anonymous must show no row foreign to the principal (isolation-fixture.ts defines
 * "foreign", by SQL as the tables' owner) — once with the app's SQL scope helpers switched off
 * (row-level security alone), once with row-level security off (the scope helpers alone). A
 * figure names no row, so where both runs showed the same rows their figures must agree. The
 * first run must show rows (of every table the schema shows), and a control run with both walls
 * down must find foreign ones: the suite cannot pass by seeing nothing. On PGlite, and on
 * PostgreSQL too when TEST_DATABASE_URL names a server.
 */

const DATABASES: { name: string; open: () => Promise<Database> }[] = [
  { name: "PGlite", open: () => openDatabase({ kind: "pglite", dataDir: null }) },
  ...(process.env.TEST_DATABASE_URL ? [{ name: "PostgreSQL", open: openTestDatabase }] : []),
];

/** Requests in flight at once. */
const CONCURRENCY = 4;
/** Own ids, and foreign ids per reason, handed to each id argument. */
const OWN_SAMPLES = 2;

/**
 * Figures that may differ between the two walls though neither shows a foreign row, as
 * "operation as principal path" (list indexes as []): where a policy is wider than its helper on
 * purpose (row-security.ts), the figure counts more with the helpers off.
 */
const WIDER_BY_DESIGN: RegExp[] = [
  // Accounts are the organization's (all of them for the vendor admin) under RLS; the list
  // counts those with work in the viewer's scope.
  /^accounts as .* \.v\d+\.totalCount$/,
];

/** Who the control run (both walls down) asks as: a partner user and a channel manager. */
const CONTROL_PRINCIPALS = ["seller@northwind.demo", "cm@demo.prm"];

/** Tables whose ids no operation shows: the first run must show rows of every other table. */
const TABLES_NOT_SHOWN = ["sessions", "one_time_links"];

interface Asked<O = string> {
  principal: Principal;
  operation: O;
}

interface RunResult {
  requests: number;
  idsChecked: number;
  leaks: (Leak & Asked)[];
  failures: string[];
  /** Rows shown that were not foreign, by table, per principal. */
  ownShown: Map<string, Map<string, Set<string>>>;
  /** Each answer's data and the ids it showed, by request (operation, principal, variables). */
  answers: Map<string, { asked: string; data: unknown; ids: string }>;
}

describe.each(DATABASES)("tenant isolation on $name", ({ name, open }) => {
  let db: Database;
  let withRls: TestApp;
  let withoutRls: TestApp;
  let principals: Principal[];
  const tokens = new Map<Principal, string | undefined>();
  const foreign = new Map<Principal, ForeignSet>();
  const samples = new Map<Principal, Samples>();
  let tableOf: Map<string, string>;
  let operations: ReadOperation[];

  beforeAll(async () => {
    db = await open();
    await seedIsolationFixture(db.dataSource);
    const secret = randomBytes(32).toString("hex");
    // Generated selections are deep and wide: the suite's documents exceed production's limits.
    const config = { maxQueryCost: 100_000_000, maxQueryDepth: 40 };
    withRls = await startTestApp({ db, secret, config });
    withoutRls = await startTestApp({ db, secret, config, rowSecurity: false });
    principals = await demoPrincipals(db.dataSource);
    for (const principal of principals) {
      tokens.set(
        principal,
        principal.email ? await withRls.login(principal.email, DEMO_PASSWORD) : undefined,
      );
    }
    // After signing in: the sessions are rows too.
    tableOf = await tablesOfIds(db.dataSource);
    const customers = await customersOfDeals(db);
    for (const principal of principals) {
      const rows = await foreignRowsOf(db.dataSource, principal);
      foreign.set(principal, rows);
      samples.set(principal, samplesFor(rows, tableOf, customers));
    }
    operations = readOperations(await getSchema());
  }, 120_000);

  afterAll(async () => {
    await withRls?.close();
    await withoutRls?.close();
    await db?.close();
  });

  /** Every operation as each of `who`, against `app`, with the scope helpers off or on. */
  async function runAll(
    app: TestApp,
    { helpersOff, who = principals }: { helpersOff: boolean; who?: Principal[] },
  ): Promise<RunResult> {
    const result: RunResult = {
      requests: 0,
      idsChecked: 0,
      leaks: [],
      failures: [],
      ownShown: new Map(),
      answers: new Map(),
    };
    const work = who.flatMap((principal) =>
      operations.map((operation) => ({ principal, operation })),
    );
    const ask = async (
      { principal, operation }: Asked<ReadOperation>,
      variants: Variant[],
    ): Promise<void> => {
      const { query, variables } = operation.request(variants);
      result.requests++;
      let answer: GqlResult;
      try {
        answer = await app.gql(query, variables, { token: tokens.get(principal) });
      } catch (error) {
        result.failures.push(
          `${operation.field} as ${principal.name}: no answer (${String(error)})`,
        );
        return;
      }
      // A non-null field's error (a foreign id's NOT_FOUND) takes the other aliases with it:
      // then each is asked alone.
      if (answer.data === null && variants.length > 1) {
        for (const variant of variants) await ask({ principal, operation }, [variant]);
        return;
      }
      const failure = failureOf(answer);
      if (failure) result.failures.push(`${operation.field} as ${principal.name}: ${failure}`);
      const foreignRows = foreign.get(principal)!.byId;
      const shown = showIn(answer, foreignRows, idsSent(variables));
      result.idsChecked += shown.ids.length;
      for (const leak of shown.leaks) {
        result.leaks.push({ ...leak, principal, operation: operation.field });
      }
      const asked = `${operation.field} as ${principal.name}`;
      result.answers.set(`${asked} with ${JSON.stringify(variables)}`, {
        asked,
        data: answer.data,
        ids: [...shown.ids].sort().join(),
      });
      const own = result.ownShown.get(principal.name) ?? new Map<string, Set<string>>();
      result.ownShown.set(principal.name, own);
      for (const id of shown.ids) {
        const table = tableOf.get(id);
        if (table && !foreignRows.has(id)) own.set(table, (own.get(table) ?? new Set()).add(id));
      }
    };
    const next = async (): Promise<void> => {
      const item = work.shift();
      if (!item) return;
      await ask(item, item.operation.variants(samples.get(item.principal)!));
      return next();
    };
    switchScopeHelpersOff(helpersOff);
    try {
      await Promise.all(Array.from({ length: CONCURRENCY }, next));
    } finally {
      switchScopeHelpersOff(false);
    }
    return result;
  }

  function report(mode: string, result: RunResult) {
    const own = [...result.ownShown.values()].reduce(
      (sum, tables) => sum + [...tables.values()].reduce((n, ids) => n + ids.size, 0),
      0,
    );
    console.log(
      `isolation on ${name}, ${mode}: ${operations.length} operations × ${principals.length} principals = ` +
        `${result.requests} requests, ${result.idsChecked} ids checked (${own} distinct rows shown ` +
        `that were the principal's to see), foreign ids found = ${result.leaks.length}, ` +
        `failed requests = ${result.failures.length}`,
    );
    expect(result.failures).toEqual([]);
    expect(result.leaks.map(describeLeak)).toEqual([]);
  }

  /** Each run once, shared by the tests that read it. */
  let rlsAloneRun: Promise<RunResult> | undefined;
  let helpersAloneRun: Promise<RunResult> | undefined;
  const rlsAlone = () => (rlsAloneRun ??= runAll(withRls, { helpersOff: true }));
  const helpersAlone = () => (helpersAloneRun ??= runAll(withoutRls, { helpersOff: false }));

  it("with the app's scope helpers switched off, row-level security alone shows no foreign row", async () => {
    const result = await rlsAlone();
    report("scope helpers OFF, RLS on", result);
    // Not by showing nothing: every signed-in principal saw rows, and every kind of row was shown.
    const sawNothing = principals.filter((p) => p.email && !result.ownShown.get(p.name)?.size);
    expect(sawNothing.map((p) => p.name)).toEqual([]);
    const tablesShown = new Set(
      [...result.ownShown.values()].flatMap((tables) => [...tables.keys()]),
    );
    const tables = new Set(tableOf.values());
    expect(
      [...tables].filter((table) => !tablesShown.has(table) && !TABLES_NOT_SHOWN.includes(table)),
    ).toEqual([]);
  }, 300_000);

  it("with row-level security off, the app's scope helpers alone show no foreign row", async () => {
    report("scope helpers on, RLS OFF", await helpersAlone());
  }, 300_000);

  it("counts the same with either wall alone wherever both showed the same rows", async () => {
    // A figure (a count, an amount) counts rows without naming them: a foreign row it counts
    // shows as a difference between the walls (except where a policy is wider than its helper
    // on purpose: WIDER_BY_DESIGN).
    const [withRlsAlone, withHelpersAlone] = [await rlsAlone(), await helpersAlone()];
    const differ = new Map<string, { example: string; count: number }>();
    for (const [key, answer] of withHelpersAlone.answers) {
      const before = withRlsAlone.answers.get(key);
      if (!before || before.ids !== answer.ids) continue;
      for (const difference of figureDifferences(before.data, answer.data)) {
        const where = `${answer.asked} ${difference.path.replace(/\[\d+\]/g, "[]")}`;
        if (WIDER_BY_DESIGN.some((wider) => wider.test(where))) continue;
        const seen = differ.get(where) ?? {
          example:
            `${difference.path} is ${difference.before} with RLS alone, ${difference.after} with the ` +
            `scope helpers alone: ${suspectWall(difference.before, difference.after)}`,
          count: 0,
        };
        differ.set(where, { ...seen, count: seen.count + 1 });
      }
    }
    console.log(
      `isolation on ${name}, figures: ${withHelpersAlone.answers.size} answers compared, ` +
        `figures that differ between the walls = ${differ.size}`,
    );
    expect(
      [...differ].map(([where, { example, count }]) => `${where} (${count}×), e.g. ${example}`),
    ).toEqual([]);
  }, 300_000);

  it("finds foreign rows when both walls are down (the check is not blind)", async () => {
    const who = principals.filter((p) => CONTROL_PRINCIPALS.includes(p.email ?? ""));
    const result = await runAll(withoutRls, { helpersOff: true, who });
    const leaking = new Set(result.leaks.map((leak) => leak.operation));
    console.log(
      `isolation on ${name}, both walls OFF (control): ${result.requests} requests as ${who.length} principals, ` +
        `foreign ids found = ${result.leaks.length} through ${leaking.size} operations (${[...leaking].sort().join(", ")})`,
    );
    for (const principal of who) {
      expect([principal.name, result.leaks.some((leak) => leak.principal === principal)]).toEqual([
        principal.name,
        true,
      ]);
    }
  }, 300_000);
});

describe("the isolation suite's read operations", () => {
  it("refuses a new Query field whose required arguments it has no values for", async () => {
    const query = (await getSchema()).getQueryType()!.toConfig();
    const forgotten = {
      type: query.fields.deal!.type,
      args: { code: { type: new GraphQLNonNull(GraphQLString) } },
    };
    const schema = new GraphQLSchema({
      query: new GraphQLObjectType({ ...query, fields: { ...query.fields, forgotten } }),
    });
    expect(() => readOperations(schema)).toThrow(
      "Query.forgotten requires code: String!, for which isolation-operations.ts's REQUIRED_ARGUMENTS has no values",
    );
  });
});

/** Which wall a figure that differs between them lets through more rows. */
function suspectWall(withRlsAlone: string, withHelpersAlone: string): string {
  const figure = (shown: string) => Number(shown.replace(/"/g, ""));
  const [rls, helpers] = [figure(withRlsAlone), figure(withHelpersAlone)];
  if (Number.isNaN(rls) || Number.isNaN(helpers)) return "a list of another length";
  return helpers > rls
    ? "the app's SQL counts rows the policies hide"
    : "the policies count rows the app's SQL hides";
}

function describeLeak(leak: Leak & Asked): string {
  return `${leak.operation} as ${leak.principal.name} showed ${leak.table} ${leak.id} (${leak.reason}) at ${leak.path}`;
}

/** Why an answer is a failure of its own (a fault, or a document the server did not run). */
function failureOf(answer: GqlResult): string | null {
  if (answer.status >= 500) return `HTTP ${answer.status}: ${JSON.stringify(answer.errors)}`;
  const bad = answer.errors?.find((error) =>
    ["INTERNAL_SERVER_ERROR", "GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED"].includes(
      String(error.extensions?.code),
    ),
  );
  if (bad) return `${String(bad.extensions?.code)}: ${bad.message}`;
  if (answer.status >= 400) return `HTTP ${answer.status}: ${JSON.stringify(answer.errors)}`;
  return null;
}

interface Customer {
  customerName: string;
  customerDomain: string;
}

async function customersOfDeals(db: Database): Promise<Map<string, Customer>> {
  const rows: { id: string; customer_name: string; customer_domain: string }[] =
    await db.dataSource.query(`SELECT id::text, customer_name, customer_domain FROM deals`);
  return new Map(
    rows.map((row) => [
      row.id,
      { customerName: row.customer_name, customerDomain: row.customer_domain },
    ]),
  );
}

/**
 * A principal's arguments: per table the first OWN_SAMPLES ids they may see and the first
 * foreign id of each reason (a colleague's deal, another partner's, a draft …).
 */
function samplesFor(
  rows: ForeignSet,
  tableOf: ReadonlyMap<string, string>,
  customers: ReadonlyMap<string, Customer>,
): Samples {
  const byTable = new Map<string, string[]>();
  for (const [id, table] of [...tableOf].sort(([a], [b]) => a.localeCompare(b))) {
    const picked = byTable.get(table) ?? [];
    byTable.set(table, picked);
    const reason = rows.byId.get(id)?.reason;
    const ownSoFar = picked.filter((p) => !rows.byId.has(p)).length;
    const reasonsSoFar = new Set<ForeignReason | undefined>(
      picked.map((p) => rows.byId.get(p)?.reason),
    );
    if (reason ? !reasonsSoFar.has(reason) : ownSoFar < OWN_SAMPLES) picked.push(id);
  }
  const now = new Date();
  const year = now.getUTCFullYear();
  return {
    ids: (table) => byTable.get(table) ?? [],
    foreignIds: (table) => (byTable.get(table) ?? []).filter((id) => rows.byId.has(id)),
    customers: (byTable.get("deals") ?? []).map((id) => customers.get(id)!),
    period: { preset: "CUSTOM", from: `${year - 2}-01-01`, to: `${year + 1}-12-31` },
  };
}
