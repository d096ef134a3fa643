import {
  administratorRoles,
  assignableRoles,
  hasWorkload,
  isAdministratorRole,
  lastAdministratorMessage,
  managerCycleProblem,
  mayAssignRole,
  mayBeChannelManager,
  mayTakeOverPartnerRecords,
  normalizeEmail,
  NOTIFICATION_TITLE_MAX,
  ROLE_LABELS,
  workloadMessage,
  type OrganizationKind,
  type Role,
  type UserWorkload,
} from "@prm/domain";
import type { EntityManager } from "typeorm";
import { forgetSessions, revokeCredentials } from "../../auth/revocation";
import type { Viewer } from "../../auth/viewer";
import { AppError, badInput, conflict, notFound } from "../../common/errors";
import { isUuid } from "../../common/uuid";
import { sqlIn } from "../../database/sql";
import type { Context } from "../../context";
import { recordAudit } from "../audit/audit-log";
import { issueLink, revokeLinks, type IssuedLink } from "../invitations/one-time-links";
import { OPEN_STAGE_CONDITION } from "../metrics/metrics.sql";
import { sendNotifications } from "../notifications/notification-outbox";
import { recordChannelManagerChanges } from "../organizations/channel-manager";
import { replaceUserTerritories } from "../territories/territory-assignments";
import type { DeactivateUserInput, InviteUserInput, UpdateUserInput } from "./user.inputs";
import { PENDING_DEAL_STATUSES, WORKLOAD_COLUMNS } from "./user.loaders";
import { USER_COLUMNS, toUserType, type UserRow } from "./user.rows";
import { manageableUsersSql } from "./user.scope";
import type { InviteUserPayload, UserType } from "./user.types";

/** A new user as invited: who they will be, in which organization. */
export interface NewUser {
  organizationId: string;
  /** The organization, when it is a partner (for the audit trail's scoping). */
  partnerId: string | null;
  email: string;
  name: string;
  role: Role;
  managerId: string | null;
  territoryIds: readonly string[];
}

/**
 * Creates an invited user through `tx` — active, without a password — with their territories,
 * an invitation link and its audit event. One account per email, whatever races: the losers of
 * concurrent invitations of one address get CONFLICT (the unique index decides).
 */
export async function createInvitedUser(
  ctx: Context,
  tx: EntityManager,
  actorId: string,
  user: NewUser,
): Promise<{ user: UserType; link: IssuedLink }> {
  const [row]: UserRow[] = await tx.query(
    `INSERT INTO users AS u (email, name, role, organization_id, manager_id, active)
     VALUES ($1, $2, $3, $4, $5, true)
     ON CONFLICT (email) DO NOTHING
     RETURNING ${USER_COLUMNS}`,
    [user.email, user.name, user.role, user.organizationId, user.managerId],
  );
  if (!row) throw conflict(`There is already an account for ${user.email}.`);
  if (user.territoryIds.length > 0) {
    await replaceUserTerritories(tx, {
      organizationId: user.organizationId,
      actorId,
      userId: row.id,
      territoryIds: [...user.territoryIds],
      audited: false,
    });
  }
  const link = await issueLink(ctx, tx, {
    userId: row.id,
    purpose: "INVITATION",
    createdById: actorId,
  });
  await recordUserEvent(tx, actorId, row, user.partnerId, "INVITE", {
    role: user.role,
    managerId: user.managerId,
    territoryIds: user.territoryIds,
  });
  return { user: toUserType(row), link };
}

function recordUserEvent(
  tx: EntityManager,
  actorId: string,
  user: Pick<UserRow, "id">,
  partnerId: string | null,
  action: string,
  data: Record<string, unknown> | null = null,
) {
  return recordAudit(tx, [
    { partnerId, actorId, entityType: "user", entityId: user.id, action, data },
  ]);
}

const fit = (text: string, room: number) =>
  text.length > room ? `${text.slice(0, room - 1)}…` : text;

interface OrganizationLock {
  kind: OrganizationKind;
  /** The organization's id when it is a partner, for the audit trail. */
  partnerId: string | null;
}

/**
 * A user administrator's changes to the users of their own organization: inviting, editing,
 * deactivating and reactivating. Each runs in one transaction that first locks the organization's
 * row, so that two administrators acting at once cannot together break an organization-wide rule
 * (its last administrator, a loop of managers).
 */
export class UserAdminService {
  constructor(private readonly ctx: Context) {}

