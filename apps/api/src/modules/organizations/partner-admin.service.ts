import {
  mayBeChannelManager,
  normalizeDomain,
  normalizeEmail,
  type PartnerTier,
} from "@prm/domain";
import type { EntityManager } from "typeorm";
import { forgetSessions, revokeCredentials } from "../../auth/revocation";
import type { Viewer } from "../../auth/viewer";
import { badInput, conflict, notFound } from "../../common/errors";
import { isUuid } from "../../common/uuid";
import type { Context } from "../../context";
import { recordAudit } from "../audit/audit-log";
import { revokeLinks } from "../invitations/one-time-links";
import { createInvitedUser } from "../users/user-admin.service";
import { recordChannelManagerChanges } from "./channel-manager";
import type {
  AssignChannelManagerInput,
  OnboardPartnerInput,
  UpdatePartnerInput,
} from "./organization.inputs";
import { visiblePartnersSql } from "./organization.scope";
import { OnboardPartnerPayload, OrganizationType } from "./organization.types";

interface PartnerRow {
  id: string;
  name: string;
  kind: "PARTNER";
  tier: PartnerTier;
  domain: string | null;
  active: boolean;
  channel_manager_id: string | null;
}

const PARTNER_COLUMNS = "o.id, o.name, o.kind, o.tier, o.domain, o.active, o.channel_manager_id";

const toPartner = (row: PartnerRow) =>
  Object.assign(new OrganizationType(), {
    id: row.id,
    name: row.name,
    kind: row.kind,
    tier: row.tier,
    domain: row.domain,
    active: row.active,
    channelManagerId: row.channel_manager_id,
  });

/**
 * The vendor admin's administration of partner organizations: onboarding, editing, assigning
 * channel managers, deactivating. Each change is one transaction with its audit events.
 */
export class PartnerAdminService {
  constructor(private readonly ctx: Context) {}

  async onboard(viewer: Viewer, input: OnboardPartnerInput): Promise<OnboardPartnerPayload> {
    const name = checkName(input.name);
    const domain = checkDomain(input.domain);
    const salesOpsName = input.firstSalesOps.name.trim();
    if (!salesOpsName) throw badInput("firstSalesOps.name", "Enter the person's name.");
    return this.ctx.db.transaction(async (tx) => {
      const channelManager = await this.checkChannelManager(tx, viewer, input.channelManagerId);
      const [row]: PartnerRow[] = await tx.query(
        `INSERT INTO organizations AS o (kind, name, tier, domain, channel_manager_id)
         VALUES ('PARTNER', $1, $2, $3, $4)
         ON CONFLICT (domain) WHERE domain IS NOT NULL DO NOTHING
         RETURNING ${PARTNER_COLUMNS}`,
        [name, input.tier, domain, channelManager],
      );
      if (!row) throw domainTaken(domain);
      await recordAudit(tx, [
        {
          partnerId: row.id,
          actorId: viewer.userId,
          entityType: "organization",
          entityId: row.id,
          action: "ONBOARD",
          data: { name, domain, tier: input.tier },
        },
      ]);
      await recordChannelManagerChanges(tx, viewer.userId, [
        { partnerId: row.id, partnerName: row.name, fromId: null, toId: channelManager },
      ]);
      const { user, link } = await createInvitedUser(this.ctx, tx, viewer.userId, {
        organizationId: row.id,
        partnerId: row.id,
        email: normalizeEmail(input.firstSalesOps.email),
        name: salesOpsName,
        role: "PARTNER_SALES_OPS",
        managerId: null,
        territoryIds: [],
      });
      return Object.assign(new OnboardPartnerPayload(), {
        partner: toPartner(row),
        salesOps: user,
        invitationUrl: link.url,
        expiresAt: link.expiresAt,
      });
    });
  }

  async update(viewer: Viewer, input: UpdatePartnerInput): Promise<OrganizationType> {
    const changes: Record<string, unknown> = {};
    if (input.name != null) changes.name = checkName(input.name);
    if (input.domain != null) changes.domain = checkDomain(input.domain);
    if (input.tier != null) changes.tier = input.tier;
    return this.ctx.db.transaction(async (tx) => {
      const current = await this.findPartner(tx, viewer, input.id);
      const changed = Object.entries(changes).filter(
        ([field, value]) => current[field as keyof PartnerRow] !== value,
      );
      if (changed.length === 0) return toPartner(current);
      if (changes.domain !== undefined && changes.domain !== current.domain) {
        const taken: unknown[] = await tx.query(
          `SELECT 1 FROM organizations WHERE domain = $1 AND id <> $2`,
          [changes.domain, current.id],
        );
        if (taken.length > 0) throw domainTaken(changes.domain as string);
      }
      const set = changed.map(([field], i) => `${field} = $${i + 2}`);
      const [[row]]: [PartnerRow[], number] = await tx
        .query(
          `UPDATE organizations o SET ${[...set, "updated_at = now()"].join(", ")}
            WHERE o.id = $1 RETURNING ${PARTNER_COLUMNS}`,
          [current.id, ...changed.map(([, value]) => value)],
        )
        .catch((error: unknown) => {
          // The same domain given to another partner at the same moment.
          if (isUniqueViolation(error, "organizations_domain_key")) {
            throw domainTaken(changes.domain as string);
          }
          throw error;
        });
      await recordAudit(tx, [
        {
          partnerId: current.id,
          actorId: viewer.userId,
          entityType: "organization",
          entityId: current.id,
          action: "UPDATE",
          data: Object.fromEntries(
            changed.map(([field, to]) => [field, { from: current[field as keyof PartnerRow], to }]),
          ),
        },
      ]);
      return toPartner(row!);
    });
  }

