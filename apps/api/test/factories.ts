import { randomBytes } from "node:crypto";
import {
  normalizeCompanyName,
  normalizeDomain,
  protectionExpiresAt,
  STAGE_PROBABILITY,
  type DealStatus,
  type OpportunityStage,
  type OrganizationKind,
  type PartnerTier,
  type Role,
} from "@prm/domain";
import type { DataSource } from "typeorm";
import { hashPassword } from "../src/auth/passwords";
import { Deal } from "../src/modules/deals/deal.entity";
import { Organization } from "../src/modules/organizations/organization.entity";
import { User } from "../src/modules/users/user.entity";

/** Test data factories: every call makes new rows with unique names, so tests never collide. */
const unique = () => randomBytes(4).toString("hex");

export const TEST_PASSWORD = "correct horse battery staple";
let testPasswordHash: Promise<string> | null = null;

export async function createOrganization(
  ds: DataSource,
  fields: {
    kind?: OrganizationKind;
    name?: string;
    tier?: PartnerTier | null;
    channelManagerId?: string | null;
  } = {},
): Promise<Organization> {
  const kind = fields.kind ?? "PARTNER";
  return ds.getRepository(Organization).save({
    kind,
    name: fields.name ?? `${kind === "VENDOR" ? "Vendor" : "Partner"} ${unique()}`,
    tier: kind === "PARTNER" ? (fields.tier ?? "GOLD") : null,
    channelManagerId: fields.channelManagerId ?? null,
    website: null,
    country: null,
  });
}

export async function createUser(
  ds: DataSource,
  fields: {
    organizationId: string;
    role: Role;
    email?: string;
    name?: string;
    managerId?: string | null;
    active?: boolean;
    password?: string;
  },
): Promise<User> {
  testPasswordHash ??= hashPassword(TEST_PASSWORD);
  const passwordHash = fields.password
    ? await hashPassword(fields.password)
    : await testPasswordHash;
  const user = await ds.getRepository(User).save({
    organizationId: fields.organizationId,
    role: fields.role,
    email: fields.email ?? `user-${unique()}@example.test`,
    name: fields.name ?? `User ${unique()}`,
    managerId: fields.managerId ?? null,
    active: fields.active ?? true,
    passwordHash,
    lastLoginAt: null,
  });
  return user;
}

/** A vendor with an admin and a channel manager, and two partners: one assigned to that manager. */
export async function createWorld(ds: DataSource) {
  const vendor = await createOrganization(ds, { kind: "VENDOR" });
  const admin = await createUser(ds, { organizationId: vendor.id, role: "VENDOR_ADMIN" });
  const cm = await createUser(ds, { organizationId: vendor.id, role: "CHANNEL_MANAGER" });
  const otherCm = await createUser(ds, { organizationId: vendor.id, role: "CHANNEL_MANAGER" });
  const partner = await createOrganization(ds, { channelManagerId: cm.id });
  const otherPartner = await createOrganization(ds, { channelManagerId: otherCm.id });
  const manager = await createUser(ds, {
    organizationId: partner.id,
    role: "PARTNER_SALES_MANAGER",
  });
  const seller = await createUser(ds, {
    organizationId: partner.id,
    role: "PARTNER_SELLER",
    managerId: manager.id,
  });
  const peerSeller = await createUser(ds, {
    organizationId: partner.id,
    role: "PARTNER_SELLER",
    managerId: manager.id,
  });
  const ops = await createUser(ds, { organizationId: partner.id, role: "PARTNER_SALES_OPS" });
  const otherSeller = await createUser(ds, {
    organizationId: otherPartner.id,
    role: "PARTNER_SELLER",
  });
  return {
    vendor,
    admin,
    cm,
    otherCm,
    partner,
    otherPartner,
    manager,
    seller,
    peerSeller,
    ops,
    otherSeller,
  };
}

/**
 * A deal registration owned by `owner`, in its organization. Statuses past DRAFT get a submission
 * time (`submittedAt`, else `createdAt`, else now); APPROVED and EXPIRED get a protection expiry.
 */