  async invite(viewer: Viewer, input: InviteUserInput): Promise<InviteUserPayload> {
    const name = checkName(input.name);
    const role = this.checkRole(viewer, input.role);
    const { user, link } = await this.ctx.db.transaction(async (tx) => {
      const organization = await lockOrganization(tx, viewer.organizationId);
      const managerId = input.managerId
        ? await this.checkManager(tx, viewer, input.managerId, null)
        : null;
      return createInvitedUser(this.ctx, tx, viewer.userId, {
        organizationId: viewer.organizationId,
        partnerId: organization.partnerId,
        email: normalizeEmail(input.email),
        name,
        role,
        managerId,
        territoryIds: [...new Set(input.territoryIds ?? [])],
      });
    });
    return { user, invitationUrl: link.url, expiresAt: link.expiresAt };
  }

  async update(viewer: Viewer, input: UpdateUserInput): Promise<UserType> {
    return this.ctx.db.transaction(async (tx) => {
      const organization = await lockOrganization(tx, viewer.organizationId);
      const target = await this.findManageable(tx, viewer, input.id);
      const set: string[] = [];
      const params: unknown[] = [target.id];
      const changes: Record<string, unknown> = {};
      const change = (field: string, column: string, from: unknown, to: unknown) => {
        if (from === to) return;
        params.push(to);
        set.push(`${column} = $${params.length}`);
        changes[field] = { from, to };
      };

      if (input.name != null) change("name", "name", target.name, checkName(input.name));
      if (input.role != null && input.role !== target.role) {
        const role = this.checkRole(viewer, input.role);
        if (target.active && isAdministratorRole(target.role) && !isAdministratorRole(role)) {
          await assertAnotherAdministrator(tx, organization, target.id, "demote");
        }
        if (!mayBeChannelManager(role)) {
          const { assignedPartners } = await workloadOf(tx, target.id);
          if (assignedPartners > 0) {
            throw conflict(
              `This channel manager still has ${assignedPartners} assigned partner${assignedPartners === 1 ? "" : "s"}: assign ${assignedPartners === 1 ? "it" : "them"} to another channel manager first.`,
            );
          }
        }
        change("role", "role", target.role, role);
      }
      if (input.managerId !== undefined) {
        const managerId =
          input.managerId === null
            ? null
            : await this.checkManager(tx, viewer, input.managerId, target.id);
        change("managerId", "manager_id", target.manager_id, managerId);
      }
      if (input.territoryIds != null) {
        const { added, removed } = await replaceUserTerritories(tx, {
          organizationId: viewer.organizationId,
          actorId: viewer.userId,
          userId: target.id,
          territoryIds: input.territoryIds,
          audited: false,
        });
        if (added.length + removed.length > 0) changes.territoryIds = { added, removed };
      }

      if (set.length === 0 && Object.keys(changes).length === 0) return toUserType(target);
      const [rows]: [UserRow[], number] = await tx.query(
        `UPDATE users u SET ${[...set, "updated_at = now()"].join(", ")} WHERE u.id = $1
         RETURNING ${USER_COLUMNS}`,
        params,
      );
      await recordUserEvent(tx, viewer.userId, target, organization.partnerId, "UPDATE", changes);
      return toUserType(rows[0]!);
    });
  }

  async deactivate(viewer: Viewer, input: DeactivateUserInput): Promise<UserType> {
    const { user, revokedSessions } = await this.ctx.db.transaction(async (tx) => {
      const organization = await lockOrganization(tx, viewer.organizationId);
      const target = await this.findManageable(tx, viewer, input.id);
      if (target.id === viewer.userId) {
        throw badInput("id", "You cannot deactivate yourself; ask another administrator.");
      }
      if (!target.active) return { user: toUserType(target), revokedSessions: [] };
      if (isAdministratorRole(target.role)) {
        await assertAnotherAdministrator(tx, organization, target.id, "deactivate");
      }
      const workload = await workloadOf(tx, target.id);
      const heir = input.reassignTo
        ? await this.checkHeir(tx, viewer, target, input.reassignTo, workload)
        : null;
      if (hasWorkload(workload) && !heir) {
        throw new AppError("CONFLICT", workloadMessage(workload), { workload });
      }
      if (heir && hasWorkload(workload)) await this.handOver(tx, viewer, target, heir, workload);

      const [rows]: [UserRow[], number] = await tx.query(
        `UPDATE users u SET active = false, updated_at = now() WHERE u.id = $1
         RETURNING ${USER_COLUMNS}`,
        [target.id],
      );
      const revokedSessions = await revokeCredentials(tx, { userIds: [target.id] });
      await revokeLinks(tx, { userIds: [target.id] });
      await recordUserEvent(tx, viewer.userId, target, organization.partnerId, "DEACTIVATE", {
        reassignedTo: heir && hasWorkload(workload) ? heir.id : null,
        workload,
      });
      return { user: toUserType(rows[0]!), revokedSessions };
    });
    forgetSessions(this.ctx.sessions, revokedSessions);
    return user;
  }

