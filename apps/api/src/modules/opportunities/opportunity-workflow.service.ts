import {
  can,
  canMoveStage,
  checkOpportunityFields,
  checkStageMove,
  isActionLegalInStage,
  isClosedStage,
  isOpenStage,
  OPEN_STAGES,
  OPPORTUNITY_OPERATION_PERMISSIONS,
  OPPORTUNITY_OWNER_ROLES,
  opportunityNotificationTitle,
  reopenReasonError,
  STAGE_LABELS,
  STAGE_PROBABILITY,
  type LossReason,
  type OpportunityAction,
  type OpportunityFieldValues,
  type OpportunityStage,
} from "@prm/domain";
import type { EntityManager } from "typeorm";
import type { Viewer } from "../../auth/viewer";
import { badInput, conflict, forbidden, notFound } from "../../common/errors";
import type { Context } from "../../context";
import { recordAudit } from "../audit/audit-log";
import { sendNotifications } from "../notifications/notification-outbox";
import { visibleTeamMembersSql } from "../users/user.scope";
import type {
  MoveOpportunityStageInput,
  ReassignOpportunityInput,
  ReopenOpportunityInput,
  UpdateOpportunityInput,
} from "./opportunity.inputs";
import {
  findVisibleOpportunity,
  opportunityColumns,
  OpportunitySqlParams,
  toOpportunityType,
  type OpportunityRow,
} from "./opportunity.rows";
import type { OpportunityType } from "./opportunity.types";

const todayUtc = () => new Date().toISOString().slice(0, 10);

/** Columns of the editable fields, with how each value is cast. */
const FIELD_COLUMNS: { [K in keyof OpportunityFieldValues]: [column: string, cast: string] } = {
  name: ["name", "varchar"],
  amount: ["amount", "numeric"],
  expectedCloseDate: ["expected_close_date", "date"],
  nextStep: ["next_step", "varchar"],
};

/** What each field looked like in a row, for the audit trail's before and after. */
const FIELD_OF_ROW: { [K in keyof OpportunityFieldValues]: (row: OpportunityRow) => unknown } = {
  name: (row) => row.name,
  amount: (row) => row.amount,
  expectedCloseDate: (row) => row.expected_close_date,
  nextStep: (row) => row.next_step,
};

const STALE_MESSAGE =
  "Someone else changed this opportunity after you opened it; nothing was saved. Load it again to see their changes, then make yours.";

const WRONG_STAGE: Record<OpportunityAction, string> = {
  EDIT: "it is closed; reopen it to change it",
  MOVE_STAGE: "it is closed; reopen it to move it",
  REASSIGN: "it is closed; its owner keeps it",
  REOPEN: "it is open; only closed opportunities are reopened",
};

/** The stage a row moves to, with what it changes besides the stage. */
interface StageChange {
  to: OpportunityStage;
  lossReason?: LossReason | null;
  lossNote?: string | null;
  /** Why (reopenings). */
  reason?: string | null;
}

/**
 * Changing opportunities: edits, stage moves, reopenings and reassignments. Each one locks the
 * opportunity within the viewer's scope (so concurrent changes queue up and each sees the last
 * one's result), checks it, writes it with its stage history and audit event, in one transaction.
 */
export class OpportunityWorkflowService {
  constructor(private readonly ctx: Context) {}

  update(viewer: Viewer, input: UpdateOpportunityInput): Promise<OpportunityType> {
    const { errors, values } = checkOpportunityFields(input, { today: todayUtc() });
    const first = errors[0];
    if (first) throw badInput(first.field, first.message);
    const fields = Object.keys(values) as (keyof OpportunityFieldValues)[];
    if (fields.length === 0) {
      throw badInput(
        "input",
        "Give at least one field to change: name, amount, expectedCloseDate or nextStep.",
      );
    }
    return this.change(viewer, input.id, "EDIT", input.version, async (tx, current) => {
      const params = new OpportunitySqlParams();
      const sets = fields.map((field) => {
        const [column, cast] = FIELD_COLUMNS[field];
        return `${column} = ${params.bind(values[field])}::${cast}`;
      });
      const row = await this.updateRow(tx, params, current.id, sets);
      const changes = Object.fromEntries(
        fields.map((field) => [
          field,
          { from: FIELD_OF_ROW[field](current), to: FIELD_OF_ROW[field](row) },
        ]),
      );
      await this.record(tx, viewer, row, "UPDATE", { data: { changes } });
      return row;
    });
  }

