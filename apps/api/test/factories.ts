import { randomBytes } from "node:crypto";
import {
  normalizeCompanyName,
  normalizeDomain,
  protectionExpiresAt,
  type DealStatus,
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
