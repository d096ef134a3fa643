import { overseesPartners } from "@prm/domain";
import type { Context } from "../../context";
import type { Viewer } from "../../auth/viewer";
import { anyText, decodeCursor, toConnection, type Connection } from "../../common/pagination";
import { isUuid } from "../../common/uuid";
import { referencedUser } from "../users/user.loaders";
import type { UserType } from "../users/user.types";
import { OrganizationType } from "./organization.types";
import { visiblePartnersSql } from "./organization.scope";

interface PartnerRow {
  id: string;
  name: string;
  kind: "PARTNER";
  tier: OrganizationType["tier"];
  channel_manager_id: string | null;
}

export class OrganizationService {
  constructor(private readonly ctx: Context) {}

  /** A partner's channel manager: for the vendor side, and for the partner's own people. */
  channelManagerOf(viewer: Viewer, org: OrganizationType): Promise<UserType | null> | null {
    const mayKnow = overseesPartners(viewer.role) || viewer.organizationId === org.id;
    return mayKnow ? referencedUser(this.ctx, org.channelManagerId) : null;
  }

  /** Partner organizations in the viewer's scope, by name. */
  async partners(
    viewer: Viewer,
    args: { first: number; after?: string | null; search?: string | null },
  ): Promise<Connection<OrganizationType>> {
    const scope = visiblePartnersSql(viewer, "o", 1);
    const params: unknown[] = [...scope.params];
    const where = [scope.sql];
    if (args.search?.trim()) {
      params.push(`%${args.search.trim().replace(/[\\%_]/g, "\\$&")}%`);
      where.push(`o.name ILIKE $${params.length}`);
    }
    const filter = where.join(" AND ");
    const after = decodeCursor(args.after, [anyText, isUuid]);
    const pageParams = [...params];
    let pageFilter = filter;
    if (after) {
      pageParams.push(after[0], after[1]);
      pageFilter += ` AND (o.name, o.id) > ($${pageParams.length - 1}, $${pageParams.length}::uuid)`;
    }
    pageParams.push(args.first + 1);
    const [rows, counts] = await Promise.all([
      this.ctx.db.query(
        `SELECT o.id, o.name, o.kind, o.tier, o.channel_manager_id FROM organizations o
          WHERE ${pageFilter} ORDER BY o.name, o.id LIMIT $${pageParams.length}`,
        pageParams,
      ) as Promise<PartnerRow[]>,
      this.ctx.db.query(
        `SELECT count(*)::int AS n FROM organizations o WHERE ${filter}`,
        params,
      ) as Promise<{ n: number }[]>,
    ]);
    return toConnection(
      rows,
      args.first,
      counts[0]?.n ?? 0,
      (r) =>
        Object.assign(new OrganizationType(), {
          id: r.id,
          name: r.name,
          kind: r.kind,
          tier: r.tier,
          channelManagerId: r.channel_manager_id,
        }),
      (r) => [r.name, r.id],
    );
  }
}
