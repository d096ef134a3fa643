import { OPEN_STAGES, type Role } from "@prm/domain";
import type { Database } from "@prm/api/dist/database/data-source";
import { DEMO_PASSWORD, LARGE_LOGINS } from "@prm/api/dist/database/seed/constants";
import type { GraphQLClient } from "./graphql-client";
import type { BenchViewer } from "./measure";
import type { BenchOptions } from "./options";
import { FIRST_PARTNER_QUERY } from "./operations";

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { token } }`;

const VIEWERS: ReadonlyArray<{ key: BenchViewer["key"]; label: string; role: Role }> = [
  { key: "seller", label: "seller", role: "PARTNER_SELLER" },
  { key: "manager", label: "sales manager", role: "PARTNER_SALES_MANAGER" },
  { key: "ops", label: "sales operations", role: "PARTNER_SALES_OPS" },
  { key: "cm", label: "channel manager", role: "CHANNEL_MANAGER" },
  { key: "admin", label: "vendor admin", role: "VENDOR_ADMIN" },
];

/** Signs `email` in with the demo password (both datasets use it); returns the session token. */
export async function login(client: GraphQLClient, email: string): Promise<string> {
  const data = await client.request<{ login: { token: string } }>(
    `login ${email}`,
    LOGIN,
    { input: { email, password: DEMO_PASSWORD } },
    null,
  );
  return data.login.token;
}

/**
 * The large dataset's partner users to measure as (their emails are generated): among cm1's
 * partners, the active seller with the most open opportunities, and their sales manager; and the
 * sales operations of the partner with the most opportunities of all (the heaviest organization).
 */
async function partnerLogins(
  ds: Database["dataSource"],
  cmEmail: string,
): Promise<Partial<Record<Role, string>>> {
  const [row]: { seller: string; manager: string }[] = await ds.query(
    `WITH busiest AS (
       SELECT u.email, u.manager_id FROM users u
         JOIN organizations p ON p.id = u.organization_id
         JOIN users cm ON cm.id = p.channel_manager_id AND cm.email = $1
         JOIN opportunities o ON o.owner_id = u.id AND o.stage = ANY($2::varchar[])
        WHERE u.role = 'PARTNER_SELLER' AND u.active
        GROUP BY u.id ORDER BY count(*) DESC, u.email LIMIT 1)
     SELECT b.email AS seller, m.email AS manager
       FROM busiest b JOIN users m ON m.id = b.manager_id AND m.active`,
    [cmEmail, OPEN_STAGES],
  );
  if (!row)
    throw new Error(`The large dataset has no active seller with a manager under ${cmEmail}`);
  const [ops]: { email: string }[] = await ds.query(
    `WITH largest AS (
       SELECT partner_id FROM opportunities GROUP BY partner_id ORDER BY count(*) DESC LIMIT 1)
     SELECT u.email FROM users u JOIN largest l ON l.partner_id = u.organization_id
      WHERE u.role = 'PARTNER_SALES_OPS' AND u.active ORDER BY u.email LIMIT 1`,
  );
  if (!ops) throw new Error("The large dataset's largest partner has no active sales operations");
  return {
    PARTNER_SELLER: row.seller,
    PARTNER_SALES_MANAGER: row.manager,
    PARTNER_SALES_OPS: ops.email,
  };
}

/**
 * Signs in the large dataset's seller and sales manager (one of cm1's partners), channel manager
 * (40 partners) and vendor admin (all).
 */
export async function signIn(
  client: GraphQLClient,
  options: BenchOptions,
  ds: Database["dataSource"],
): Promise<BenchViewer[]> {
  const cmEmail = LARGE_LOGINS.find((l) => l.role === "CHANNEL_MANAGER")?.email;
  if (!cmEmail) throw new Error("The large dataset has no CHANNEL_MANAGER login");
  const partners = await partnerLogins(ds, cmEmail);
  const viewers: BenchViewer[] = [];
  for (const { key, label, role } of VIEWERS) {
    const email = LARGE_LOGINS.find((l) => l.role === role)?.email ?? partners[role];
    if (!email) throw new Error(`The large dataset has no ${role} login`);
    const token = await login(client, email);
    viewers.push({
      key,
      label: `${label} ${email}`,
      token,
      // The partner roles are timed as often as the channel manager.
      iterations: options.iterations[key === "admin" ? "admin" : "cm"],
    });
  }
  return viewers;
}

export async function firstPartnerId(client: GraphQLClient, token: string): Promise<string> {
  const data = await client.request<{ partners: { edges: { node: { id: string } }[] } }>(
    "partners",
    FIRST_PARTNER_QUERY,
    undefined,
    token,
  );
  const id = data.partners.edges[0]?.node.id;
  if (!id) throw new Error("The channel manager has no partner");
  return id;
}