  async reactivate(viewer: Viewer, id: string): Promise<UserType> {
    return this.ctx.db.transaction(async (tx) => {
      const organization = await lockOrganization(tx, viewer.organizationId);
      const target = await this.findManageable(tx, viewer, id);
      if (target.active) return toUserType(target);
      const [rows]: [UserRow[], number] = await tx.query(
        `UPDATE users u SET active = true, updated_at = now() WHERE u.id = $1
         RETURNING ${USER_COLUMNS}`,
        [target.id],
      );
      await recordUserEvent(tx, viewer.userId, target, organization.partnerId, "REACTIVATE");
      return toUserType(rows[0]!);
    });
  }

  /** A user the viewer manages, locked for the rest of the transaction; NOT_FOUND otherwise. */
  private async findManageable(tx: EntityManager, viewer: Viewer, id: string): Promise<UserRow> {
    if (!isUuid(id)) throw notFound("The user");
    const scope = manageableUsersSql(viewer, "u", 2);
    const [row]: UserRow[] = await tx.query(
      `SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1 AND ${scope.sql} FOR NO KEY UPDATE`,
      [id, ...scope.params],
    );
    if (!row) throw notFound("The user");
    return row;
  }

  private checkRole(viewer: Viewer, role: Role): Role {
    if (mayAssignRole(viewer.role, role)) return role;
    const roles = assignableRoles(viewer.role).map((r) => ROLE_LABELS[r].toLowerCase());
    throw badInput("role", `Choose one of your organization's roles: ${roles.join(", ")}.`);
  }

  /**
   * `managerId` as the manager of `userId` (null: a new user): an active user of the viewer's
   * organization whose own reporting line does not lead back to `userId`.
   */
  private async checkManager(
    tx: EntityManager,
    viewer: Viewer,
    managerId: string,
    userId: string | null,
  ): Promise<string> {
    const chain: { id: string }[] = await tx.query(
      `WITH RECURSIVE chain AS (
         SELECT m.id, m.manager_id, 1 AS depth FROM users m
          WHERE m.id = $1 AND m.organization_id = $2 AND m.active
         UNION ALL
         SELECT u.id, u.manager_id, chain.depth + 1 FROM users u JOIN chain ON u.id = chain.manager_id
          WHERE chain.depth < ${MAX_REPORTING_DEPTH})
       SELECT id FROM chain ORDER BY depth`,
      [managerId, viewer.organizationId],
    );
    if (chain.length === 0) {
      throw badInput("managerId", "Choose an active user of your organization as the manager.");
    }
    const problem =
      userId &&
      managerCycleProblem(
        userId,
        managerId,
        chain.slice(1).map((row) => row.id),
      );
    if (problem) throw badInput("managerId", problem);
    return managerId;
  }

  /** Who takes over `target`'s work: an active colleague able to hold all of it. */
  private async checkHeir(
    tx: EntityManager,
    viewer: Viewer,
    target: UserRow,
    heirId: string,
    workload: UserWorkload,
  ): Promise<UserRow> {
    const scope = manageableUsersSql(viewer, "u", 2);
    const [heir]: UserRow[] = await tx.query(
      `SELECT ${USER_COLUMNS} FROM users u WHERE u.id = $1 AND u.active AND ${scope.sql}`,
      [heirId, ...scope.params],
    );
    if (!heir || heir.id === target.id) {
      throw badInput("reassignTo", "Choose another active user of your organization to take over.");
    }
    if (
      workload.openOpportunities + workload.pendingDeals > 0 &&
      !mayTakeOverPartnerRecords(heir.role)
    ) {
      throw badInput(
        "reassignTo",
        "Opportunities and deal registrations can only go to a seller or a sales manager.",
      );
    }
    if (workload.assignedPartners > 0 && !mayBeChannelManager(heir.role)) {
      throw badInput("reassignTo", "Partners can only go to another channel manager.");
    }
    return heir;
  }

