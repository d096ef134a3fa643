import {
  checkActivityFields,
  isTask,
  type ActivityFieldsInput,
  type ActivityFieldValues,
  type ActivityType,
} from "@prm/domain";
import type { EntityManager } from "typeorm";
import type { Viewer } from "../../auth/viewer";
import { badInput, forbidden, notFound } from "../../common/errors";
import { SqlParams } from "../../common/sql-params";
import { isUuid } from "../../common/uuid";
import type { Context } from "../../context";
import { findVisibleAccount } from "../accounts/account.service";
import { visibleOpportunitiesSql } from "../opportunities/opportunity.scope";
import type { LogActivityInput, UpdateActivityInput } from "./activity.inputs";
import {
  ACTIVITY_COLUMNS,
  findVisibleActivity,
  toActivityNode,
  type ActivityRow,
} from "./activity.rows";
import { visibleActivitiesSql } from "./activity.scope";
import type { ActivityNode } from "./activity.types";

const FIELD_COLUMNS: { [K in keyof ActivityFieldValues]: [column: string, cast: string] } = {
  subject: ["subject", "varchar"],
  body: ["body", "text"],
  occurredAt: ["occurred_at", "timestamptz"],
  dueAt: ["due_at", "timestamptz"],
};

/**
 * Logging, editing, deleting and completing activities. Callers hold activity:write (partner
 * roles). Each write is one transaction that also keeps its opportunity's lastActivityAt — the
 * latest time any of its activities happened — right.
 */
export class ActivityWriteService {
  constructor(private readonly ctx: Context) {}

  async log(viewer: Viewer, input: LogActivityInput): Promise<ActivityNode> {
    const now = new Date();
    const values = checkFields(input, input.type, now, false) as ActivityFieldValues;
    if (input.opportunityId && input.accountId) {
      throw badInput(
        "accountId",
        "Give opportunityId or accountId, not both: an opportunity's activities are on its account too.",
      );
    }
    if (!input.opportunityId && !input.accountId) {
      throw badInput("opportunityId", "Say which opportunity or account the activity is about.");
    }
    const row = await this.ctx.db.transaction(async (tx) => {
      const target = input.opportunityId
        ? await lockVisibleOpportunity(tx, viewer, input.opportunityId)
        : await this.visibleAccount(tx, viewer, input.accountId!);
      const contactId = await checkContact(tx, viewer, input.contactId, target.accountId);
      const inserted: ActivityRow[] = await tx.query(
        `INSERT INTO activities AS a (partner_id, owner_id, type, subject, body, opportunity_id,
           account_id, contact_id, occurred_at, due_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         RETURNING ${ACTIVITY_COLUMNS}`,
        [
          viewer.organizationId,
          viewer.userId,
          input.type,
          values.subject,
          values.body,
          target.opportunityId,
          target.accountId,
          contactId ?? null,
          (isTask(input.type) ? now : values.occurredAt).toISOString(),
          values.dueAt?.toISOString() ?? null,
        ],
      );
      await refreshLastActivity(tx, target.opportunityId);
      return inserted[0]!;
    });
    return toActivityNode(row);
  }

  /** The author's own activity only; someone else's that the viewer sees is FORBIDDEN. */
  update(viewer: Viewer, input: UpdateActivityInput): Promise<ActivityNode> {
    return this.onOwnActivity(viewer, input.id, "edit", async (tx, current) => {
      const values = checkFields(input, current.type, new Date(), true);
      const contactId = await checkContact(tx, viewer, input.contactId, current.account_id);
      const params = new SqlParams();
      const sets = [
        "updated_at = now()",
        ...Object.entries(values).map(([field, value]) => {
          const [column, cast] = FIELD_COLUMNS[field as keyof ActivityFieldValues];
          const bound = value instanceof Date ? value.toISOString() : value;
          return `${column} = ${params.bind(bound)}::${cast}`;
        }),
        ...(contactId === undefined ? [] : [`contact_id = ${params.bind(contactId)}::uuid`]),
      ];
      const rows: ActivityRow[] = await tx.query(
        `WITH changed AS (
           UPDATE activities a SET ${sets.join(", ")} WHERE a.id = ${params.bind(current.id)}::uuid
           RETURNING ${ACTIVITY_COLUMNS})
         SELECT * FROM changed`,
        params.values,
      );
      if (values.occurredAt !== undefined) await refreshLastActivity(tx, current.opportunity_id);
      return rows[0]!;
    });
  }

  /** Deletes the author's own activity; returns it as it was. */
  delete(viewer: Viewer, id: string): Promise<ActivityNode> {
    return this.onOwnActivity(viewer, id, "delete", async (tx, current) => {
      await tx.query(`DELETE FROM activities WHERE id = $1`, [current.id]);
      await refreshLastActivity(tx, current.opportunity_id);
      return current;
    });
  }

