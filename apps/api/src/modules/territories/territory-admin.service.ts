import { checkTerritoryName, territoryDeleteRefusal } from "@prm/domain";
import type { EntityManager } from "typeorm";
import type { Viewer } from "../../auth/viewer";
import { badInput, conflict, notFound } from "../../common/errors";
import { isUuid } from "../../common/uuid";
import type { Context } from "../../context";
import { recordAudit, type AuditEntry } from "../audit/audit-log";
import type {
  CreateTerritoryInput,
  SetTerritoryUsersInput,
  UpdateTerritoryInput,
} from "./territory.inputs";
import { manageableTerritoriesSql } from "./territory.scope";
import { lockOrganizationTerritories } from "./territory-assignments";
import { loadTerritoryDetails } from "./territory.service";
import type { TerritoryType } from "./territory.types";

interface TerritoryRow {
  id: string;
  name: string;
  parent_id: string | null;
  organization_id: string;
}

const NOT_FOUND = "The territory";
const PARENT_MESSAGE = "Choose one of your organization's territories as the parent.";

/**
 * Sales operations' changes to their organization's territory tree, each in one transaction under
 * the organization's territory lock, with its audit event. Territories outside the viewer's
 * organization are not found; a refused change changes nothing.
 */
export class TerritoryAdminService {
  constructor(private readonly ctx: Context) {}

  async create(viewer: Viewer, input: CreateTerritoryInput): Promise<TerritoryType> {
    const name = this.checkName(input.name);
    const id = await this.ctx.db.transaction(async (tx) => {
      await lockOrganizationTerritories(tx, viewer.organizationId);
      const parentId = input.parentId ?? null;
      if (parentId && !(await this.find(tx, viewer, parentId))) {
        throw badInput("parentId", PARENT_MESSAGE);
      }
      await this.checkNameFree(tx, viewer.organizationId, parentId, name, null);
      const rows: { id: string }[] = await tx.query(
        `INSERT INTO territories (organization_id, parent_id, name)
         SELECT o.id, $2, $3 FROM organizations o WHERE o.id = $1 AND o.kind = 'PARTNER'
         RETURNING id`,
        [viewer.organizationId, parentId, name],
      );
      const created = rows[0];
      if (!created) throw badInput("name", "Only partner organizations have territories.");
      await this.audit(tx, viewer, created.id, "CREATE", { name, parentId });
      return created.id;
    });
    return this.reload(viewer, id);
  }

  async update(viewer: Viewer, input: UpdateTerritoryInput): Promise<TerritoryType> {
    const name = input.name == null ? null : this.checkName(input.name);
    await this.ctx.db.transaction(async (tx) => {
      await lockOrganizationTerritories(tx, viewer.organizationId);
      const current = await this.find(tx, viewer, input.id);
      if (!current) throw notFound(NOT_FOUND);
      const events: AuditEntry[] = [];
      let parentId = current.parent_id;
      if (input.parentId !== undefined && input.parentId !== current.parent_id) {
        parentId = input.parentId;
        if (parentId) await this.checkMove(tx, viewer, current, parentId);
        events.push(
          this.event(viewer, current.id, "MOVE", { from: current.parent_id, to: parentId }),
        );
      }
      const newName = name ?? current.name;
      if (newName !== current.name) {
        events.push(this.event(viewer, current.id, "RENAME", { from: current.name, to: newName }));
      }
      if (events.length === 0) return;
      await this.checkNameFree(tx, viewer.organizationId, parentId, newName, current.id);
      await tx.query(
        `UPDATE territories SET name = $2, parent_id = $3, updated_at = now() WHERE id = $1`,
        [current.id, newName, parentId],
      );
      await recordAudit(tx, events);
    });
    return this.reload(viewer, input.id);
  }

  /** Deletes an empty territory; returns its id. */
  async delete(viewer: Viewer, id: string): Promise<string> {
    await this.ctx.db.transaction(async (tx) => {
      await lockOrganizationTerritories(tx, viewer.organizationId);
      const current = await this.find(tx, viewer, id);
      if (!current) throw notFound(NOT_FOUND);
      const [contents]: { children: number; users: number; deals: number }[] = await tx.query(
        `SELECT (SELECT count(*) FROM territories c WHERE c.parent_id = $1)::int AS children,
                (SELECT count(*) FROM user_territories ut WHERE ut.territory_id = $1)::int AS users,
                (SELECT count(*) FROM deals d WHERE d.territory_id = $1)::int AS deals`,
        [id],
      );
      const refusal = territoryDeleteRefusal(current.name, contents!);
      if (refusal) throw conflict(refusal);
      await tx.query(`DELETE FROM territories WHERE id = $1`, [id]);
      await this.audit(tx, viewer, id, "DELETE", {
        name: current.name,
        parentId: current.parent_id,
      });
    });
    return id;
  }

