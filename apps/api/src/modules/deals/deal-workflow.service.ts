import {
  checkDealFields,
  DEAL_STATUSES,
  dealNotificationTitle,
  isEditableStatus,
  protectionExpiresAt,
  reasonError,
  type DealEventAction,
  type DealFieldValues,
  type DealNotificationType,
  type DealStatus,
} from "@prm/domain";
import type { EntityManager } from "typeorm";
import type { Viewer } from "../../auth/viewer";
import { badInput, conflict, notFound } from "../../common/errors";
import { isUuid } from "../../common/uuid";
import type { Context } from "../../context";
import { recordAudit } from "../audit/audit-log";
import { sendNotifications, type NewNotification } from "../notifications/notification-outbox";
import { openOpportunityForApprovedDeal } from "../opportunities/opportunity-from-deal";
import { findConflictsOfDeals } from "./deal-conflicts";
import { transitionDeal, updateDealConditionally, wrongStatusFor } from "./deal-transitions";
import type {
  ApproveDealInput,
  DecideDealInput,
  ExtendDealProtectionInput,
  RegisterDealInput,
  UpdateDealInput,
} from "./deal.inputs";
import {
  DEAL_COLUMNS,
  DealSqlParams,
  findVisibleDeal,
  toDealType,
  type DealRow,
} from "./deal.rows";
import type { DealType } from "./deal.types";

const todayUtc = () => new Date().toISOString().slice(0, 10);

/** Columns of the registration form's fields, with how each value is cast. */
const FIELD_COLUMNS: { [K in keyof DealFieldValues]: [column: string, cast: string] } = {
  customerName: ["customer_name", "varchar"],
  customerDomain: ["customer_domain", "varchar"],
  normalizedName: ["normalized_name", "varchar"],
  normalizedDomain: ["normalized_domain", "varchar"],
  contactName: ["contact_name", "varchar"],
  contactEmail: ["contact_email", "varchar"],
  estimatedAmount: ["estimated_amount", "numeric"],
  expectedCloseDate: ["expected_close_date", "date"],
  products: ["products", "text[]"],
  description: ["description", "text"],
};

/**
 * The registration workflow: registering and editing, and every transition of the state machine,
 * each in one transaction with its audit events and notifications.
 */
export class DealWorkflowService {
  constructor(private readonly ctx: Context) {}

  async register(viewer: Viewer, input: RegisterDealInput): Promise<DealType> {
    const values = this.checkFields(input, false) as DealFieldValues;
    const key = input.idempotencyKey?.trim() || null;
    const territoryId = await this.checkTerritory(viewer, input.territoryId);
    const submit = Boolean(input.submit);

    const row = await this.ctx.db.transaction(async (tx) => {
      const params = new DealSqlParams();
      const columns = [
        "partner_id",
        "owner_id",
        "status",
        "submitted_at",
        "territory_id",
        "idempotency_key",
      ];
      const exprs = [
        `${params.bind(viewer.organizationId)}::uuid`,
        `${params.bind(viewer.userId)}::uuid`,
        params.bind(submit ? "SUBMITTED" : "DRAFT"),
        submit ? "now()" : "NULL",
        `${params.bind(territoryId)}::uuid`,
        params.bind(key),
      ];
      for (const [field, [column, cast]] of Object.entries(FIELD_COLUMNS)) {
        columns.push(column);
        exprs.push(`${params.bind(values[field as keyof DealFieldValues])}::${cast}`);
      }
      const inserted: DealRow[] = await tx.query(
        `INSERT INTO deals AS d (${columns.join(", ")}) VALUES (${exprs.join(", ")})
         ON CONFLICT (owner_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
         RETURNING ${DEAL_COLUMNS}`,
        params.values,
      );
      const created = inserted[0];
      if (!created) {
        // The same key again (perhaps concurrently): the deal the first call made.
        const existing: DealRow[] = await tx.query(
          `SELECT ${DEAL_COLUMNS} FROM deals d WHERE d.owner_id = $1 AND d.idempotency_key = $2`,
          [viewer.userId, key],
        );
        if (!existing[0]) throw new Error("Idempotent registration found no deal");
        return existing[0];
      }
      await this.record(tx, viewer, created, [
        { action: "CREATE", from: null, to: "DRAFT" },
        ...(submit
          ? [{ action: "SUBMIT" as const, from: "DRAFT" as const, to: created.status }]
          : []),
      ]);
      if (submit) await this.notify(tx, created, "DEAL_SUBMITTED");
      return created;
    });
    return toDealType(row);
  }

