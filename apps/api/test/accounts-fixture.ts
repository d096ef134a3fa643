import { randomBytes } from "node:crypto";
import {
  normalizeCompanyName,
  normalizeDomain,
  STAGE_PROBABILITY,
  type ActivityType,
  type DealStatus,
  type OpportunityStage,
} from "@prm/domain";
import type { DataSource } from "typeorm";
import type { User } from "../src/modules/users/user.entity";
import { createDeal, createUser, createWorld } from "./factories";

/**
 * Accounts, contacts, opportunities and activities made straight in the tables, and the people
 * of the scope matrix: those who see the seller's records and those who must not.
 */
const unique = () => randomBytes(4).toString("hex");

type Owner = Pick<User, "id" | "organizationId">;

/** createWorld plus a manager of another team, another partner's ops and an unassigned CM. */
export async function createScopeWorld(ds: DataSource) {
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
  const unassignedCm = await createUser(ds, {
    organizationId: world.vendor.id,
    role: "CHANNEL_MANAGER",
  });
  return { ...world, otherManager, otherTeamSeller, otherOps, unassignedCm };
}
export type ScopeWorld = Awaited<ReturnType<typeof createScopeWorld>>;

/** Who sees the seller's records, and who must not (besides the anonymous caller). */
export function scopeMatrix(w: ScopeWorld) {
  return {
    see: { seller: w.seller, manager: w.manager, ops: w.ops, cm: w.cm, admin: w.admin },
    blind: {
      peerSeller: w.peerSeller,
      otherManager: w.otherManager,
      otherOps: w.otherOps,
      otherSeller: w.otherSeller,
      unassignedCm: w.unassignedCm,
    },
  };
}

export async function insertAccount(
  ds: DataSource,
  fields: { owner: Owner; name?: string; domain?: string; industry?: string },
): Promise<string> {
  const name = fields.name ?? `Customer ${unique()}`;
  const domain = fields.domain ?? `customer-${unique()}.example`;
  const [row] = (await ds.query(
    `INSERT INTO accounts (partner_id, owner_id, name, domain, normalized_name, normalized_domain, industry)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      fields.owner.organizationId,
      fields.owner.id,
      name,
      domain,
      normalizeCompanyName(name),
      normalizeDomain(domain),
      fields.industry ?? null,
    ],
  )) as { id: string }[];
  return row!.id;
}

export async function insertOpportunity(
  ds: DataSource,
  fields: { owner: Owner; accountId: string | null; stage?: OpportunityStage; amount?: string },
): Promise<string> {
  const stage = fields.stage ?? "DISCOVERY";
  const closed = stage === "CLOSED_WON" || stage === "CLOSED_LOST";
  const [row] = (await ds.query(
    `INSERT INTO opportunities (partner_id, owner_id, account_id, name, amount, stage, probability,
       expected_close_date, closed_at, loss_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, '2030-06-30', $8, $9) RETURNING id`,
    [
      fields.owner.organizationId,
      fields.owner.id,
      fields.accountId,
      `Opportunity ${unique()}`,
      fields.amount ?? "1000.00",
      stage,
      STAGE_PROBABILITY[stage],
      closed ? new Date() : null,
      stage === "CLOSED_LOST" ? "PRICE" : null,
    ],
  )) as { id: string }[];
  return row!.id;
}

/** A deal registration on the account (in any status; a draft is private to the partner). */
export async function insertDealOn(
  ds: DataSource,
  fields: { owner: Owner; accountId: string; status: DealStatus },
): Promise<string> {
  const deal = await createDeal(ds, { owner: fields.owner, status: fields.status });
  await ds.query(`UPDATE deals SET account_id = $2 WHERE id = $1`, [deal.id, fields.accountId]);
  return deal.id;
}

export async function insertContact(
  ds: DataSource,
  fields: { owner: Owner; accountId: string; name?: string; email?: string },
): Promise<string> {
  const [row] = (await ds.query(
    `INSERT INTO contacts (partner_id, account_id, owner_id, name, email)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [
      fields.owner.organizationId,
      fields.accountId,
      fields.owner.id,
      fields.name ?? `Contact ${unique()}`,
      fields.email ?? null,
    ],
  )) as { id: string }[];
  return row!.id;
}

export async function insertActivity(
  ds: DataSource,
  fields: {
    owner: Owner;
    type?: ActivityType;
    subject?: string;
    opportunityId?: string | null;
    accountId?: string | null;
    contactId?: string | null;
    occurredAt?: Date;
    dueAt?: Date | null;
    completedAt?: Date | null;
  },
): Promise<string> {
  const type = fields.type ?? "CALL";
  const [row] = (await ds.query(
    `INSERT INTO activities (partner_id, owner_id, type, subject, opportunity_id, account_id,
       contact_id, occurred_at, due_at, completed_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      fields.owner.organizationId,
      fields.owner.id,
      type,
      fields.subject ?? `${type} ${unique()}`,
      fields.opportunityId ?? null,
      fields.accountId ?? null,
      fields.contactId ?? null,
      fields.occurredAt ?? new Date(),
      fields.dueAt ?? (type === "TASK" ? new Date(Date.now() + 86_400_000) : null),
      fields.completedAt ?? null,
    ],
  )) as { id: string }[];
  return row!.id;
}

/** An opportunity's lastActivityAt, straight from the table. */
export async function lastActivityAt(ds: DataSource, opportunityId: string): Promise<Date | null> {
  const [row] = (await ds.query(`SELECT last_activity_at FROM opportunities WHERE id = $1`, [
    opportunityId,
  ])) as { last_activity_at: Date | null }[];
  return row!.last_activity_at;
}
