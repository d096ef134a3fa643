import { randomBytes } from "node:crypto";
import { DEMO_LOGINS } from "@prm/api/dist/database/seed/constants";
import { OPEN_STAGES, type Role } from "@prm/domain";
import { GraphQLClient } from "../graphql-client";
import type { BenchViewerKey } from "../measure";
import {
  DEFAULT_VIEWERS,
  ME_QUERY,
  METRIC_OPERATIONS,
  PARTNER_WIDGET_OPERATIONS,
  type OperationInputs,
} from "../operations";
import { firstPartnerId, login } from "../viewers";
import { withClient } from "./drill-database";
import type { LoadRequest } from "./load";

const LOG_ACTIVITY = `mutation LogActivity($input: LogActivityInput!) { logActivity(input: $input) { id } }`;

/** The demo viewers whose dashboards make the read load. */
const DASHBOARD_VIEWERS: ReadonlyArray<{ key: BenchViewerKey; role: Role }> = [
  { key: "seller", role: "PARTNER_SELLER" },
  { key: "manager", role: "PARTNER_SALES_MANAGER" },
  { key: "ops", role: "PARTNER_SALES_OPS" },
  { key: "cm", role: "CHANNEL_MANAGER" },
];

/**
 * The demo data's dashboard sessions (seller, sales manager, sales operations, channel manager),
 * each reading what its dashboard and lists ask for (bench/src/operations.ts), and the sellers of
 * every partner logging activities on their open opportunities: the writes, each with a subject
 * that marks the run. The writes go round the sellers, as a vendor's partners' sellers work side
 * by side: one seller logging every write (26 a second in a soak) would grow one team's activity
 * figures far past any real team's, and measure that growth rather than the process.
 */
export interface DashboardMix {
  /** Each viewer's read operations, as load requests. */
  reads: LoadRequest[][];
  /** The n-th activity: by the sellers in turn, on their open opportunities; or by the demo seller on the one given. */
  write(n: number, opportunityId?: string): LoadRequest;
  /** The subject prefix of this run's writes (to count their rows). */
  mark: string;
  /** The demo seller's open opportunities. */
  opportunityIds: string[];
  /** How many sellers the writes go round. */
  writers: number;
  /** Operations the API does not answer (yet), left out of the mix. */
  skipped: string[];
  /** A worker's n-th request: a write with probability `writeShare`, else its viewer's next read. */
  next(worker: number, n: number, writeShare: number): LoadRequest;
}

function demoLogin(role: Role): string {
  const email = DEMO_LOGINS.find((l) => l.role === role)?.email;
  if (!email) throw new Error(`The demo data has no ${role} login`);
  return email;
}

interface Writer {
  token: string;
  opportunityIds: string[];
}

/** The active sellers with open opportunities, the demo seller first, each signed in. */
async function signInWriters(client: GraphQLClient, databaseUrl: string): Promise<Writer[]> {
  const rows = await withClient(databaseUrl, async (c) => {
    const { rows } = await c.query<{ email: string; opportunity_ids: string[] }>(
      `SELECT u.email, array_agg(o.id::text ORDER BY o.id) AS opportunity_ids
         FROM users u JOIN opportunities o ON o.owner_id = u.id AND o.stage = ANY($1::varchar[])
        WHERE u.role = 'PARTNER_SELLER' AND u.active
        GROUP BY u.id ORDER BY u.email = $2 DESC, u.email`,
      [OPEN_STAGES, demoLogin("PARTNER_SELLER")],
    );
    return rows;
  });
  if (rows[0]?.email !== demoLogin("PARTNER_SELLER"))
    throw new Error("The demo seller has no open opportunity");
  const writers: Writer[] = [];
  for (const row of rows)
    writers.push({ token: await login(client, row.email), opportunityIds: row.opportunity_ids });
  return writers;
}

export async function dashboardMix(url: string, databaseUrl: string): Promise<DashboardMix> {
  const client = new GraphQLClient(url);
  try {
    const tokens = new Map<BenchViewerKey, string>();
    for (const { key, role } of DASHBOARD_VIEWERS)
      tokens.set(key, await login(client, demoLogin(role)));
    const token = (key: BenchViewerKey) => tokens.get(key) ?? "";
    const inputs: OperationInputs = {
      period: { preset: "THIS_QUARTER" },
      partnerId: await firstPartnerId(client, token("cm")),
    };
    const skipped: string[] = [];
    const reads: LoadRequest[][] = [];
    for (const { key } of DASHBOARD_VIEWERS) {
      const mine: LoadRequest[] = [{ op: "me", write: false, query: ME_QUERY, token: token(key) }];
      for (const operation of [...METRIC_OPERATIONS, ...PARTNER_WIDGET_OPERATIONS]) {
        if (!(operation.viewers ?? DEFAULT_VIEWERS).includes(key)) continue;
        const request: LoadRequest = {
          op: operation.name,
          write: false,
          query: operation.document,
          variables: operation.variables(inputs),
          token: token(key),
        };
        // Checked once: the mix holds only what answers without errors.
        try {
          await client.request(operation.name, request.query, request.variables, request.token);
          mine.push(request);
        } catch {
          skipped.push(`${operation.name} (${key})`);
        }
      }
      reads.push(mine);
    }
    const writers = await signInWriters(client, databaseUrl);
    const mark = `fault drill ${randomBytes(4).toString("hex")} `;
    const write = (n: number, opportunityId?: string): LoadRequest => {
      const turn = Math.abs(n);
      const writer = opportunityId ? writers[0]! : writers[turn % writers.length]!;
      const ids = writer.opportunityIds;
      return {
        op: "logActivity",
        write: true,
        query: LOG_ACTIVITY,
        variables: {
          input: {
            opportunityId: opportunityId ?? ids[Math.floor(turn / writers.length) % ids.length],
            type: "NOTE",
            subject: `${mark}${n}`,
          },
        },
        token: writer.token,
      };
    };
    let writes = 0;
    return {
      reads,
      write,
      mark,
      opportunityIds: writers[0]!.opportunityIds,
      writers: writers.length,
      skipped,
      next(worker, n, writeShare) {
        if (writeShare > 0 && Math.random() < writeShare) return write(writes++);
        const mine = reads[worker % reads.length] ?? [];
        const request = mine[n % mine.length];
        if (!request) throw new Error("A dashboard viewer has no operation to read");
        return request;
      },
    };
  } finally {
    client.close();
  }
}
