import type { Viewer } from "../../auth/viewer";
import { anyText, decodeCursor, toConnection, type Connection } from "../../common/pagination";
import { SqlParams } from "../../common/sql-params";
import { isUuid } from "../../common/uuid";
import type { Context } from "../../context";
import type { AccountsArgs } from "./account.inputs";
import { ACCOUNT_COLUMNS, toAccountType, type AccountRow } from "./account.rows";
import { visibleAccountsSql } from "./account.scope";
import type { AccountType } from "./account.types";

const escapeLike = (s: string) => s.replace(/[\\%_]/g, "\\$&");

/** Reading accounts: the list and one account, in the viewer's scope. */
export class AccountReadService {
  constructor(private readonly ctx: Context) {}

  /** Accounts in the viewer's scope by name, one keyset page at a time. */
  async accounts(viewer: Viewer, args: AccountsArgs): Promise<Connection<AccountType>> {
    const params = new SqlParams();
    const where = [params.scope((first) => visibleAccountsSql(viewer, "a", first))];
    const search = args.search?.trim();
    if (search) {
      const like = params.bind(`%${escapeLike(search)}%`);
      where.push(`(a.name ILIKE ${like} OR a.domain ILIKE ${like})`);
    }
    const filter = where.join(" AND ");
    const countParams = [...params.values];
    const after = decodeCursor(args.after, [anyText, isUuid]);
    if (after) {
      const [name, id] = after;
      where.push(`(a.name, a.id) > (${params.bind(name)}::varchar, ${params.bind(id)}::uuid)`);
    }
    const limit = params.bind(args.first + 1);
    const [rows, counts] = await Promise.all([
      this.ctx.db.query(
        `SELECT ${ACCOUNT_COLUMNS} FROM accounts a WHERE ${where.join(" AND ")}
          ORDER BY a.name, a.id LIMIT ${limit}`,
        params.values,
      ) as Promise<AccountRow[]>,
      this.ctx.db.query(
        `SELECT count(*)::int AS n FROM accounts a WHERE ${filter}`,
        countParams,
      ) as Promise<{ n: number }[]>,
    ]);
    return toConnection(rows, args.first, counts[0]?.n ?? 0, toAccountType, (row) => [
      row.name,
      row.id,
    ]);
  }

  /** One account in the viewer's scope, or null. */
  async account(viewer: Viewer, id: string): Promise<AccountType | null> {
    const row = await findVisibleAccount(this.ctx, viewer, id);
    return row && toAccountType(row);
  }
}

/** One account by id within the viewer's scope, or null (also for ids that are not UUIDs). */
export async function findVisibleAccount(
  ctx: Pick<Context, "db">,
  viewer: Viewer,
  id: string,
): Promise<AccountRow | null> {
  if (!isUuid(id)) return null;
  const params = new SqlParams();
  const rows: AccountRow[] = await ctx.db.query(
    `SELECT ${ACCOUNT_COLUMNS} FROM accounts a
      WHERE a.id = ${params.bind(id)}::uuid AND ${params.scope((first) => visibleAccountsSql(viewer, "a", first))}`,
    params.values,
  );
  return rows[0] ?? null;
}
