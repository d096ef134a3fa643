import { overseesPartners } from "@prm/domain";
import type { Context } from "../../context";
import type { Viewer } from "../../auth/viewer";
import { containsPattern } from "../../common/sql-params";
import { anyText, decodeCursor, toConnection, type Connection } from "../../common/pagination";
import { isUuid } from "../../common/uuid";
import { referencedUser } from "../users/user.loaders";
import type { UserType } from "../users/user.types";
import type { PartnersArgs } from "./organization.inputs";
import { OrganizationType } from "./organization.types";
import { visiblePartnersSql } from "./organization.scope";

interface PartnerRow {
  id: string;
  name: string;
  kind: "PARTNER";
  tier: OrganizationType["tier"];
  domain: string | null;
  active: boolean;
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
  async partners(viewer: Viewer, args: PartnersArgs): Promise<Connection<OrganizationType>> {
    const scope = visiblePartnersSql(viewer, "o", 1);
    const params: unknown[] = [...scope.params];
    const where = [scope.sql];
    if (args.search?.trim()) {
      params.push(containsPattern(args.search.trim()));
      where.push(`o.name ILIKE $${params.length}`);
    }
    if (args.active != null) {
      params.push(args.active);
      where.push(`o.active = $${params.length}`);
    }
    if (args.tier) {
      params.push(args.tier);
      where.push(`o.tier = $${params.length}`);
    }
    if (args.channelManagerId) {
      params.push(args.channelManagerId);
      where.push(`o.channel_manager_id = $${params.length}::uuid`);
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
        `SELECT o.id, o.name, o.kind, o.tier, o.domain, o.active, o.channel_manager_id FROM organizations o
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
          domain: r.domain,
          active: r.active,
          channelManagerId: r.channel_manager_id,
        }),
      (r) => [r.name, r.id],
    );
  }
}
