import {
  checkQuotaAmount,
  quotaAttainment,
  quotaOverlapMessage,
  quotaPeriod,
  QuotaPeriodError,
  quotaPeriodKindOf,
  quotaPeriodLabel,
  quotaPeriodLastDay,
  quotaTargetsOf,
  type QuotaPeriod,
  type QuotaTargetKind,
} from "@prm/domain";
import type { EntityManager } from "typeorm";
import type { Viewer } from "../../auth/viewer";
import { AppError, badInput, conflict, forbidden, notFound } from "../../common/errors";
import { decodeCursor, toConnection, type Connection } from "../../common/pagination";
import { resolvePeriodArg } from "../../common/period";
import { SqlParams } from "../../common/sql-params";
import { isUuid } from "../../common/uuid";
import type { Context } from "../../context";
import { recordAudit } from "../audit/audit-log";
import { quotaInstantsSql, quotaWonAmountSql } from "../metrics/metrics.sql";
import type { QuotaFilter, SetQuotaInput } from "./quota.inputs";
import {
  editableQuotasSql,
  quotaPartnersSql,
  quotaSellersSql,
  visibleQuotasSql,
} from "./quota.scope";
import { QuotaType } from "./quota.types";

interface QuotaRow {
  id: string;
  organization_id: string;
  user_id: string | null;
  period_start: string;
  period_end: string;
  amount: string;
  won_amount: string;
  set_by_id: string | null;
  updated_at: Date;
  can_edit: boolean;
}

/** A quota's columns, its won amount and whether the viewer may change it, over `quotas q`. */
function quotaColumns(params: SqlParams, viewer: Viewer): string {
  return `q.id, q.organization_id, q.user_id, q.period_start::text AS period_start,
    q.period_end::text AS period_end, q.amount::text AS amount,
    round(coalesce(${quotaWonAmountSql("q")}, 0), 2)::text AS won_amount,
    q.set_by_id, q.updated_at,
    coalesce(${params.scope((first) => editableQuotasSql(viewer, "q", first))}, FALSE) AS can_edit`;
}

function toQuota(row: QuotaRow): QuotaType {
  const kind = quotaPeriodKindOf(row.period_start, row.period_end);
  // The table's check constraint admits calendar periods only.
  if (!kind) throw new Error(`Quota ${row.id} is not a calendar period`);
  return Object.assign(new QuotaType(), {
    id: row.id,
    targetKind: (row.user_id ? "SELLER" : "PARTNER") satisfies QuotaTargetKind,
    periodKind: kind,
    periodStart: row.period_start,
    periodEnd: quotaPeriodLastDay({ end: row.period_end }),
    periodLabel: quotaPeriodLabel({ kind, start: row.period_start }),
    amount: row.amount,
    wonAmount: row.won_amount,
    attainment: quotaAttainment(row.won_amount, row.amount),
    updatedAt: row.updated_at,
    canEdit: row.can_edit,
    partnerId: row.organization_id,
    sellerId: row.user_id,
    setById: row.set_by_id,
  });
}

/** Whose quota: the partner organization, and the seller for a seller's quota. */
interface Target {
  organizationId: string;
  userId: string | null;
}

const EXCLUSION_VIOLATION = "23P01";

function isExclusionViolation(error: unknown): boolean {
  const { driverError } = (error ?? {}) as { driverError?: { code?: unknown } };
  return driverError?.code === EXCLUSION_VIOLATION;
}

/**
 * Quotas per partner organization and per seller: reading them with their attainment (scoped by
 * visibleQuotasSql) and setting or deleting them (editableQuotasSql), each change audited in its
 * transaction.
 */
export class QuotaService {
  constructor(private readonly ctx: Context) {}

