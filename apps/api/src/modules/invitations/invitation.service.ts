import { can, passwordProblem, type OrganizationKind } from "@prm/domain";
import type { EntityManager } from "typeorm";
import { hashPassword } from "../../auth/passwords";
import { forgetSessions, revokeCredentials } from "../../auth/revocation";
import { answerAs, startSession } from "../../auth/session-start";
import { sha256 } from "../../auth/tokens";
import type { Viewer } from "../../auth/viewer";
import { badInput, conflict, notFound } from "../../common/errors";
import { SqlParams } from "../../common/sql-params";
import { isUuid } from "../../common/uuid";
import type { Context } from "../../context";
import { recordAudit } from "../audit/audit-log";
import type { LoginPayload } from "../auth/auth.inputs";
import { visiblePartnersSql } from "../organizations/organization.scope";
import { USER_COLUMNS, toUserType, type UserRow } from "../users/user.rows";
import { manageableUsersSql } from "../users/user.scope";
import type { InviteUserPayload, PasswordResetLinkPayload } from "../users/user.types";
import type { OneTimeLinkPurpose } from "./one-time-link.entity";
import { issueLink, revokeLinks } from "./one-time-links";
import type { AcceptInvitationInput, ResetPasswordInput } from "./invitation.inputs";

interface LinkTarget extends UserRow {
  pending: boolean;
  kind: OrganizationKind;
}

interface StoredLink {
  id: string;
  user_id: string;
  used: boolean;
  revoked: boolean;
  expired: boolean;
  active: boolean;
}

/** Why a link's token was refused, for the person holding it. */
const REFUSALS = {
  invalid:
    "This link is not valid. Check that it was copied whole, or ask whoever sent it for a new one.",
  used: "This link has already been used. Sign in with your password, or ask for a new link.",
  deactivated: "This account is deactivated. Ask your organization's administrator.",
  replaced:
    "This link was replaced by a newer one. Use the latest link you were given, or ask for a new one.",
  expired: "This link has expired. Ask whoever sent it for a new one.",
};

const AUDIT_ACTIONS: Record<OneTimeLinkPurpose, string> = {
  INVITATION: "ACCEPT_INVITATION",
  PASSWORD_RESET: "RESET_PASSWORD",
};

/**
 * One-time links: making them (a new invitation link, a password-reset link) and using them
 * (accepting an invitation, resetting a password), which sets the password and signs in.
 */
export class InvitationService {
  constructor(private readonly ctx: Context) {}

  /**
   * A new invitation link for a user who has not accepted yet; the old link stops working. For
   * the users the viewer manages, and for the vendor admin also any partner's (an onboarded
   * partner's first sales-ops user whose link expired).
   */
  async renewInvitation(viewer: Viewer, userId: string): Promise<InviteUserPayload> {
    return this.ctx.db.transaction(async (tx) => {
      const target = await this.findTarget(tx, userId, (params) => {
        const manageable = params.scope((first) => manageableUsersSql(viewer, "u", first));
        if (!can(viewer.role, "partner:manage")) return manageable;
        const partners = params.scope((first) => visiblePartnersSql(viewer, "p", first));
        return `(${manageable} OR u.organization_id IN (SELECT p.id FROM organizations p WHERE ${partners}))`;
      });
      if (!target.pending) {
        throw conflict(
          "This user has already accepted their invitation; make a password-reset link instead.",
        );
      }
      if (!target.active) throw conflict("This user is deactivated; reactivate them first.");
      const link = await issueLink(this.ctx, tx, {
        userId: target.id,
        purpose: "INVITATION",
        createdById: viewer.userId,
      });
      await this.record(tx, viewer.userId, target, "RENEW_INVITATION");
      return { user: toUserType(target), invitationUrl: link.url, expiresAt: link.expiresAt };
    });
  }

  /** A password-reset link for a user the viewer manages who has signed up. */
  async createPasswordResetLink(viewer: Viewer, userId: string): Promise<PasswordResetLinkPayload> {
    return this.ctx.db.transaction(async (tx) => {
      const target = await this.findTarget(tx, userId, (params) =>
        params.scope((first) => manageableUsersSql(viewer, "u", first)),
      );
      if (target.pending) {
        throw conflict(
          "This user has not accepted their invitation yet; make a new invitation link instead (renewInvitation).",
        );
      }
      if (!target.active) throw conflict("This user is deactivated; reactivate them first.");
      const link = await issueLink(this.ctx, tx, {
        userId: target.id,
        purpose: "PASSWORD_RESET",
        createdById: viewer.userId,
      });
      await this.record(tx, viewer.userId, target, "CREATE_PASSWORD_RESET_LINK");
      return { user: toUserType(target), resetUrl: link.url, expiresAt: link.expiresAt };
    });
  }