  async update(viewer: Viewer, input: UpdateDealInput): Promise<DealType> {
    const values = this.checkFields(input, true);
    const territoryId =
      input.territoryId === undefined
        ? undefined
        : await this.checkTerritory(viewer, input.territoryId);
    return this.inTransaction(async (tx) => {
      const { row, fromStatus } = await updateDealConditionally(tx, viewer, input.id, {
        allowed: DEAL_STATUSES.filter(isEditableStatus),
        set: (params) => [
          ...Object.entries(values).map(([field, value]) => {
            const [column, cast] = FIELD_COLUMNS[field as keyof DealFieldValues];
            return `${column} = ${params.bind(value)}::${cast}`;
          }),
          ...(territoryId === undefined
            ? []
            : [`territory_id = ${params.bind(territoryId)}::uuid`]),
        ],
        wrongStatus: (status) =>
          `This deal is ${status}; only drafts and returned deals can be edited.`,
      });
      const changed = [
        ...Object.keys(values),
        ...(territoryId === undefined ? [] : ["territoryId"]),
      ];
      await this.record(tx, viewer, row, [
        { action: "UPDATE", from: fromStatus, to: row.status, data: { fields: changed } },
      ]);
      return row;
    });
  }

  submit(viewer: Viewer, id: string): Promise<DealType> {
    return this.inTransaction(async (tx) => {
      const { row, fromStatus } = await transitionDeal(tx, viewer, id, "SUBMIT", () => [
        "submitted_at = now()",
        "decided_at = NULL",
        "decided_by_id = NULL",
        "decision_note = NULL",
      ]);
      await this.record(tx, viewer, row, [{ action: "SUBMIT", from: fromStatus, to: row.status }]);
      await this.notify(tx, row, "DEAL_SUBMITTED");
      return row;
    });
  }

  withdraw(viewer: Viewer, id: string): Promise<DealType> {
    return this.inTransaction(async (tx) => {
      const { row, fromStatus } = await transitionDeal(tx, viewer, id, "WITHDRAW");
      await this.record(tx, viewer, row, [
        { action: "WITHDRAW", from: fromStatus, to: row.status },
      ]);
      // It leaves the channel manager's queue: tell them.
      if (fromStatus === "SUBMITTED") await this.notify(tx, row, "DEAL_WITHDRAWN");
      return row;
    });
  }

  returnDeal(viewer: Viewer, input: DecideDealInput): Promise<DealType> {
    return this.decide(viewer, input, "RETURN", "DEAL_RETURNED");
  }

  reject(viewer: Viewer, input: DecideDealInput): Promise<DealType> {
    return this.decide(viewer, input, "REJECT", "DEAL_REJECTED");
  }

  private decide(
    viewer: Viewer,
    input: DecideDealInput,
    action: "RETURN" | "REJECT",
    notification: DealNotificationType,
  ): Promise<DealType> {
    const reason = this.checkReason(input.reason, "reason", "A reason");
    return this.inTransaction(async (tx) => {
      const { row, fromStatus } = await transitionDeal(tx, viewer, input.id, action, (params) => [
        "decided_at = now()",
        `decided_by_id = ${params.bind(viewer.userId)}::uuid`,
        `decision_note = ${params.bind(reason)}`,
      ]);
      await this.record(tx, viewer, row, [
        { action, from: fromStatus, to: row.status, note: reason },
      ]);
      await this.notify(tx, row, notification, reason);
      return row;
    });
  }

  /**
   * Approves: the conditional transition, then the partner's opportunity (and account), in one
   * transaction. Over another active protected claim on the customer it needs an override reason.
   */
  approve(viewer: Viewer, input: ApproveDealInput): Promise<DealType> {
    const note = input.note?.trim() || null;
    if (note && reasonError(note, "The note")) {
      throw badInput("note", reasonError(note, "The note") ?? "");
    }
    const overrideReason = input.overrideReason?.trim() || null;
    if (overrideReason) this.checkReason(overrideReason, "overrideReason", "The override reason");
    return this.inTransaction(async (tx) => {
      const current = await findVisibleDeal(tx, viewer, input.id);
      if (!current) throw notFound("Deal");
      if (current.status !== "SUBMITTED") {
        throw conflict(wrongStatusFor("APPROVE")(current.status));
      }
      const [conflicts = []] = await findConflictsOfDeals(this.ctx.transaction, viewer, [
        current.id,
      ]);
      const protectedConflicts = conflicts.filter((c) => c.protected);
      if (protectedConflicts.length > 0 && !overrideReason) {
        throw badInput(
          "overrideReason",
          "This customer already has an active, protected claim (another registration or opportunity); give an override reason to approve anyway.",
        );
      }
      const now = new Date();
      const expiry = protectionExpiresAt(now, this.ctx.config.dealProtectionDays);
      const { row, fromStatus } = await transitionDeal(
        tx,
        viewer,
        input.id,
        "APPROVE",
        (params) => [
          `decided_at = ${params.bind(now.toISOString())}::timestamptz`,
          `decided_by_id = ${params.bind(viewer.userId)}::uuid`,
          `decision_note = ${params.bind(note)}`,
          `override_reason = ${params.bind(overrideReason)}`,
          `protection_expires_at = ${params.bind(expiry.toISOString())}::timestamptz`,
        ],
      );
      const opportunityId = await openOpportunityForApprovedDeal(tx, row.id, viewer.userId);
      await this.record(tx, viewer, row, [
        {
          action: "APPROVE",
          from: fromStatus,
          to: row.status,
          note,
          data: {
            opportunityId,
            overrideReason,
            conflicts: protectedConflicts.map((c) => ({ kind: c.kind, id: c.id })),
          },
        },
      ]);
      await this.notify(tx, row, "DEAL_APPROVED", note);
      return row;
    });
  }

