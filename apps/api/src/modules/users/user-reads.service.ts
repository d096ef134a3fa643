import type { Viewer } from "../../auth/viewer";
import { anyText, decodeCursor, toConnection, type Connection } from "../../common/pagination";
import { containsPattern, SqlParams } from "../../common/sql-params";
import { isUuid } from "../../common/uuid";
import type { Context } from "../../context";
import type { UsersArgs } from "./user.inputs";
import { USER_COLUMNS, toUserType, type UserRow } from "./user.rows";
import { visibleUsersSql } from "./user.scope";
import type { UserType } from "./user.types";

/** Users as people to look up: the operators list and single users, scoped by visibleUsersSql. */
export class UserReadService {
  constructor(private readonly ctx: Context) {}

  /** The users the viewer may see, matching the filter, by name. */
  async list(viewer: Viewer, args: UsersArgs): Promise<Connection<UserType>> {
    const params = new SqlParams();
    const where = [params.scope((first) => visibleUsersSql(viewer, "u", first))];
    const filter = args.filter ?? {};
    if (filter.organizationId) {
      where.push(`u.organization_id = ${params.bind(filter.organizationId)}::uuid`);
    }
    const search = filter.search?.trim();
    if (search) {
      const like = params.bind(containsPattern(search));
      where.push(`(u.name ILIKE ${like} OR u.email ILIKE ${like})`);
    }
    if (filter.role) where.push(`u.role = ${params.bind(filter.role)}`);
    if (filter.managerId) where.push(`u.manager_id = ${params.bind(filter.managerId)}::uuid`);
    if (filter.territoryId) {
      where.push(
        `EXISTS (SELECT 1 FROM user_territories ut
                  WHERE ut.user_id = u.id AND ut.territory_id = ${params.bind(filter.territoryId)}::uuid)`,
      );
    }
    if (filter.active != null) where.push(`u.active = ${params.bind(filter.active)}`);
    if (filter.pendingInvitation != null) {
      where.push(`u.password_hash IS ${filter.pendingInvitation ? "" : "NOT "}NULL`);
    }
    const condition = where.join(" AND ");
    const countParams = [...params.values];

    const after = decodeCursor(args.after, [anyText, isUuid]);
    const page = after
      ? ` AND (u.name, u.id) > (${params.bind(after[0])}, ${params.bind(after[1])}::uuid)`
      : "";
    const limit = params.bind(args.first + 1);
    const [rows, counts] = await Promise.all([
      this.ctx.db.query(
        `SELECT ${USER_COLUMNS} FROM users u WHERE ${condition}${page}
          ORDER BY u.name, u.id LIMIT ${limit}`,
        params.values,
      ) as Promise<UserRow[]>,
      this.ctx.db.query(
        `SELECT count(*)::int AS n FROM users u WHERE ${condition}`,
        countParams,
      ) as Promise<{ n: number }[]>,
    ]);
    return toConnection(rows, args.first, counts[0]?.n ?? 0, toUserType, (r) => [r.name, r.id]);
  }

  /** One user the viewer may see, or null. */
  async one(viewer: Viewer, id: string): Promise<UserType | null> {
    if (!isUuid(id)) return null;
    const params = new SqlParams();
    const idParam = params.bind(id);
    const scope = params.scope((first) => visibleUsersSql(viewer, "u", first));
    const rows: UserRow[] = await this.ctx.db.query(
      `SELECT ${USER_COLUMNS} FROM users u WHERE u.id = ${idParam}::uuid AND ${scope}`,
      params.values,
    );
    return rows[0] ? toUserType(rows[0]) : null;
  }
}
