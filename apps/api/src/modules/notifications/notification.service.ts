import { isUuid } from "../../common/uuid";
import { badInput } from "../../common/errors";
import { decodeCursor, toConnection, type Connection } from "../../common/pagination";
import type { Context } from "../../context";
import type { Viewer } from "../../auth/viewer";
import type {
  MarkNotificationsReadInput,
  NotificationsArgs,
  NotificationType,
} from "./notification.types";

interface NotificationRow {
  id: string;
  type: string;
  title: string;
  body: string | null;
  entity_type: string | null;
  entity_id: string | null;
  read_at: Date | null;
  created_at: Date;
  sort_key: string;
}

const CURSOR_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** A viewer's own notifications; nobody ever reads or marks anyone else's. */
export class NotificationService {
  constructor(private readonly ctx: Context) {}

  async list(viewer: Viewer, args: NotificationsArgs): Promise<Connection<NotificationType>> {
    const where = ["n.user_id = $1"];
    const params: unknown[] = [viewer.userId];
    if (args.unreadOnly) where.push("n.read_at IS NULL");
    const countParams = [...params];
    const filter = where.join(" AND ");
    const after = decodeCursor(args.after, [(key) => CURSOR_TIMESTAMP.test(key), isUuid]);
    if (after) {
      const [key, id] = after;
      params.push(key, id);
      where.push(
        `(n.created_at, n.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`,
      );
    }
    params.push(args.first + 1);
    const [rows, counts] = await Promise.all([
      this.ctx.db.query(
        `SELECT n.id, n.type, n.title, n.body, n.entity_type, n.entity_id, n.read_at, n.created_at,
                to_char(n.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS sort_key
           FROM notifications n WHERE ${where.join(" AND ")}
          ORDER BY n.created_at DESC, n.id DESC LIMIT $${params.length}`,
        params,
      ) as Promise<NotificationRow[]>,
      this.ctx.db.query(
        `SELECT count(*)::int AS n FROM notifications n WHERE ${filter}`,
        countParams,
      ) as Promise<{ n: number }[]>,
    ]);
    return toConnection(
      rows,
      args.first,
      counts[0]?.n ?? 0,
      (row) => ({
        id: row.id,
        type: row.type,
        title: row.title,
        body: row.body,
        entityType: row.entity_type,
        entityId: row.entity_id,
        readAt: row.read_at,
        createdAt: row.created_at,
      }),
      (row) => [row.sort_key, row.id],
    );
  }

  async unreadCount(viewer: Viewer): Promise<number> {
    const rows: { n: number }[] = await this.ctx.db.query(
      `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL`,
      [viewer.userId],
    );
    return rows[0]?.n ?? 0;
  }

  /** Marks the viewer's own unread notifications read; returns how many changed. */
  async markRead(viewer: Viewer, input: MarkNotificationsReadInput): Promise<number> {
    if (!input.all && !input.ids?.length) {
      throw badInput("ids", "Give the ids of the notifications to mark read, or all: true.");
    }
    const rows: { id: string }[] = await this.ctx.db.query(
      `WITH marked AS (
         UPDATE notifications SET read_at = now()
          WHERE user_id = $1 AND read_at IS NULL AND ($2::boolean OR id = ANY($3::uuid[]))
          RETURNING id)
       SELECT id FROM marked`,
      [viewer.userId, Boolean(input.all), input.ids ?? []],
    );
    return rows.length;
  }
}
