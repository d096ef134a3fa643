import { randomBytes } from "node:crypto";
import { DEMO_LOGINS } from "@prm/api/dist/database/seed/constants";
import type { Role } from "@prm/domain";
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
import type { LoadRequest } from "./load";

const LOG_ACTIVITY = `mutation LogActivity($input: LogActivityInput!) { logActivity(input: $input) { id } }`;
const SELLER_OPPORTUNITIES = `query { opportunities(filter: { open: true }, first: 50) { edges { node { id } } } }`;

/** The demo viewers whose dashboards make the read load. */
const DASHBOARD_VIEWERS: ReadonlyArray<{ key: BenchViewerKey; role: Role }> = [
  { key: "seller", role: "PARTNER_SELLER" },
  { key: "manager", role: "PARTNER_SALES_MANAGER" },
  { key: "ops", role: "PARTNER_SALES_OPS" },
  { key: "cm", role: "CHANNEL_MANAGER" },
];

/**
 * The demo data's dashboard sessions (seller, sales manager, sales operations, channel manager),
 * each reading what its dashboard and lists ask for (bench/src/operations.ts), and the seller
 * logging activities on its open opportunities: the writes, each with a subject that marks the run.
 */
export interface DashboardMix {
  /** Each viewer's read operations, as load requests. */
  reads: LoadRequest[][];
  /** The seller's n-th activity, on one of its opportunities (or the one given). */
  write(n: number, opportunityId?: string): LoadRequest;
  /** The subject prefix of this run's writes (to count their rows). */
  mark: string;
  /** The seller's open opportunities the writes go to. */
  opportunityIds: string[];
  sellerToken: string;
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

export async function dashboardMix(url: string): Promise<DashboardMix> {
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
    const opportunities = await client.request<{
      opportunities: { edges: { node: { id: string } }[] };
    }>("opportunities", SELLER_OPPORTUNITIES, undefined, token("seller"));
    const opportunityIds = opportunities.opportunities.edges.map((e) => e.node.id);
    if (opportunityIds.length === 0) throw new Error("The demo seller has no open opportunity");
    const mark = `fault drill ${randomBytes(4).toString("hex")} `;
    const sellerToken = token("seller");
    const write = (n: number, opportunityId?: string): LoadRequest => ({
      op: "logActivity",
      write: true,
      query: LOG_ACTIVITY,
      variables: {
        input: {
          opportunityId: opportunityId ?? opportunityIds[Math.abs(n) % opportunityIds.length],
          type: "NOTE",
          subject: `${mark}${n}`,
        },
      },
      token: sellerToken,
    });
    let writes = 0;
    return {
      reads,
      write,
      mark,
      opportunityIds,
      sellerToken,
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
