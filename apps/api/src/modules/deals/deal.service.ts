import {
  ACTION_ACTORS,
  can,
  checkDealFields,
  DEAL_STATUSES,
  dealNotificationTitle,
  isEditableStatus,
  MAX_PROTECTION_EXTENSION_DAYS,
  normalizeCompanyName,
  normalizeDomain,
  parseDealNumber,
  protectionExpiresAt,
  reasonError,
  STAGE_PROBABILITY,
  type DateRange,
  type DealEventAction,
  type DealFieldValues,
  type DealNotificationType,
  type DealStatus,
} from "@prm/domain";
import type { EntityManager } from "typeorm";
import { badInput, conflict, forbidden, notFound } from "../../common/errors";
import { isUuid } from "../../common/uuid";
import { decodeCursor, toConnection, type Connection } from "../../common/pagination";
import type { Context } from "../../context";
import type { Viewer } from "../../auth/viewer";
import { recordAudit } from "../audit/audit-log";
import { sendNotifications, type NewNotification } from "../notifications/notification-outbox";
import { claimSummary, findConflicts } from "./deal-conflicts";
import {
  assertActor,
  transitionDeal,
  updateDealConditionally,
  wrongStatusFor,
} from "./deal-transitions";
import type {
  ApproveDealInput,
  CheckDealConflictsInput,
  DealsArgs,
  DecideDealInput,
  ExtendDealProtectionInput,
  RegisterDealInput,
  UpdateDealInput,
} from "./deal.inputs";
import { DEAL_COLUMNS, findVisibleDeal, SqlParams, toDealType, type DealRow } from "./deal.rows";
import type { DealConflictCheck, DealOrder, DealStatusCount, DealType } from "./deal.types";

/** Each order's sort key, how to print it exactly for a cursor, and how to read it back. */
const ORDERS: Record<
  DealOrder,
  { key: string; direction: "ASC" | "DESC"; cast: string; text: string; valid: RegExp }
> = {
  NEWEST: timestampOrder("d.created_at", "DESC"),
  // Drafts have no submittedAt; 'infinity' puts them after every submitted deal.
  OLDEST_SUBMITTED: timestampOrder("coalesce(d.submitted_at, 'infinity')", "ASC"),
  AMOUNT_DESC: {
    key: "d.estimated_amount",
    direction: "DESC",
    cast: "numeric",
    text: "d.estimated_amount::text",
    valid: /^\d{1,12}(?:\.\d{1,2})?$/,
  },
  CLOSE_DATE: {
    key: "d.expected_close_date",
    direction: "ASC",
    cast: "date",
    text: "to_char(d.expected_close_date, 'YYYY-MM-DD')",
    valid: /^\d{4}-\d{2}-\d{2}$/,
  },
};

/**
 * A timestamptz as exact text for a cursor. PostgreSQL keeps microseconds and a JavaScript Date
 * only milliseconds: a cursor rounded to the millisecond would repeat or skip rows.
 */
function timestampOrder(key: string, direction: "ASC" | "DESC") {
  return {
    key,
    direction,
    cast: "timestamptz",
    text: `CASE WHEN isfinite(${key}) THEN to_char(${key} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') ELSE 'infinity' END`,
    valid: /^(?:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z|infinity)$/,
  };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, "\\$&");
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

export class DealService {
  constructor(private readonly ctx: Context) {}