  moveStage(viewer: Viewer, input: MoveOpportunityStageInput): Promise<OpportunityType> {
    const { errors, lossReason, lossNote } = checkStageMove(input);
    const first = errors[0];
    if (first) throw badInput(first.field, first.message);
    return this.change(viewer, input.id, "MOVE_STAGE", input.version, async (tx, current) => {
      if (!canMoveStage(current.stage, input.stage)) {
        throw conflict(`This opportunity is already in ${STAGE_LABELS[input.stage]}.`);
      }
      const row = await this.changeStage(tx, viewer, current, {
        to: input.stage,
        lossReason,
        lossNote,
      });
      await this.record(tx, viewer, row, "MOVE_STAGE", {
        from: current.stage,
        note: lossNote,
        data: lossReason ? { lossReason } : null,
      });
      return row;
    });
  }

  reopen(viewer: Viewer, input: ReopenOpportunityInput): Promise<OpportunityType> {
    const reasonError = reopenReasonError(input.reason);
    if (reasonError) throw badInput("reason", reasonError);
    if (!isOpenStage(input.stage)) {
      throw badInput("stage", `Reopen it in an open stage: ${OPEN_STAGES.join(", ")}.`);
    }
    const reason = input.reason.trim();
    return this.change(viewer, input.id, "REOPEN", null, async (tx, current) => {
      const row = await this.changeStage(tx, viewer, current, { to: input.stage, reason });
      await this.record(tx, viewer, row, "REOPEN", { from: current.stage, note: reason });
      return row;
    });
  }

  reassign(viewer: Viewer, input: ReassignOpportunityInput): Promise<OpportunityType> {
    return this.change(viewer, input.id, "REASSIGN", null, async (tx, current) => {
      if (input.ownerId === current.owner_id) {
        throw badInput("ownerId", "It is already theirs; choose another owner.");
      }
      const params = new OpportunitySqlParams();
      const candidate = params.bind(input.ownerId);
      const partner = params.bind(current.partner_id);
      const roles = params.bind(OPPORTUNITY_OWNER_ROLES);
      const team = params.scope((first) => visibleTeamMembersSql(viewer, "u", first));
      const owners: unknown[] = await tx.query(
        `SELECT 1 FROM users u
          WHERE u.id = ${candidate}::uuid AND u.organization_id = ${partner}::uuid AND u.active
            AND u.role = ANY(${roles}::varchar[]) AND ${team}`,
        params.values,
      );
      if (owners.length === 0) {
        throw badInput(
          "ownerId",
          "The new owner must be an active seller or sales manager of your team: yourself or a direct report for a sales manager, anyone in the organization for sales operations.",
        );
      }
      const update = new OpportunitySqlParams();
      const row = await this.updateRow(tx, update, current.id, [
        `owner_id = ${update.bind(input.ownerId)}::uuid`,
      ]);
      await this.record(tx, viewer, row, "REASSIGN", {
        data: { fromOwnerId: current.owner_id, toOwnerId: row.owner_id },
      });
      if (row.owner_id !== viewer.userId) {
        await sendNotifications(tx, [
          {
            to: { userId: row.owner_id },
            type: "OPPORTUNITY_ASSIGNED",
            title: opportunityNotificationTitle("OPPORTUNITY_ASSIGNED", row.name),
            entityType: "opportunity",
            entityId: row.id,
          },
        ]);
      }
      return row;
    });
  }

  /**
   * One change in a transaction: the opportunity locked within the viewer's scope (NOT_FOUND
   * outside it), at the version the viewer saw (when given), in a stage the action applies to;
   * then `work`.
   */
  private async change(
    viewer: Viewer,
    id: string,
    action: OpportunityAction,
    version: number | null | undefined,
    work: (tx: EntityManager, current: OpportunityRow) => Promise<OpportunityRow>,
  ): Promise<OpportunityType> {
    if (!can(viewer.role, OPPORTUNITY_OPERATION_PERMISSIONS[action])) throw forbidden();
    const row = await this.ctx.db.transaction(async (tx) => {
      const current = await findVisibleOpportunity(tx, viewer, id, { forUpdate: true });
      if (!current) throw notFound("Opportunity");
      if (version != null && version !== current.version) throw conflict(STALE_MESSAGE);
      if (!isActionLegalInStage(action, current.stage)) {
        throw conflict(
          `This opportunity is ${STAGE_LABELS[current.stage]}: ${WRONG_STAGE[action]}.`,
        );
      }
      return work(tx, current);
    });
    return toOpportunityType(row);
  }