export async function createDeal(
  ds: DataSource,
  fields: {
    owner: Pick<User, "id" | "organizationId">;
    status?: DealStatus;
    estimatedAmount?: string;
    customerName?: string;
    customerDomain?: string;
    expectedCloseDate?: string;
    createdAt?: Date;
    submittedAt?: Date;
  },
): Promise<Deal> {
  const status = fields.status ?? "DRAFT";
  const customerName = fields.customerName ?? `Customer ${unique()}`;
  const customerDomain = fields.customerDomain ?? `customer-${unique()}.example`;
  const submittedAt =
    status === "DRAFT" ? null : (fields.submittedAt ?? fields.createdAt ?? new Date());
  const decided = status === "APPROVED" || status === "EXPIRED";
  const repository = ds.getRepository(Deal);
  const { identifiers } = await repository.insert({
    partnerId: fields.owner.organizationId,
    ownerId: fields.owner.id,
    status,
    customerName,
    customerDomain,
    normalizedName: normalizeCompanyName(customerName),
    normalizedDomain: normalizeDomain(customerDomain) ?? customerDomain,
    estimatedAmount: fields.estimatedAmount ?? "1000.00",
    expectedCloseDate: fields.expectedCloseDate ?? "2030-06-30",
    submittedAt,
    protectionExpiresAt: decided && submittedAt ? protectionExpiresAt(submittedAt) : null,
    ...(fields.createdAt && { createdAt: fields.createdAt }),
  });
  return repository.findOneByOrFail({ id: identifiers[0]!.id as string });
}

/** A territory of `organizationId`. */
export async function createTerritory(
  ds: DataSource,
  fields: { organizationId: string; name?: string },
): Promise<{ id: string; name: string }> {
  const name = fields.name ?? `Territory ${unique()}`;
  const rows: { id: string }[] = await ds.query(
    `INSERT INTO territories (organization_id, name) VALUES ($1, $2) RETURNING id`,
    [fields.organizationId, name],
  );
  return { id: rows[0]!.id, name };
}

/** An account of `owner`'s partner for the customer, with an opportunity in `stage` (no deal). */
export async function createOpportunityForCustomer(
  ds: DataSource,
  fields: {
    owner: Pick<User, "id" | "organizationId">;
    customerName: string;
    customerDomain: string;
    stage?: OpportunityStage;
    amount?: string;
  },
): Promise<{ accountId: string; opportunityId: string }> {
  const stage = fields.stage ?? "DISCOVERY";
  const [account] = (await ds.query(
    `INSERT INTO accounts (partner_id, owner_id, name, domain, normalized_name, normalized_domain)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      fields.owner.organizationId,
      fields.owner.id,
      fields.customerName,
      fields.customerDomain,
      normalizeCompanyName(fields.customerName),
      normalizeDomain(fields.customerDomain),
    ],
  )) as { id: string }[];
  const closed = stage === "CLOSED_WON" || stage === "CLOSED_LOST";
  const [opportunity] = (await ds.query(
    `INSERT INTO opportunities (partner_id, owner_id, account_id, name, amount, stage, probability,
       expected_close_date, closed_at, loss_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, '2030-06-30', $8, $9) RETURNING id`,
    [
      fields.owner.organizationId,
      fields.owner.id,
      account!.id,
      fields.customerName,
      fields.amount ?? "5000.00",
      stage,
      STAGE_PROBABILITY[stage],
      closed ? new Date() : null,
      stage === "CLOSED_LOST" ? "PRICE" : null,
    ],
  )) as { id: string }[];
  return { accountId: account!.id, opportunityId: opportunity!.id };
}

/** A deal's audit events, oldest first, straight from the table. */
export function auditEventsOf(
  ds: DataSource,
  dealId: string,
): Promise<
  {
    action: string;
    from_status: string | null;
    to_status: string | null;
    actor_id: string | null;
  }[]
> {
  return ds.query(
    `SELECT action, from_status, to_status, actor_id FROM audit_events
      WHERE entity_type = 'deal' AND entity_id = $1 ORDER BY created_at, id`,
    [dealId],
  );
}

/**
 * An opportunity of `owner`'s partner (no deal, no account): closed ones need `closedAt`; the
 * probability defaults to the stage's.
 */
export async function createOpportunity(
  ds: DataSource,
  fields: {
    owner: Pick<User, "id" | "organizationId">;
    stage: OpportunityStage;
    amount: string;
    closedAt?: Date;
    expectedCloseDate?: string;
    probability?: number;
  },
): Promise<{ id: string }> {
  const [row] = (await ds.query(
    `INSERT INTO opportunities (partner_id, owner_id, name, amount, stage, probability,
       expected_close_date, closed_at, loss_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      fields.owner.organizationId,
      fields.owner.id,
      `Opportunity ${unique()}`,
      fields.amount,
      fields.stage,
      fields.probability ?? STAGE_PROBABILITY[fields.stage],
      fields.expectedCloseDate ?? "2025-02-15",
      fields.closedAt ?? null,
      fields.stage === "CLOSED_LOST" ? "PRICE" : null,
    ],
  )) as { id: string }[];
  return { id: row!.id };
}