  /** Makes `userIds` exactly the people who cover the territory. */
  async setUsers(viewer: Viewer, input: SetTerritoryUsersInput): Promise<TerritoryType> {
    const userIds = [...new Set(input.userIds)];
    await this.ctx.db.transaction(async (tx) => {
      await lockOrganizationTerritories(tx, viewer.organizationId);
      const territory = await this.find(tx, viewer, input.territoryId);
      if (!territory) throw notFound(NOT_FOUND);
      const people: { id: string }[] = await tx.query(
        `SELECT id FROM users WHERE id = ANY($1::uuid[]) AND organization_id = $2`,
        [userIds, viewer.organizationId],
      );
      if (people.length !== userIds.length) {
        throw badInput("userIds", "Choose people of your organization.");
      }
      const [removed]: [{ user_id: string }[], number] = await tx.query(
        `DELETE FROM user_territories WHERE territory_id = $1 AND NOT (user_id = ANY($2::uuid[]))
         RETURNING user_id`,
        [territory.id, userIds],
      );
      const added: { user_id: string }[] = await tx.query(
        `INSERT INTO user_territories (territory_id, user_id)
         SELECT $1, id FROM unnest($2::uuid[]) AS id ON CONFLICT DO NOTHING RETURNING user_id`,
        [territory.id, userIds],
      );
      if (added.length + removed.length > 0) {
        await this.audit(tx, viewer, territory.id, "SET_USERS", {
          added: added.map((row) => row.user_id),
          removed: removed.map((row) => row.user_id),
        });
      }
    });
    return this.reload(viewer, input.territoryId);
  }

  private checkName(raw: string): string {
    const checked = checkTerritoryName(raw);
    if (!checked.ok) throw badInput("name", checked.message);
    return checked.name;
  }

  /** One of the territories the viewer may change, locked for the transaction; or null. */
  private async find(tx: EntityManager, viewer: Viewer, id: string): Promise<TerritoryRow | null> {
    if (!isUuid(id)) return null;
    const scope = manageableTerritoriesSql(viewer, "t", 2);
    const rows: TerritoryRow[] = await tx.query(
      `SELECT t.id, t.name, t.parent_id, t.organization_id FROM territories t
        WHERE t.id = $1 AND ${scope.sql} FOR UPDATE`,
      [id, ...scope.params],
    );
    return rows[0] ?? null;
  }

  /** The new parent is the organization's, and neither the territory itself nor one under it. */
  private async checkMove(
    tx: EntityManager,
    viewer: Viewer,
    territory: TerritoryRow,
    parentId: string,
  ): Promise<void> {
    const parent = await this.find(tx, viewer, parentId);
    if (!parent) throw badInput("parentId", PARENT_MESSAGE);
    const [cycle]: { inside: boolean }[] = await tx.query(
      `WITH RECURSIVE up AS (
         SELECT t.id, t.parent_id FROM territories t WHERE t.id = $1
         UNION
         SELECT p.id, p.parent_id FROM territories p JOIN up ON p.id = up.parent_id)
       SELECT EXISTS (SELECT 1 FROM up WHERE up.id = $2) AS inside`,
      [parent.id, territory.id],
    );
    if (cycle!.inside) {
      throw badInput(
        "parentId",
        parent.id === territory.id
          ? `${territory.name} cannot be moved under itself.`
          : `${territory.name} cannot be moved under ${parent.name}, which is inside it.`,
      );
    }
  }

  /** Sibling territories have different names (whatever the case). */
  private async checkNameFree(
    tx: EntityManager,
    organizationId: string,
    parentId: string | null,
    name: string,
    exceptId: string | null,
  ): Promise<void> {
    const [row]: { taken: boolean; parent_name: string | null }[] = await tx.query(
      `SELECT EXISTS (SELECT 1 FROM territories
                       WHERE organization_id = $1 AND parent_id IS NOT DISTINCT FROM $2::uuid
                         AND lower(name) = lower($3) AND id IS DISTINCT FROM $4::uuid) AS taken,
              (SELECT name FROM territories WHERE id = $2::uuid) AS parent_name`,
      [organizationId, parentId, name, exceptId],
    );
    if (row!.taken) {
      const where = row!.parent_name ? `under ${row!.parent_name}` : "at the top level";
      throw conflict(`There is already a territory named "${name}" ${where}; choose another name.`);
    }
  }

  private event(
    viewer: Viewer,
    territoryId: string,
    action: string,
    data: Record<string, unknown>,
  ): AuditEntry {
    return {
      partnerId: viewer.organizationId,
      actorId: viewer.userId,
      entityType: "territory",
      entityId: territoryId,
      action,
      data,
    };
  }

  private audit(
    tx: EntityManager,
    viewer: Viewer,
    territoryId: string,
    action: string,
    data: Record<string, unknown>,
  ): Promise<void> {
    return recordAudit(tx, [this.event(viewer, territoryId, action, data)]);
  }

  private async reload(viewer: Viewer, id: string): Promise<TerritoryType> {
    const [territory] = await loadTerritoryDetails(this.ctx.db, viewer, [id]);
    if (!territory) throw notFound(NOT_FOUND);
    return territory;
  }
}