  async assignChannelManager(
    viewer: Viewer,
    input: AssignChannelManagerInput,
  ): Promise<OrganizationType> {
    return this.ctx.db.transaction(async (tx) => {
      const current = await this.findPartner(tx, viewer, input.partnerId);
      const channelManager = await this.checkChannelManager(tx, viewer, input.channelManagerId);
      if (current.channel_manager_id === channelManager) return toPartner(current);
      const [[row]]: [PartnerRow[], number] = await tx.query(
        `UPDATE organizations o SET channel_manager_id = $2, updated_at = now()
          WHERE o.id = $1 RETURNING ${PARTNER_COLUMNS}`,
        [current.id, channelManager],
      );
      await recordChannelManagerChanges(tx, viewer.userId, [
        {
          partnerId: current.id,
          partnerName: current.name,
          fromId: current.channel_manager_id,
          toId: channelManager,
        },
      ]);
      return toPartner(row!);
    });
  }

  /**
   * Deactivates a partner: its users' sessions, API tokens and links are revoked at once, and
   * none of them can sign in until it is reactivated. Its records stay, in every figure.
   */
  async deactivate(viewer: Viewer, id: string): Promise<OrganizationType> {
    const { partner, revokedSessions } = await this.ctx.db.transaction(async (tx) => {
      const current = await this.findPartner(tx, viewer, id);
      if (!current.active) return { partner: toPartner(current), revokedSessions: [] };
      const row = await this.setActive(tx, viewer, current, false);
      const revokedSessions = await revokeCredentials(tx, { organizationId: current.id });
      await revokeLinks(tx, { organizationId: current.id });
      return { partner: toPartner(row), revokedSessions };
    });
    forgetSessions(this.ctx.sessions, revokedSessions);
    return partner;
  }

  /** Lets a deactivated partner's active users sign in again (with new sessions and tokens). */
  async reactivate(viewer: Viewer, id: string): Promise<OrganizationType> {
    return this.ctx.db.transaction(async (tx) => {
      const current = await this.findPartner(tx, viewer, id);
      if (current.active) return toPartner(current);
      return toPartner(await this.setActive(tx, viewer, current, true));
    });
  }

  private async setActive(
    tx: EntityManager,
    viewer: Viewer,
    current: PartnerRow,
    active: boolean,
  ): Promise<PartnerRow> {
    const [[row]]: [PartnerRow[], number] = await tx.query(
      `UPDATE organizations o SET active = $2, updated_at = now() WHERE o.id = $1
       RETURNING ${PARTNER_COLUMNS}`,
      [current.id, active],
    );
    await recordAudit(tx, [
      {
        partnerId: current.id,
        actorId: viewer.userId,
        entityType: "organization",
        entityId: current.id,
        action: active ? "REACTIVATE" : "DEACTIVATE",
      },
    ]);
    return row!;
  }

  /** A partner the viewer sees, locked for the transaction; NOT_FOUND otherwise. */
  private async findPartner(tx: EntityManager, viewer: Viewer, id: string): Promise<PartnerRow> {
    if (!isUuid(id)) throw notFound("The partner");
    const scope = visiblePartnersSql(viewer, "o", 2);
    const [row]: PartnerRow[] = await tx.query(
      `SELECT ${PARTNER_COLUMNS} FROM organizations o
        WHERE o.id = $1 AND o.kind = 'PARTNER' AND ${scope.sql} FOR NO KEY UPDATE`,
      [id, ...scope.params],
    );
    if (!row) throw notFound("The partner");
    return row;
  }

  /** An active channel manager of the viewer's organization (the vendor). */
  private async checkChannelManager(
    tx: EntityManager,
    viewer: Viewer,
    id: string,
  ): Promise<string> {
    const [row]: { role: Parameters<typeof mayBeChannelManager>[0] }[] = await tx.query(
      `SELECT role FROM users WHERE id = $1 AND organization_id = $2 AND active`,
      [id, viewer.organizationId],
    );
    if (!row || !mayBeChannelManager(row.role)) {
      throw badInput("channelManagerId", "Choose an active channel manager.");
    }
    return id;
  }
}

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw badInput("name", "Enter the partner's name.");
  return trimmed;
}

function checkDomain(domain: string): string {
  const normalized = normalizeDomain(domain);
  if (!normalized) {
    throw badInput("domain", 'Enter the partner\'s web domain, e.g. "northwind.example".');
  }
  return normalized;
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } })
    .driverError;
  return driverError?.code === "23505" && driverError.constraint === constraint;
}

const domainTaken = (domain: string) =>
  conflict(`Another partner already has the domain ${domain}.`);
