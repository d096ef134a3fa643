import type { DataSource } from "typeorm";
import { createUser, createWorld } from "./factories";
import type { GqlResult, TestApp } from "./harness";

export const USER_FIELDS = `id email name role active lastSignInAt
  organization { id kind }
  manager { id }
  pendingInvitation { sentAt expiresAt expired }
  territories { id name }
  directReports { id }
  workload { openOpportunities pendingDeals assignedPartners }`;

export const OPS = {
  users: `query Users($filter: UsersFilter, $first: Int, $after: String) {
    users(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { ${USER_FIELDS} } }
    }
  }`,
  user: `query User($id: ID!) { user(id: $id) { ${USER_FIELDS} } }`,
  invite: `mutation Invite($input: InviteUserInput!) {
    inviteUser(input: $input) { invitationUrl expiresAt user { ${USER_FIELDS} } }
  }`,
  update: `mutation Update($input: UpdateUserInput!) { updateUser(input: $input) { ${USER_FIELDS} } }`,
  deactivate: `mutation Deactivate($input: DeactivateUserInput!) {
    deactivateUser(input: $input) { id active }
  }`,
  reactivate: `mutation Reactivate($id: ID!) { reactivateUser(id: $id) { id active } }`,
  renew: `mutation Renew($userId: ID!) {
    renewInvitation(userId: $userId) { invitationUrl expiresAt user { id } }
  }`,
  resetLink: `mutation ResetLink($userId: ID!) {
    createPasswordResetLink(userId: $userId) { resetUrl expiresAt user { id } }
  }`,
  accept: `mutation Accept($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) { token expiresAt user { id role organization { id } manager { id } } }
  }`,
  reset: `mutation Reset($input: ResetPasswordInput!) {
    resetPassword(input: $input) { token user { id } }
  }`,
  me: `{ me { id role organization { id } manager { id } } }`,
  createApiToken: `mutation { createApiToken(input: { name: "integration" }) { token } }`,
} as const;

/** The token of a one-time link (the part after "#token="). */
export function tokenOf(url: string): string {
  const token = /#token=([\w-]+)$/.exec(url)?.[1];
  if (!token) throw new Error(`No token in ${url}`);
  return token;
}

/** createWorld, plus the other partner's sales operations and a channel manager without partners. */
export async function createOperatorsWorld(ds: DataSource) {
  const world = await createWorld(ds);
  const otherOps = await createUser(ds, {
    organizationId: world.otherPartner.id,
    role: "PARTNER_SALES_OPS",
  });
  const unassignedCm = await createUser(ds, {
    organizationId: world.vendor.id,
    role: "CHANNEL_MANAGER",
  });
  return { ...world, otherOps, unassignedCm };
}
export type OperatorsWorld = Awaited<ReturnType<typeof createOperatorsWorld>>;

/** Runs an operation as `user` (signed in once per app) or anonymously (null). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary result shapes
export async function as<T = any>(
  app: TestApp,
  user: { email: string } | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GqlResult<T>> {
  return app.gql<T>(query, variables, user ? { token: await app.tokenOf(user) } : {});
}

/** The audit events of one record, oldest first. */
export function auditOf(
  ds: DataSource,
  entityId: string,
): Promise<
  {
    action: string;
    actor_id: string | null;
    partner_id: string | null;
    note: string | null;
    data: Record<string, unknown> | null;
  }[]
> {
  return ds.query(
    `SELECT action, actor_id, partner_id, note, data FROM audit_events
      WHERE entity_id = $1 ORDER BY created_at, id`,
    [entityId],
  );
}

/** How many users have this email (0 or 1). */
export async function usersWithEmail(ds: DataSource, email: string): Promise<number> {
  const [row] = await ds.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [email]);
  return row.n;
}

let counter = 0;
/** A fresh email nobody has. */
export const freshEmail = (label = "invitee") =>
  `${label}-${Date.now().toString(36)}-${++counter}@example.test`;