  acceptInvitation(input: AcceptInvitationInput): Promise<LoginPayload> {
    return this.redeem("INVITATION", input);
  }

  resetPassword(input: ResetPasswordInput): Promise<LoginPayload> {
    return this.redeem("PASSWORD_RESET", input);
  }

  /**
   * Uses a link: checks its token (unknown, used, replaced, expired and deactivated users are
   * refused, saying which), sets the password, marks the link used — exactly once, however many
   * try at the same time — and signs the user in. A reset also ends the user's other sessions.
   */
  private async redeem(
    purpose: OneTimeLinkPurpose,
    input: { token: string; password: string },
  ): Promise<LoginPayload> {
    const problem = passwordProblem(input.password);
    if (problem) throw badInput("password", problem);
    // As the system, here and below: nobody is signed in; the token is the only key.
    const [link]: StoredLink[] = await this.ctx.transaction.asSystem((tx) =>
      tx.query(
        `SELECT l.id, l.user_id, l.used_at IS NOT NULL AS used, l.revoked_at IS NOT NULL AS revoked,
              l.expires_at <= now() AS expired, u.active AND o.active AS active
         FROM one_time_links l
         JOIN users u ON u.id = l.user_id
         JOIN organizations o ON o.id = u.organization_id
        WHERE l.token_hash = $1 AND l.purpose = $2`,
        [sha256(input.token.trim()), purpose],
      ),
    );
    const refusal = !link
      ? REFUSALS.invalid
      : link.used
        ? REFUSALS.used
        : !link.active
          ? REFUSALS.deactivated
          : link.revoked
            ? REFUSALS.replaced
            : link.expired
              ? REFUSALS.expired
              : null;
    if (refusal) throw badInput("token", refusal);
    // Only now, for a link that exists: hashing is deliberately slow.
    const passwordHash = await hashPassword(input.password);

    const { payload, revokedSessions } = await this.ctx.transaction.asSystem(async (tx) => {
      const [claimed]: [unknown[], number] = await tx.query(
        `UPDATE one_time_links SET used_at = now()
          WHERE id = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()
          RETURNING id`,
        [link!.id],
      );
      if (claimed.length === 0) throw badInput("token", REFUSALS.used);
      const [[user]]: [(LinkTarget | undefined)[], number] = await tx.query(
        `UPDATE users u SET password_hash = $2, last_login_at = now(), updated_at = now()
          WHERE u.id = $1 AND u.active
            AND EXISTS (SELECT 1 FROM organizations o WHERE o.id = u.organization_id AND o.active)
          RETURNING ${USER_COLUMNS}, (SELECT kind FROM organizations o WHERE o.id = u.organization_id) AS kind`,
        [link!.user_id, passwordHash],
      );
      if (!user) throw badInput("token", REFUSALS.deactivated);
      await revokeLinks(tx, { userIds: [user.id] });
      const revokedSessions =
        purpose === "PASSWORD_RESET"
          ? await revokeCredentials(
              tx,
              { userIds: [user.id] },
              { sessions: true, apiTokens: false },
            )
          : [];
      await this.record(tx, user.id, user, AUDIT_ACTIONS[purpose]);
      const session = await startSession(this.ctx, tx, user.id);
      return { payload: { ...session, user: toUserType(user) }, revokedSessions };
    });
    forgetSessions(this.ctx.sessions, revokedSessions);
    await answerAs(this.ctx, payload.user);
    return payload;
  }

  /** A user in `scope` (SQL over `users u`), locked; NOT_FOUND otherwise. */
  private async findTarget(
    tx: EntityManager,
    userId: string,
    scope: (params: SqlParams) => string,
  ): Promise<LinkTarget> {
    if (!isUuid(userId)) throw notFound("The user");
    const params = new SqlParams();
    const id = params.bind(userId);
    const condition = scope(params);
    const [target]: LinkTarget[] = await tx.query(
      `SELECT ${USER_COLUMNS}, u.password_hash IS NULL AS pending, o.kind
         FROM users u JOIN organizations o ON o.id = u.organization_id
        WHERE u.id = ${id}::uuid AND ${condition}
        FOR NO KEY UPDATE OF u`,
      params.values,
    );
    if (!target) throw notFound("The user");
    return target;
  }

  private record(tx: EntityManager, actorId: string, user: LinkTarget, action: string) {
    return recordAudit(tx, [
      {
        partnerId: user.kind === "PARTNER" ? user.organization_id : null,
        actorId,
        entityType: "user",
        entityId: user.id,
        action,
      },
    ]);
  }
}