  /**
   * Completes a task: the author's own, a sales manager's reports', sales ops' organization's —
   * exactly the tasks their scope shows them. Completing a done task again changes nothing and
   * returns it as it is (when it was first completed).
   */
  async complete(viewer: Viewer, id: string): Promise<ActivityNode> {
    if (!isUuid(id)) throw notFound("Activity");
    const params = new SqlParams();
    const idParam = params.bind(id);
    const scope = params.scope((first) => visibleActivitiesSql(viewer, "cur", first));
    const rows: ActivityRow[] = await this.ctx.db.query(
      `WITH cur AS (
         SELECT cur.id FROM activities cur WHERE cur.id = ${idParam}::uuid AND ${scope}
            FOR UPDATE OF cur),
       changed AS (
         UPDATE activities a SET completed_at = now(), updated_at = now()
           FROM cur WHERE a.id = cur.id AND a.type = 'TASK' AND a.completed_at IS NULL
         RETURNING ${ACTIVITY_COLUMNS})
       SELECT * FROM changed`,
      params.values,
    );
    if (rows[0]) return toActivityNode(rows[0]);
    const current = await findVisibleActivity(this.ctx.db, viewer, id);
    if (!current) throw notFound("Activity");
    if (!isTask(current.type)) {
      throw badInput("id", `Only tasks can be completed; this activity is a ${current.type}.`);
    }
    return toActivityNode(current);
  }

  /**
   * Runs `work` in a transaction on an activity the viewer sees (else NOT_FOUND), locked, once
   * it is sure the viewer wrote it (else FORBIDDEN: authors edit and delete their own); its
   * opportunity is locked too, so lastActivityAt is computed after concurrent writes to it.
   */
  private async onOwnActivity(
    viewer: Viewer,
    id: string,
    verb: "edit" | "delete",
    work: (tx: EntityManager, current: ActivityRow) => Promise<ActivityRow>,
  ): Promise<ActivityNode> {
    const row = await this.ctx.db.transaction(async (tx) => {
      const current = await findVisibleActivity(tx, viewer, id, { lock: true });
      if (!current) throw notFound("Activity");
      if (current.owner_id !== viewer.userId) {
        throw forbidden(`Only the author of an activity can ${verb} it.`);
      }
      if (current.opportunity_id) {
        await tx.query(`SELECT 1 FROM opportunities WHERE id = $1 FOR NO KEY UPDATE`, [
          current.opportunity_id,
        ]);
      }
      return work(tx, current);
    });
    return toActivityNode(row);
  }

  private async visibleAccount(tx: EntityManager, viewer: Viewer, accountId: string) {
    const account = await findVisibleAccount({ db: tx }, viewer, accountId);
    if (!account) throw notFound("Account");
    return { opportunityId: null, accountId: account.id };
  }
}

function checkFields(
  input: ActivityFieldsInput,
  type: ActivityType,
  now: Date,
  partial: boolean,
): Partial<ActivityFieldValues> {
  const { errors, values } = checkActivityFields(input, { type, now, partial });
  const first = errors[0];
  if (first) throw badInput(first.field, first.message);
  return values;
}

/**
 * An opportunity in the viewer's scope, locked until the transaction ends (so that concurrent
 * writes to its activities take turns), with its account; else NOT_FOUND.
 */
async function lockVisibleOpportunity(
  tx: EntityManager,
  viewer: Viewer,
  id: string,
): Promise<{ opportunityId: string; accountId: string | null }> {
  if (!isUuid(id)) throw notFound("Opportunity");
  const params = new SqlParams();
  const rows: { id: string; account_id: string | null }[] = await tx.query(
    `SELECT o.id, o.account_id FROM opportunities o
      WHERE o.id = ${params.bind(id)}::uuid
        AND ${params.scope((first) => visibleOpportunitiesSql(viewer, "o", first))}
        FOR NO KEY UPDATE OF o`,
    params.values,
  );
  const row = rows[0];
  if (!row) throw notFound("Opportunity");
  return { opportunityId: row.id, accountId: row.account_id };
}

/**
 * The contact to set: undefined (absent: unchanged), null (none), or one of the viewer's
 * organization's contacts at the account — anything else is BAD_USER_INPUT on contactId.
 */
async function checkContact(
  tx: EntityManager,
  viewer: Viewer,
  contactId: string | null | undefined,
  accountId: string | null,
): Promise<string | null | undefined> {
  if (contactId == null) return contactId;
  const rows: unknown[] =
    isUuid(contactId) && accountId
      ? await tx.query(
          `SELECT 1 FROM contacts WHERE id = $1 AND partner_id = $2 AND account_id = $3`,
          [contactId, viewer.organizationId, accountId],
        )
      : [];
  if (rows.length === 0) {
    throw badInput(
      "contactId",
      accountId
        ? "Choose one of your organization's contacts at this account."
        : "This opportunity has no account, so no contacts to choose from.",
    );
  }
  return contactId;
}

/** Sets an opportunity's lastActivityAt to the latest time one of its activities happened. */
async function refreshLastActivity(tx: EntityManager, opportunityId: string | null): Promise<void> {
  if (!opportunityId) return;
  await tx.query(
    `UPDATE opportunities o
        SET last_activity_at = (SELECT max(a.occurred_at) FROM activities a WHERE a.opportunity_id = o.id)
      WHERE o.id = $1`,
    [opportunityId],
  );
}