  /**
   * Moves `from`'s open opportunities, pending deal registrations and partners to `to`, each
   * with its audit event, and tells `to` what they received.
   */
  private async handOver(
    tx: EntityManager,
    viewer: Viewer,
    from: UserRow,
    to: UserRow,
    workload: UserWorkload,
  ): Promise<void> {
    const reassigned = { fromOwnerId: from.id, toOwnerId: to.id };
    const [opportunities]: [{ id: string; partner_id: string; stage: string }[], number] =
      await tx.query(
        `UPDATE opportunities op SET owner_id = $2, version = op.version + 1, updated_at = now()
        WHERE op.owner_id = $1 AND ${OPEN_STAGE_CONDITION}
        RETURNING op.id, op.partner_id, op.stage`,
        [from.id, to.id],
      );
    const [deals]: [{ id: string; partner_id: string; status: string }[], number] = await tx.query(
      `UPDATE deals d SET owner_id = $2, version = d.version + 1, updated_at = now()
          WHERE d.owner_id = $1 AND d.status IN (${sqlIn(PENDING_DEAL_STATUSES)})
          RETURNING d.id, d.partner_id, d.status`,
      [from.id, to.id],
    );
    const note = `Reassigned from ${from.name} to ${to.name}, who takes over after ${from.name} was deactivated.`;
    await recordAudit(tx, [
      ...opportunities.map((o) => ({
        partnerId: o.partner_id,
        actorId: viewer.userId,
        entityType: "opportunity",
        entityId: o.id,
        action: "REASSIGN",
        fromStatus: o.stage,
        toStatus: o.stage,
        note,
        data: reassigned,
      })),
      // UPDATE: the deal timeline's own word for a change that is not a transition.
      ...deals.map((d) => ({
        partnerId: d.partner_id,
        actorId: viewer.userId,
        entityType: "deal",
        entityId: d.id,
        action: "UPDATE",
        fromStatus: d.status,
        toStatus: d.status,
        note,
        data: { fields: ["owner"], ...reassigned },
      })),
    ]);
    if (opportunities.length + deals.length > 0) {
      const what = [
        opportunities.length > 0 &&
          `${opportunities.length} open ${opportunities.length === 1 ? "opportunity" : "opportunities"}`,
        deals.length > 0 && `${deals.length} deal registration${deals.length === 1 ? "" : "s"}`,
      ]
        .filter(Boolean)
        .join(" and ");
      const phrase = `'s ${what} are now yours`;
      await sendNotifications(tx, [
        {
          to: { userId: to.id },
          type: "RECORDS_REASSIGNED",
          title: `${fit(from.name, NOTIFICATION_TITLE_MAX - phrase.length)}${phrase}`,
          entityType: "user",
          entityId: from.id,
        },
      ]);
    }

    if (workload.assignedPartners > 0) {
      const [partners]: [{ id: string; name: string }[], number] = await tx.query(
        `UPDATE organizations o SET channel_manager_id = $2, updated_at = now()
          WHERE o.channel_manager_id = $1 RETURNING o.id, o.name`,
        [from.id, to.id],
      );
      await recordChannelManagerChanges(
        tx,
        viewer.userId,
        partners.map((p) => ({
          partnerId: p.id,
          partnerName: p.name,
          fromId: from.id,
          toId: to.id,
        })),
      );
    }
  }
}

/** Deeper than any real reporting line; stops a loop already in the data from running forever. */
const MAX_REPORTING_DEPTH = 1000;

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw badInput("name", "Enter the person's name.");
  return trimmed;
}

/** Locks the organization's row for the transaction (see UserAdminService). */
async function lockOrganization(tx: EntityManager, id: string): Promise<OrganizationLock> {
  const [row]: { kind: OrganizationKind }[] = await tx.query(
    `SELECT kind FROM organizations WHERE id = $1 FOR NO KEY UPDATE`,
    [id],
  );
  if (!row) throw notFound("Your organization");
  return { kind: row.kind, partnerId: row.kind === "PARTNER" ? id : null };
}

/** Refuses when no other active, signed-up administrator of the organization would remain. */
async function assertAnotherAdministrator(
  tx: EntityManager,
  organization: OrganizationLock,
  userId: string,
  change: "deactivate" | "demote",
): Promise<void> {
  const rows: unknown[] = await tx.query(
    `SELECT 1 FROM users u, users t
      WHERE t.id = $1 AND u.organization_id = t.organization_id AND u.id <> t.id
        AND u.active AND u.password_hash IS NOT NULL AND u.role = ANY($2)
      LIMIT 1`,
    [userId, [...administratorRoles(organization.kind)]],
  );
  if (rows.length === 0) throw conflict(lastAdministratorMessage(organization.kind, change));
}

async function workloadOf(tx: EntityManager, userId: string): Promise<UserWorkload> {
  const [row]: {
    open_opportunities: number;
    pending_deals: number;
    assigned_partners: number;
  }[] = await tx.query(`SELECT ${WORKLOAD_COLUMNS} FROM users u WHERE u.id = $1`, [userId]);
  return {
    openOpportunities: row?.open_opportunities ?? 0,
    pendingDeals: row?.pending_deals ?? 0,
    assignedPartners: row?.assigned_partners ?? 0,
  };
}