  /** Sets `sets` on the (locked) opportunity, bumping its version. */
  private async updateRow(
    tx: EntityManager,
    params: OpportunitySqlParams,
    id: string,
    sets: string[],
  ): Promise<OpportunityRow> {
    // Wrapped in a SELECT so that TypeORM returns plain rows on every driver ([rows, count] for
    // a bare UPDATE).
    const rows: OpportunityRow[] = await tx.query(
      `WITH changed AS (
         UPDATE opportunities o SET ${sets.join(", ")}, version = o.version + 1, updated_at = now()
          WHERE o.id = ${params.bind(id)}::uuid RETURNING ${opportunityColumns("o")})
       SELECT * FROM changed`,
      params.values,
    );
    if (!rows[0]) throw new Error(`Locked opportunity ${id} was not updated`);
    return rows[0];
  }

  /**
   * Moves the (locked) opportunity to another stage with the stage's probability, and writes its
   * stage-history row, in one statement. Closing sets closedAt; reopening clears it; closing as
   * lost records the reason and note, winning clears them. The clock is read when the statement
   * runs — after the lock was granted — so history rows are in the order the moves happened.
   */
  private async changeStage(
    tx: EntityManager,
    viewer: Viewer,
    current: OpportunityRow,
    change: StageChange,
  ): Promise<OpportunityRow> {
    const params = new OpportunitySqlParams();
    const id = params.bind(current.id);
    const to = params.bind(change.to);
    const closing = isClosedStage(change.to);
    const loss =
      change.to === "CLOSED_LOST"
        ? [
            `loss_reason = ${params.bind(change.lossReason)}`,
            `loss_note = ${params.bind(change.lossNote ?? null)}`,
          ]
        : change.to === "CLOSED_WON"
          ? ["loss_reason = NULL", "loss_note = NULL"]
          : [];
    const rows: OpportunityRow[] = await tx.query(
      `WITH clock AS (SELECT clock_timestamp() AS at),
       moved AS (
         UPDATE opportunities o
            SET stage = ${to}, probability = ${params.bind(STAGE_PROBABILITY[change.to])},
                closed_at = ${closing ? "clock.at" : "NULL"}, ${loss.map((s) => `${s}, `).join("")}
                version = o.version + 1, updated_at = clock.at
           FROM clock WHERE o.id = ${id}::uuid
         RETURNING ${opportunityColumns("o")}),
       history AS (
         INSERT INTO opportunity_stage_changes
           (opportunity_id, partner_id, owner_id, from_stage, to_stage, amount, changed_by_id,
            changed_at, reason)
         SELECT moved.id, moved.partner_id, moved.owner_id, ${params.bind(current.stage)}::varchar,
                moved.stage, moved.amount::numeric,
                ${params.bind(viewer.userId)}::uuid, clock.at, ${params.bind(change.reason ?? null)}::varchar
           FROM moved, clock)
       SELECT * FROM moved`,
      params.values,
    );
    if (!rows[0]) throw new Error(`Locked opportunity ${current.id} was not moved`);
    return rows[0];
  }

  private record(
    tx: EntityManager,
    viewer: Viewer,
    row: OpportunityRow,
    action: "UPDATE" | OpportunityAction,
    details: {
      from?: OpportunityStage;
      note?: string | null;
      data?: Record<string, unknown> | null;
    },
  ): Promise<void> {
    return recordAudit(tx, [
      {
        partnerId: row.partner_id,
        actorId: viewer.userId,
        entityType: "opportunity",
        entityId: row.id,
        action,
        fromStatus: details.from ?? row.stage,
        toStatus: row.stage,
        note: details.note ?? null,
        data: details.data ?? null,
      },
    ]);
  }
}