  /** Deals in the viewer's scope, filtered, one keyset page at a time. */
  async deals(viewer: Viewer, args: DealsArgs): Promise<Connection<DealType>> {
    const params = new SqlParams();
    const where = [params.visibleDeals(viewer)];
    const f = args.filter ?? {};
    if (f.statuses?.length) where.push(`d.status = ANY(${params.bind(f.statuses)}::varchar[])`);
    if (f.partnerId) where.push(`d.partner_id = ${params.bind(f.partnerId)}::uuid`);
    if (f.ownerId) where.push(`d.owner_id = ${params.bind(f.ownerId)}::uuid`);
    const search = f.search?.trim();
    if (search) {
      const like = params.bind(`%${escapeLike(search)}%`);
      const number = parseDealNumber(search) ?? (/^\d{1,15}$/.test(search) ? Number(search) : -1);
      where.push(
        `(d.customer_name ILIKE ${like} OR d.customer_domain ILIKE ${like} OR d.number = ${params.bind(number)})`,
      );
    }
    const range = (column: string, from?: Date | null, to?: Date | null) => {
      if (from) where.push(`${column} >= ${params.bind(from.toISOString())}::timestamptz`);
      if (to) where.push(`${column} < ${params.bind(to.toISOString())}::timestamptz`);
    };
    range("d.created_at", f.createdFrom, f.createdTo);
    range("d.submitted_at", f.submittedFrom, f.submittedTo);
    const filter = where.join(" AND ");
    const countParams = [...params.values];

    const order = ORDERS[args.orderBy];
    const after = decodeCursor(args.after, 2);
    if (after) {
      const [afterKey, afterId] = after;
      if (!order.valid.test(String(afterKey)) || !isUuid(String(afterId))) {
        throw badInput("after", "The cursor is not valid; start again from the first page.");
      }
      const comparison = order.direction === "ASC" ? ">" : "<";
      where.push(
        `(${order.key}, d.id) ${comparison} (${params.bind(afterKey)}::${order.cast}, ${params.bind(afterId)}::uuid)`,
      );
    }
    const limit = params.bind(args.first + 1);

    const [rows, counts] = await Promise.all([
      this.ctx.db.query(
        `SELECT ${DEAL_COLUMNS}, ${order.text} AS sort_key FROM deals d
          WHERE ${where.join(" AND ")}
          ORDER BY ${order.key} ${order.direction}, d.id ${order.direction} LIMIT ${limit}`,
        params.values,
      ) as Promise<(DealRow & { sort_key: string })[]>,
      this.ctx.db.query(
        `SELECT count(*)::int AS n FROM deals d WHERE ${filter}`,
        countParams,
      ) as Promise<{ n: number }[]>,
    ]);
    return toConnection(rows, args.first, counts[0]?.n ?? 0, toDealType, (row) => [
      row.sort_key,
      row.id,
    ]);
  }

  /** A partner's most recently created deals in the viewer's scope, in one statement. */
  async recentDeals(viewer: Viewer, partnerId: string, limit: number): Promise<DealType[]> {
    const params = new SqlParams();
    const rows: DealRow[] = await this.ctx.db.query(
      `SELECT ${DEAL_COLUMNS} FROM deals d
        WHERE d.partner_id = ${params.bind(partnerId)}::uuid AND ${params.visibleDeals(viewer)}
        ORDER BY d.created_at DESC, d.id DESC LIMIT ${params.bind(limit)}`,
      params.values,
    );
    return rows.map(toDealType);
  }

  /** One deal in the viewer's scope, or null. */
  async deal(viewer: Viewer, id: string): Promise<DealType | null> {
    const row = await findVisibleDeal(this.ctx.db, viewer, id);
    return row && toDealType(row);
  }

  /**
   * How many deals the viewer can see are in each status, and their estimated amount, among
   * deals created in `period` (all time when null). Every status is listed, zeros included.
   */
  async statusCounts(viewer: Viewer, period: DateRange | null): Promise<DealStatusCount[]> {
    const params = new SqlParams();
    const statuses = params.bind(DEAL_STATUSES);
    const where = [params.visibleDeals(viewer)];
    if (period) {
      where.push(
        `d.created_at >= ${params.bind(period.from.toISOString())}::timestamptz`,
        `d.created_at < ${params.bind(period.to.toISOString())}::timestamptz`,
      );
    }
    return this.ctx.db.query(
      `WITH counted AS (
         SELECT d.status, count(*)::int AS count, sum(d.estimated_amount) AS amount
           FROM deals d WHERE ${where.join(" AND ")} GROUP BY d.status)
       SELECT s.status, coalesce(c.count, 0) AS count, round(coalesce(c.amount, 0), 2)::text AS amount
         FROM unnest(${statuses}::varchar[]) WITH ORDINALITY AS s(status, position)
         LEFT JOIN counted c ON c.status = s.status
        ORDER BY s.position`,
      params.values,
    );
  }

  /** Whether another partner claims the customer; the matches only for the vendor side. */
  async checkConflicts(viewer: Viewer, input: CheckDealConflictsInput): Promise<DealConflictCheck> {
    const name = input.customerName?.trim() ?? "";
    const domain = input.customerDomain?.trim() ?? "";
    const normalizedDomain = domain ? normalizeDomain(domain) : null;
    const normalizedName = name ? normalizeCompanyName(name) : "";
    if (!normalizedName && !normalizedDomain)
      return { claimed: false, claimedUntil: null, matches: null };
    const vendorSide = can(viewer.role, "deal:conflicts:read");
    const conflicts = await findConflicts(this.ctx.db, [
      {
        key: "input",
        normalizedName,
        normalizedDomain,
        partnerId: vendorSide ? null : viewer.organizationId,
        excludeDealId:
          input.excludeDealId && isUuid(input.excludeDealId) ? input.excludeDealId : null,
      },
    ]);
    const matches = conflicts.get("input") ?? [];
    return { ...claimSummary(matches), matches: vendorSide ? matches : null };
  }