  extendProtection(viewer: Viewer, input: ExtendDealProtectionInput): Promise<DealType> {
    const reason = this.checkReason(input.reason, "reason", "A reason");
    return this.inTransaction(async (tx) => {
      const { row, fromStatus } = await updateDealConditionally(tx, viewer, input.id, {
        allowed: ["APPROVED"],
        set: (params) => [
          `protection_expires_at = greatest(d.protection_expires_at, now()) + make_interval(days => ${params.bind(input.days)}::int)`,
        ],
        wrongStatus: (status) =>
          `This deal is ${status}; only approved deals have a protection to extend.`,
      });
      await this.record(tx, viewer, row, [
        {
          action: "EXTEND_PROTECTION",
          from: fromStatus,
          to: row.status,
          note: reason,
          data: { days: input.days, protectionExpiresAt: row.protection_expires_at },
        },
      ]);
      await this.notify(tx, row, "DEAL_PROTECTION_EXTENDED", reason);
      return row;
    });
  }

  private async inTransaction(work: (tx: EntityManager) => Promise<DealRow>): Promise<DealType> {
    return toDealType(await this.ctx.db.transaction(work));
  }

  private checkFields(input: RegisterDealInput | UpdateDealInput, partial: boolean) {
    const { errors, values } = checkDealFields(input, { today: todayUtc(), partial });
    const first = errors[0];
    if (first) throw badInput(first.field, first.message);
    return values;
  }

  private checkReason(value: string | null | undefined, field: string, what: string): string {
    const error = reasonError(value, what);
    if (error) throw badInput(field, error);
    return value!.trim();
  }

  /** A territory of the viewer's own organization (or none). */
  private async checkTerritory(
    viewer: Viewer,
    id: string | null | undefined,
  ): Promise<string | null> {
    if (!id) return null;
    const rows: unknown[] = isUuid(id)
      ? await this.ctx.db.query(
          `SELECT 1 FROM territories WHERE id = $1 AND organization_id = $2`,
          [id, viewer.organizationId],
        )
      : [];
    if (rows.length === 0)
      throw badInput("territoryId", "Choose one of your organization's territories.");
    return id;
  }

  private record(
    tx: EntityManager,
    viewer: Viewer,
    row: DealRow,
    events: {
      action: DealEventAction;
      from: DealStatus | null;
      to: DealStatus;
      note?: string | null;
      data?: Record<string, unknown>;
    }[],
  ): Promise<void> {
    return recordAudit(
      tx,
      events.map((e) => ({
        partnerId: row.partner_id,
        actorId: viewer.userId,
        entityType: "deal",
        entityId: row.id,
        action: e.action,
        fromStatus: e.from,
        toStatus: e.to,
        note: e.note ?? null,
        data: e.data ?? null,
      })),
    );
  }

  /** Submissions and withdrawals go to the partner's channel manager; decisions to the owner. */
  private notify(
    tx: EntityManager,
    row: DealRow,
    type: DealNotificationType,
    body: string | null = null,
  ): Promise<void> {
    const toVendor = type === "DEAL_SUBMITTED" || type === "DEAL_WITHDRAWN";
    const notification: NewNotification = {
      to: toVendor ? { channelManagerOf: row.partner_id } : { userId: row.owner_id },
      type,
      title: dealNotificationTitle(type, row.number, row.customer_name),
      body,
      entityType: "deal",
      entityId: row.id,
    };
    return sendNotifications(tx, [notification]);
  }
}