  async list(
    viewer: Viewer,
    filter: QuotaFilter | null | undefined,
    page: { first: number; after?: string | null },
  ): Promise<Connection<QuotaType>> {
    const params = new SqlParams();
    const conditions = [params.scope((first) => visibleQuotasSql(viewer, "q", first))];
    if (filter?.partnerId) conditions.push(`q.organization_id = ${params.bind(filter.partnerId)}`);
    if (filter?.sellerId) conditions.push(`q.user_id = ${params.bind(filter.sellerId)}`);
    if (filter?.targetKind) {
      conditions.push(
        filter.targetKind === "SELLER" ? "q.user_id IS NOT NULL" : "q.user_id IS NULL",
      );
    }
    const range = resolvePeriodArg(filter?.period, "filter.period");
    if (range) {
      const period = quotaInstantsSql("q");
      conditions.push(`${period.from} < ${params.bind(range.to.toISOString())}::timestamptz
        AND ${period.to} > ${params.bind(range.from.toISOString())}::timestamptz`);
    }
    const filtered = conditions.join(" AND ");
    let after = "TRUE";
    const cursor = decodeCursor(page.after, [(key) => /^\d{4}-\d{2}-\d{2}$/.test(key), isUuid]);
    if (cursor) {
      const [start, id] = cursor as [string, string];
      const s = `${params.bind(start)}::date`;
      after = `(q.period_start < ${s} OR (q.period_start = ${s} AND q.id > ${params.bind(id)}::uuid))`;
    }
    const columns = quotaColumns(params, viewer);
    const rows: (Partial<QuotaRow> & { total_count: number })[] = await this.ctx.db.query(
      `SELECT t.total_count, page.*
         FROM (SELECT count(*)::int AS total_count FROM quotas q WHERE ${filtered}) t
         LEFT JOIN LATERAL (
           SELECT ${columns} FROM quotas q WHERE ${filtered} AND ${after}
            ORDER BY q.period_start DESC, q.id LIMIT ${params.bind(page.first + 1)}) page ON TRUE
        ORDER BY page.period_start DESC, page.id`,
      params.values,
    );
    const found = rows.filter((row) => row.id) as (QuotaRow & { total_count: number })[];
    return toConnection(found, page.first, rows[0]?.total_count ?? 0, toQuota, (row) => [
      row.period_start,
      row.id,
    ]);
  }

  async set(viewer: Viewer, input: SetQuotaInput): Promise<QuotaType> {
    const period = this.checkPeriod(input);
    const checked = checkQuotaAmount(input.amount.trim());
    if (!checked.ok) throw badInput("amount", checked.message);
    const amount = checked.amount;
    try {
      const id = await this.ctx.db.transaction(async (tx) => {
        const target = await this.findTarget(tx, viewer, input);
        await this.lockTarget(tx, target);
        const overlapping: {
          id: string;
          period_start: string;
          period_end: string;
          amount: string;
        }[] = await tx.query(
          `SELECT id, period_start::text AS period_start, period_end::text AS period_end,
                    amount::text AS amount
               FROM quotas
              WHERE ${target.userId ? "user_id = $1" : "organization_id = $1 AND user_id IS NULL"}
                AND daterange(period_start, period_end) && daterange($2::date, $3::date)
              ORDER BY period_start`,
          [target.userId ?? target.organizationId, period.start, period.end],
        );
        const same = overlapping.find(
          (q) => q.period_start === period.start && q.period_end === period.end,
        );
        const others = overlapping.filter((q) => q !== same);
        if (others.length > 0) {
          throw conflict(
            quotaOverlapMessage(
              others.map((q) => ({
                kind: quotaPeriodKindOf(q.period_start, q.period_end) ?? period.kind,
                start: q.period_start,
              })),
            ),
          );
        }
        if (same) {
          const [updated]: [{ id: string; before: string; after: string }[], number] =
            await tx.query(
              `UPDATE quotas q SET amount = $2, set_by_id = $3, updated_at = now()
               FROM (SELECT amount FROM quotas WHERE id = $1) before
              WHERE q.id = $1 AND q.amount <> $2::numeric
              RETURNING q.id, before.amount::text AS before, q.amount::text AS after`,
              [same.id, amount, viewer.userId],
            );
          const change = updated[0];
          if (change) {
            await this.audit(tx, viewer, target, change.id, "UPDATE", period, {
              from: change.before,
              to: change.after,
            });
          }
          return same.id;
        }
        const [created]: { id: string; amount: string }[] = await tx.query(
          `INSERT INTO quotas (organization_id, user_id, period_start, period_end, amount, set_by_id)
           VALUES ($1, $2, $3, $4, $5, $6) RETURNING id, amount::text AS amount`,
          [target.organizationId, target.userId, period.start, period.end, amount, viewer.userId],
        );
        await this.audit(tx, viewer, target, created!.id, "CREATE", period, {
          amount: created!.amount,
        });
        return created!.id;
      });
      return this.reload(viewer, id);
    } catch (error) {
      // The constraint behind the check above, should a write elsewhere get past the lock.
      if (isExclusionViolation(error)) {
        throw conflict(
          "This target already has a quota that overlaps that period. Change or delete that quota instead.",
        );
      }
      throw error;
    }
  }