  async register(viewer: Viewer, input: RegisterDealInput): Promise<DealType> {
    assertActor(viewer, "SUBMIT");
    const values = this.checkFields(input, false) as DealFieldValues;
    const key = input.idempotencyKey?.trim() || null;
    if (key && key.length > 100) {
      throw badInput("idempotencyKey", "The idempotency key can be at most 100 characters.");
    }
    const territoryId = await this.checkTerritory(viewer, input.territoryId);
    const submit = Boolean(input.submit);

    const row = await this.ctx.db.transaction(async (tx) => {
      const params = new SqlParams();
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
    assertActor(viewer, "SUBMIT");
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
    assertActor(viewer, action);
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
   * transaction. Over another partner's active protected claim it needs an override reason.
   */
  approve(viewer: Viewer, input: ApproveDealInput): Promise<DealType> {
    assertActor(viewer, "APPROVE");
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
      const source = (await tx.query(
        `SELECT normalized_name, normalized_domain FROM deals WHERE id = $1`,
        [current.id],
      )) as { normalized_name: string; normalized_domain: string }[];
      const conflicts =
        (
          await findConflicts(tx, [
            {
              key: current.id,
              normalizedName: source[0]!.normalized_name,
              normalizedDomain: source[0]!.normalized_domain,
              partnerId: current.partner_id,
              excludeDealId: current.id,
            },
          ])
        ).get(current.id) ?? [];
      const protectedConflicts = conflicts.filter((c) => c.protected);
      if (protectedConflicts.length > 0 && !overrideReason) {
        throw badInput(
          "overrideReason",
          "Another partner holds an active, protected claim on this customer; give an override reason to approve anyway.",
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
      const opportunityId = await createOpportunity(tx, row, viewer.userId);
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
    if (!ACTION_ACTORS.APPROVE.includes(viewer.role)) throw forbidden();
    if (
      !Number.isInteger(input.days) ||
      input.days < 1 ||
      input.days > MAX_PROTECTION_EXTENSION_DAYS
    ) {
      throw badInput("days", `Extend by 1 to ${MAX_PROTECTION_EXTENSION_DAYS} days.`);
    }
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

/** The approved deal's opportunity, under the partner's account for the customer (found or made). */
async function createOpportunity(
  tx: EntityManager,
  deal: DealRow,
  actorId: string,
): Promise<string> {
  const accounts: { id: string }[] = await tx.query(
    `WITH deal AS (SELECT * FROM deals WHERE id = $1),
     existing AS (
       SELECT a.id FROM accounts a, deal
        WHERE a.id = deal.account_id
           OR (deal.account_id IS NULL AND a.partner_id = deal.partner_id
               AND a.normalized_domain = deal.normalized_domain)
        ORDER BY a.created_at LIMIT 1),
     created AS (
       INSERT INTO accounts (partner_id, owner_id, name, domain, normalized_name, normalized_domain)
       SELECT partner_id, owner_id, customer_name, normalized_domain, normalized_name, normalized_domain
         FROM deal WHERE NOT EXISTS (SELECT 1 FROM existing)
       RETURNING id)
     SELECT id FROM existing UNION ALL SELECT id FROM created`,
    [deal.id],
  );
  const accountId = accounts[0]!.id;
  const opportunities: { id: string }[] = await tx.query(
    `INSERT INTO opportunities
       (deal_id, partner_id, owner_id, account_id, name, amount, stage, probability, expected_close_date)
     SELECT d.id, d.partner_id, d.owner_id, $2, d.customer_name, d.estimated_amount, 'QUALIFICATION', $3,
            d.expected_close_date
       FROM deals d WHERE d.id = $1
     RETURNING id`,
    [deal.id, accountId, STAGE_PROBABILITY.QUALIFICATION],
  );
  const opportunityId = opportunities[0]!.id;
  await tx.query(
    `INSERT INTO opportunity_stage_changes (opportunity_id, from_stage, to_stage, amount, changed_by_id)
     SELECT id, NULL, stage, amount, $2 FROM opportunities WHERE id = $1`,
    [opportunityId, actorId],
  );
  await tx.query(`UPDATE deals SET account_id = $2 WHERE id = $1`, [deal.id, accountId]);
  return opportunityId;
}
