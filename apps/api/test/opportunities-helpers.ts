import { randomBytes } from "node:crypto";
import {
  isClosedStage,
  normalizeCompanyName,
  STAGE_PROBABILITY,
  type LossReason,
  type OpportunityStage,
} from "@prm/domain";
import type { DataSource } from "typeorm";
import { isViewerLookup } from "../src/context";
import { isTransactionBookkeeping } from "../src/database/principal";
import { createUser, createWorld } from "./factories";
import type { TestApp } from "./harness";

const unique = () => randomBytes(4).toString("hex");

/**
 * createWorld plus the viewers of the scope matrix: a second team in the partner (its manager
 * and seller), the other partner's sales operations. The unassigned channel manager is
 * `otherCm` (it manages only the other partner).
 */
export async function createOpportunityWorld(ds: DataSource) {
  const world = await createWorld(ds);
  const otherManager = await createUser(ds, {
    organizationId: world.partner.id,
    role: "PARTNER_SALES_MANAGER",
  });
  const otherTeamSeller = await createUser(ds, {
    organizationId: world.partner.id,
    role: "PARTNER_SELLER",
    managerId: otherManager.id,
  });
  const otherOps = await createUser(ds, {
    organizationId: world.otherPartner.id,
    role: "PARTNER_SALES_OPS",
  });
  return { ...world, otherManager, otherTeamSeller, otherOps };
}
export type OpportunityWorld = Awaited<ReturnType<typeof createOpportunityWorld>>;

/** An account of the owner's partner. */
export async function createAccount(
  ds: DataSource,
  owner: { id: string; organizationId: string },
  name = `Account ${unique()}`,
): Promise<{ id: string; name: string }> {
  const [row] = (await ds.query(
    `INSERT INTO accounts (partner_id, owner_id, name, normalized_name) VALUES ($1, $2, $3, $4) RETURNING id`,
    [owner.organizationId, owner.id, name, normalizeCompanyName(name)],
  )) as { id: string }[];
  return { id: row!.id, name };
}

export interface OpportunityFields {
  owner: { id: string; organizationId: string };
  stage?: OpportunityStage;
  name?: string;
  amount?: string;
  expectedCloseDate?: string;
  closedAt?: Date;
  lossReason?: LossReason;
  lastActivityAt?: Date | null;
  accountId?: string | null;
  dealId?: string | null;
  createdAt?: Date;
  nextStep?: string | null;
}

/**
 * An opportunity straight in the table, with its first stage-history row (as approval writes
 * it). Closed ones close now unless `closedAt` says when; lost ones for PRICE by default.
 */
export async function createOpportunity(
  ds: DataSource,
  fields: OpportunityFields,
): Promise<{ id: string; name: string }> {
  const stage = fields.stage ?? "QUALIFICATION";
  const closed = isClosedStage(stage);
  const name = fields.name ?? `Opportunity ${unique()}`;
  const createdAt = fields.createdAt ?? new Date();
  const [row] = (await ds.query(
    `INSERT INTO opportunities (partner_id, owner_id, account_id, deal_id, name, amount, stage,
       probability, expected_close_date, closed_at, loss_reason, last_activity_at, next_step,
       created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14) RETURNING id`,
    [
      fields.owner.organizationId,
      fields.owner.id,
      fields.accountId ?? null,
      fields.dealId ?? null,
      name,
      fields.amount ?? "1000.00",
      stage,
      STAGE_PROBABILITY[stage],
      fields.expectedCloseDate ?? "2031-06-30",
      closed ? (fields.closedAt ?? new Date()) : null,
      stage === "CLOSED_LOST" ? (fields.lossReason ?? "PRICE") : null,
      fields.lastActivityAt ?? null,
      fields.nextStep ?? null,
      createdAt,
    ],
  )) as { id: string }[];
  await ds.query(
    `INSERT INTO opportunity_stage_changes
       (opportunity_id, partner_id, owner_id, from_stage, to_stage, amount, changed_by_id, changed_at)
     SELECT id, partner_id, owner_id, NULL, stage, amount, owner_id, created_at
       FROM opportunities WHERE id = $1`,
    [row!.id],
  );
  return { id: row!.id, name };
}

/** The opportunity's row as stored, for "nothing was written" checks. */
export async function storedOpportunity(ds: DataSource, id: string) {
  const [row] = (await ds.query(
    `SELECT name, amount::text AS amount, stage, probability, owner_id, closed_at, loss_reason,
            loss_note, next_step, to_char(expected_close_date, 'YYYY-MM-DD') AS expected_close_date,
            version, updated_at
       FROM opportunities WHERE id = $1`,
    [id],
  )) as Record<string, unknown>[];
  return row;
}

/** Everything a change to an opportunity writes: its row, history, audit trail, notifications. */
export async function writtenFor(ds: DataSource, id: string) {
  const [counts] = (await ds.query(
    `SELECT (SELECT count(*)::int FROM opportunity_stage_changes WHERE opportunity_id = $1) AS history,
            (SELECT count(*)::int FROM audit_events WHERE entity_id = $1) AS audit,
            (SELECT count(*)::int FROM notifications WHERE entity_id = $1) AS notifications`,
    [id],
  )) as { history: number; audit: number; notifications: number }[];
  return { row: await storedOpportunity(ds, id), ...counts! };
}

export async function stageHistoryOf(ds: DataSource, id: string) {
  return (await ds.query(
    `SELECT from_stage, to_stage, amount::text AS amount, changed_by_id, reason
       FROM opportunity_stage_changes WHERE opportunity_id = $1
      ORDER BY changed_at, from_stage IS NOT NULL, id`,
    [id],
  )) as {
    from_stage: string | null;
    to_stage: string;
    amount: string;
    changed_by_id: string | null;
    reason: string | null;
  }[];
}

/** Signs in `user` and runs one operation as them (anonymously for null). */
export function asUser(app: TestApp) {
  return async (
    user: { email: string } | null,
    query: string,
    variables: Record<string, unknown> = {},
  ) => app.gql(query, variables, user ? { token: await app.tokenOf(user) } : {});
}

/**
 * The SQL statements `work` sends, besides the session lookup of authentication and the request
 * transaction's own (isTransactionBookkeeping): TypeORM logs
 * every statement through its data source's logger, on PostgreSQL and PGlite alike.
 */
export async function statementsOf(
  ds: DataSource,
  work: () => Promise<unknown>,
): Promise<string[]> {
  const logger = ds.logger as { logQuery: (query: string, ...rest: unknown[]) => void };
  const original = logger.logQuery;
  const statements: string[] = [];
  logger.logQuery = function (this: unknown, query: string, ...rest: unknown[]) {
    statements.push(query);
    return original.call(this, query, ...rest);
  };
  try {
    await work();
  } finally {
    logger.logQuery = original;
  }
  return statements.filter((sql) => !isViewerLookup(sql) && !isTransactionBookkeeping(sql));
}
