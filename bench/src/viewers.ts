import type { Role } from "@prm/domain";
import { DEMO_PASSWORD, LARGE_LOGINS } from "@prm/api/dist/database/seed/constants";
import type { GraphQLClient } from "./graphql-client";
import type { BenchViewer } from "./measure";
import type { BenchOptions } from "./options";
import { FIRST_PARTNER_QUERY } from "./operations";

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { token } }`;

const VIEWERS: ReadonlyArray<{ key: BenchViewer["key"]; label: string; role: Role }> = [
  { key: "cm", label: "channel manager", role: "CHANNEL_MANAGER" },
  { key: "admin", label: "vendor admin", role: "VENDOR_ADMIN" },
];

async function login(client: GraphQLClient, email: string): Promise<string> {
  const data = await client.request<{ login: { token: string } }>(
    `login ${email}`,
    LOGIN,
    { input: { email, password: DEMO_PASSWORD } },
    null,
  );
  return data.login.token;
}

/** Signs in the large dataset's channel manager (40 partners) and vendor admin (all). */
export async function signIn(client: GraphQLClient, options: BenchOptions): Promise<BenchViewer[]> {
  const viewers: BenchViewer[] = [];
  for (const { key, label, role } of VIEWERS) {
    const account = LARGE_LOGINS.find((l) => l.role === role);
    if (!account) throw new Error(`The large dataset has no ${role} login`);
    const token = await login(client, account.email);
    viewers.push({
      key,
      label: `${label} ${account.email}`,
      token,
      iterations: options.iterations[key],
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