  /** Deletes a quota the viewer may change; returns its id. */
  async delete(viewer: Viewer, id: string): Promise<string> {
    if (!isUuid(id)) throw notFound("The quota");
    await this.ctx.db.transaction(async (tx) => {
      const scope = editableQuotasSql(viewer, "q", 2);
      const [deleted]: [
        {
          organization_id: string;
          user_id: string | null;
          period_start: string;
          period_end: string;
          amount: string;
        }[],
        number,
      ] = await tx.query(
        `DELETE FROM quotas q WHERE q.id = $1 AND ${scope.sql}
         RETURNING q.organization_id, q.user_id, q.period_start::text AS period_start,
                   q.period_end::text AS period_end, q.amount::text AS amount`,
        [id, ...scope.params],
      );
      const row = deleted[0];
      if (!row) throw notFound("The quota");
      const kind = quotaPeriodKindOf(row.period_start, row.period_end)!;
      await this.audit(
        tx,
        viewer,
        { organizationId: row.organization_id, userId: row.user_id },
        id,
        "DELETE",
        { kind, start: row.period_start, end: row.period_end },
        { amount: row.amount },
      );
    });
    return id;
  }

  private checkPeriod(input: SetQuotaInput): QuotaPeriod {
    try {
      return quotaPeriod(input.periodKind, input.periodStart);
    } catch (error) {
      if (error instanceof QuotaPeriodError) throw badInput("periodStart", error.message);
      throw error;
    }
  }

  /** The partner or seller the input names, if the viewer sets their quotas; else refused. */
  private async findTarget(
    tx: EntityManager,
    viewer: Viewer,
    input: SetQuotaInput,
  ): Promise<Target> {
    const { partnerId, sellerId } = input;
    if (Boolean(partnerId) === Boolean(sellerId)) {
      throw badInput(partnerId ? "sellerId" : "partnerId", "Give either partnerId or sellerId.");
    }
    const kind: QuotaTargetKind = partnerId ? "PARTNER" : "SELLER";
    if (!quotaTargetsOf(viewer.role).includes(kind)) {
      throw forbidden(
        kind === "PARTNER"
          ? "Partner quotas are set by the partner's channel manager or the vendor admin."
          : "Sellers' quotas are set by their sales manager or their organization's sales operations.",
      );
    }
    if (partnerId) {
      const scope = quotaPartnersSql(viewer, "o", 2);
      const rows: { id: string }[] = await tx.query(
        `SELECT o.id FROM organizations o WHERE o.id = $1 AND ${scope.sql}`,
        [partnerId, ...scope.params],
      );
      if (!rows[0]) throw notFound("The partner");
      return { organizationId: rows[0].id, userId: null };
    }
    const scope = quotaSellersSql(viewer, "u", 2);
    const rows: { id: string; organization_id: string }[] = await tx.query(
      `SELECT u.id, u.organization_id FROM users u WHERE u.id = $1 AND ${scope.sql}`,
      [sellerId, ...scope.params],
    );
    if (!rows[0]) throw notFound("The seller");
    return { organizationId: rows[0].organization_id, userId: rows[0].id };
  }

  /** Puts the changes of one target's quotas in line, so the overlap check holds when writing. */
  private async lockTarget(tx: EntityManager, target: Target): Promise<void> {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended('prm:quotas:' || $1, 0))`, [
      target.userId ?? target.organizationId,
    ]);
  }

  private audit(
    tx: EntityManager,
    viewer: Viewer,
    target: Target,
    quotaId: string,
    action: "CREATE" | "UPDATE" | "DELETE",
    period: QuotaPeriod,
    data: Record<string, unknown>,
  ): Promise<void> {
    return recordAudit(tx, [
      {
        partnerId: target.organizationId,
        actorId: viewer.userId,
        entityType: "quota",
        entityId: quotaId,
        action,
        data: {
          targetKind: target.userId ? "SELLER" : "PARTNER",
          sellerId: target.userId,
          periodKind: period.kind,
          periodStart: period.start,
          periodEnd: period.end,
          ...data,
        },
      },
    ]);
  }

  private async reload(viewer: Viewer, id: string): Promise<QuotaType> {
    const params = new SqlParams();
    const columns = quotaColumns(params, viewer);
    const rows: QuotaRow[] = await this.ctx.db.query(
      `SELECT ${columns} FROM quotas q WHERE q.id = ${params.bind(id)}`,
      params.values,
    );
    if (!rows[0]) throw new AppError("NOT_FOUND", "The quota was not found.");
    return toQuota(rows[0]);
  }
}
