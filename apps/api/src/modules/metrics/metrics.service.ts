import { type DateRange, type Role } from "@prm/domain";
import type { Context } from "../../context";
import type { Viewer } from "../../auth/viewer";
import { anyText, decodeCursor, toConnection, type Connection } from "../../common/pagination";
import { isUuid } from "../../common/uuid";
import { requireTeamPartner } from "../users/team-args";
import { UserType } from "../users/user.types";
import {
  FigureSql,
  MetricParams,
  PARTNER_SELECT,
  closedFiguresOf,
  figuresOf,
  partnerOf,
  partnersCte,
  stagesOf,
  type ClosedColumns,
  type FigureColumns,
  type PartnerColumns,
  type StageFigures,
  STAGE_FIGURES_JSON,
} from "./metrics.sql";
import type {
  PartnerDetail,
  PartnerPerformance,
  PartnerPerformanceOrder,
  PartnerPipelineRow,
  PartnerPerformanceSort,
  PartnerWinLossRow,
  PartnerWonRow,
  SellerPerformance,
} from "./metrics.types";

export const TOP_SELLERS = 5;

/** The column each partners-list ordering sorts by, and how its cursor key is read back. */
const PERFORMANCE_ORDER: Record<PartnerPerformanceSort, { column: string; cast: string }> = {
  NAME: { column: "partner_name", cast: "text" },
  WON_AMOUNT: { column: "won_sort", cast: "numeric" },
  OPEN_AMOUNT: { column: "open_sort", cast: "numeric" },
  QUOTA_AMOUNT: { column: "quota_sort", cast: "numeric" },
  QUOTA_ATTAINMENT: { column: "attainment_sort", cast: "numeric" },
};
const NUMERIC_KEY = /^-?\d{1,20}(\.\d{1,40})?$/;

interface SellerColumns {
  seller_id: string;
  seller_email: string;
  seller_name: string;
  seller_role: Role;
  seller_active: boolean;
  seller_organization_id: string;
  seller_manager_id: string | null;
}

const SELLER_SELECT = `m.id AS seller_id, m.email AS seller_email, m.name AS seller_name,
  m.role AS seller_role, m.active AS seller_active, m.organization_id AS seller_organization_id,
  m.manager_id AS seller_manager_id`;

function sellerPerformanceOf(row: SellerColumns & FigureColumns): SellerPerformance {
  const seller = Object.assign(new UserType(), {
    id: row.seller_id,
    email: row.seller_email,
    name: row.seller_name,
    role: row.seller_role,
    active: row.seller_active,
    organizationId: row.seller_organization_id,
    managerId: row.seller_manager_id,
  });
  return { seller, ...figuresOf(row) };
}

type PerformanceRow = PartnerColumns & FigureColumns;

function partnerPerformanceOf(
  row: PerformanceRow,
  options?: { stages: boolean },
): PartnerPerformance {
  return { partner: partnerOf(row), ...figuresOf(row, options) };
}

/**
 * The channel manager's partner metrics and the partner managers' team metrics (METRICS in the
 * domain package), each operation one SQL statement built from FigureSql over the viewer's
 * partners (visiblePartnersSql) or team members (visibleTeamMembersSql).
 */
export class MetricsService {
  constructor(private readonly ctx: Context) {}

  /** WON_AMOUNT and WON_COUNT per partner, highest won amount first, then name; `limit` rows. */
  async partnerLeaderboard(
    viewer: Viewer,
    range: DateRange,
    limit: number,
  ): Promise<PartnerWonRow[]> {
    const params = new MetricParams();
    const figures = new FigureSql(params, { owner: "partner", ids: "SELECT id FROM p", range });
    const rows: (PartnerColumns & { won_amount: string; won_count: number; rank: number })[] =
      await this.ctx.db.query(
        `WITH ${partnersCte(params, viewer)}, ${figures.closedCte(false)}
         SELECT ${PARTNER_SELECT},
                round(coalesce(closed.won_amount, 0), 2)::text AS won_amount,
                coalesce(closed.won_count, 0)::int AS won_count,
                (row_number() OVER (ORDER BY coalesce(closed.won_amount, 0) DESC, p.name, p.id))::int AS rank
           FROM p LEFT JOIN closed ON closed.k = p.id
          ORDER BY rank
          LIMIT ${params.bind(limit)}`,
        params.values,
      );
    return rows.map((row) => ({
      partner: partnerOf(row),
      wonAmount: row.won_amount,
      wonCount: row.won_count,
      rank: row.rank,
    }));
  }

  /**
   * OPEN_AMOUNT, WEIGHTED_AMOUNT and OPEN_COUNT per partner and open stage: the `limit` partners
   * with the most open pipeline (then by name), then — when the viewer sees more partners — one
   * row without a partner summing all the others, stage by stage, with how many they are.
   */
  async pipelineByPartner(
    viewer: Viewer,
    range: DateRange,
    limit: number,
  ): Promise<PartnerPipelineRow[]> {
    const params = new MetricParams();
    const figures = new FigureSql(params, { owner: "partner", ids: "SELECT id FROM p", range });
    const top = `${params.bind(limit)}::int`;
    const rows: (Partial<PartnerColumns> & {
      open_amount: string;
      weighted_amount: string;
      open_count: number;
      by_stage: StageFigures;
      other_partner_count: number;
    })[] = await this.ctx.db.query(
      `WITH ${partnersCte(params, viewer)}, ${figures.openCtes()},
       ranked AS (
         SELECT p.id, row_number() OVER (ORDER BY coalesce(t.amount, 0) DESC, p.name, p.id) AS rank
           FROM p LEFT JOIN ${figures.openTotal} t ON t.k = p.id),
       others_by_stage AS (
         SELECT s.stage, sum(s.amount) AS amount, sum(s.weighted) AS weighted, sum(s.count) AS count
           FROM ${figures.open} s JOIN ranked r ON r.id = s.k
          WHERE r.rank > ${top}
          GROUP BY s.stage),
       ${figures.stagesCte("top_stages", `SELECT id FROM ranked WHERE rank <= ${top}`)}
       SELECT ${PARTNER_SELECT},
              round(coalesce(t.amount, 0), 2)::text AS open_amount,
              round(coalesce(t.weighted, 0), 2)::text AS weighted_amount,
              coalesce(t.count, 0)::int AS open_count,
              top_stages.by_stage,
              0 AS other_partner_count, r.rank
         FROM ranked r JOIN p ON p.id = r.id LEFT JOIN ${figures.openTotal} t ON t.k = p.id
         LEFT JOIN top_stages ON top_stages.k = p.id
        WHERE r.rank <= ${top}
       UNION ALL
       SELECT NULL, NULL, NULL, NULL, NULL,
              round((SELECT coalesce(sum(amount), 0) FROM others_by_stage), 2)::text,
              round((SELECT coalesce(sum(weighted), 0) FROM others_by_stage), 2)::text,
              (SELECT coalesce(sum(count), 0) FROM others_by_stage)::int,
              (SELECT ${STAGE_FIGURES_JSON} FROM others_by_stage s),
              count(*)::int, ${top} + 1
         FROM ranked WHERE rank > ${top}
       HAVING count(*) > 0
        ORDER BY rank`,
      params.values,
    );
    return rows.map((row) => ({
      partner: row.partner_id ? partnerOf(row as PartnerColumns) : null,
      openAmount: row.open_amount,
      weightedAmount: row.weighted_amount,
      openCount: row.open_count,
      byStage: stagesOf(row.by_stage),
      otherPartnerCount: row.other_partner_count,
    }));
  }

  /**
   * WON/LOST counts and amounts (closed in the period) and WIN_RATE(_BY_AMOUNT): every partner
   * by name; or, with a `limit`, the `limit` partners that closed the most (won + lost, then by
   * name), then — when the viewer sees more partners — one row without a partner summing all the
   * others, with how many they are (the vendor admin's widget: ten rows, not two thousand).
   */
  async partnerWinLoss(
    viewer: Viewer,
    range: DateRange,
    limit: number | null,
  ): Promise<PartnerWinLossRow[]> {
    const params = new MetricParams();
    const figures = new FigureSql(params, { owner: "partner", ids: "SELECT id FROM p", range });
    const top = limit === null ? null : `${params.bind(limit)}::int`;
    const closedColumns = (row: string) => `
      coalesce(${row}.won_count, 0) AS won_count, coalesce(${row}.won_amount, 0) AS won_amount,
      coalesce(${row}.lost_count, 0) AS lost_count, coalesce(${row}.lost_amount, 0) AS lost_amount`;
    const figureColumns = (sum: (column: string) => string) => `
      ${sum("won_count")}::int AS won_count, round(${sum("won_amount")}, 2)::text AS won_amount,
      ${sum("lost_count")}::int AS lost_count, round(${sum("lost_amount")}, 2)::text AS lost_amount`;
    const rows: (Partial<PartnerColumns> & ClosedColumns & { other_partner_count: number })[] =
      await this.ctx.db.query(
        `WITH ${partnersCte(params, viewer)}, ${figures.closedCte(false)},
         ranked AS (
           SELECT p.*, ${closedColumns("closed")},
                  row_number() OVER (
                    ORDER BY coalesce(closed.won_count, 0) + coalesce(closed.lost_count, 0) DESC,
                             p.name, p.id) AS rank
             FROM p LEFT JOIN closed ON closed.k = p.id)
         SELECT ${PARTNER_SELECT}, ${figureColumns((column) => `p.${column}`)},
                0 AS other_partner_count, p.rank
           FROM ranked p
         ${
           top === null
             ? "ORDER BY partner_name, partner_id"
             : `WHERE p.rank <= ${top}
         UNION ALL
         SELECT NULL, NULL, NULL, NULL, NULL, ${figureColumns((column) => `sum(${column})`)},
                count(*)::int, ${top} + 1
           FROM ranked WHERE rank > ${top}
         HAVING count(*) > 0
          ORDER BY rank`
         }`,
        params.values,
      );
    return rows.map((row) =>
      Object.assign(closedFiguresOf(row), {
        partner: row.partner_id ? partnerOf(row as PartnerColumns) : null,
        otherPartnerCount: row.other_partner_count,
      }),
    );
  }

  /**
   * The partners list: every figure per partner, one keyset page in the requested order (ties
   * by name, then id). The total and the page come from one statement; the open pipeline by
   * stage only when `stages` (the SPA's list does not show it).
   */
  async partnerPerformance(
    viewer: Viewer,
    range: DateRange,
    page: { first: number; after?: string | null; orderBy: PartnerPerformanceOrder },
    { stages }: { stages: boolean },
  ): Promise<Connection<PartnerPerformance>> {
    const params = new MetricParams();
    const figures = new FigureSql(params, { owner: "partner", ids: "SELECT id FROM p", range });
    const order = PERFORMANCE_ORDER[page.orderBy.field];
    const direction = page.orderBy.direction === "ASC" ? "ASC" : "DESC";
    const ctes = `WITH ${partnersCte(params, viewer)}, ${figures.allCtes()},
      perf AS (SELECT ${PARTNER_SELECT}, ${figures.columns("p.id", { stages: false })}
                 FROM p ${figures.joins("p.id")})`;

    let afterCondition = "TRUE";
    const after = decodeCursor(page.after, [
      (key) => order.cast !== "numeric" || NUMERIC_KEY.test(key),
      anyText,
      isUuid,
    ]);
    if (after) {
      const [key, name, id] = after as [string, string, string];
      const k = `${params.bind(key)}::${order.cast}`;
      afterCondition = `(${order.column} ${direction === "ASC" ? ">" : "<"} ${k}
        OR (${order.column} = ${k} AND (partner_name, partner_id) > (${params.bind(name)}, ${params.bind(id)}::uuid)))`;
    }
    const byStage = stages
      ? {
          cte: `, ${figures.stagesCte("page_stages", "SELECT partner_id FROM page")}`,
          column: ", page_stages.by_stage",
          join: "LEFT JOIN page_stages ON page_stages.k = page.partner_id",
        }
      : { cte: "", column: "", join: "" };
    const rows: (Partial<PerformanceRow> & { total_count: number; sort_key: string | null })[] =
      await this.ctx.db.query(
        `${ctes},
         page AS (
           SELECT * FROM perf WHERE ${afterCondition}
            ORDER BY ${order.column} ${direction}, partner_name, partner_id
            LIMIT ${params.bind(page.first + 1)})${byStage.cte}
         SELECT t.total_count, page.*, page.${order.column}::text AS sort_key${byStage.column}
           FROM (SELECT count(*)::int AS total_count FROM perf) t
           LEFT JOIN page ON TRUE
           ${byStage.join}
          ORDER BY page.${order.column} ${direction}, page.partner_name, page.partner_id`,
        params.values,
      );
    const found = rows.filter((row) => row.partner_id) as (PerformanceRow & {
      sort_key: string;
    })[];
    return toConnection(
      found,
      page.first,
      rows[0]?.total_count ?? 0,
      (row) => partnerPerformanceOf(row, { stages }),
      (row) => [row.sort_key, row.partner_name, row.partner_id],
    );
  }

  /**
   * Per team member the viewer sees (visibleTeamMembersSql), optionally of one partner (which the
   * vendor side must name): every figure, highest won amount first, then name.
   */
  async teamPerformance(
    viewer: Viewer,
    range: DateRange,
    partnerId: string | null,
  ): Promise<SellerPerformance[]> {
    requireTeamPartner(viewer, partnerId);
    const params = new MetricParams();
    const figures = new FigureSql(params, { owner: "seller", ids: "SELECT id FROM m", range });
    const rows: (SellerColumns & FigureColumns)[] = await this.ctx.db.query(
      `WITH ${this.membersCte(params, viewer, partnerId)}, ${figures.allCtes()}
       SELECT ${SELLER_SELECT}, ${figures.columns("m.id")}
         FROM m ${figures.joins("m.id")}
        ORDER BY won_sort DESC, m.name, m.id`,
      params.values,
    );
    return rows.map(sellerPerformanceOf);
  }

  /**
   * One partner the viewer sees, with its figures, pipeline by stage and top sellers, in one
   * statement; null when the viewer does not see it (or the id is not a UUID).
   */
  async partnerDetail(
    viewer: Viewer,
    range: DateRange,
    partnerId: string,
  ): Promise<PartnerDetail | null> {
    if (!isUuid(partnerId)) return null;
    const params = new MetricParams();
    const partner = new FigureSql(params, { owner: "partner", ids: "SELECT id FROM p", range });
    const sellers = new FigureSql(params, {
      owner: "seller",
      ids: "SELECT id FROM m",
      range,
      prefix: "seller_",
    });
    const rows: (PerformanceRow & { top_sellers: (SellerColumns & FigureColumns)[] })[] =
      await this.ctx.db.query(
        `WITH ${partnersCte(params, viewer, partnerId)}, ${partner.allCtes()},
              ${this.membersCte(params, viewer, partnerId)},
              ${sellers.allCtes()}
         SELECT ${PARTNER_SELECT}, ${partner.columns("p.id")},
                (SELECT coalesce(json_agg(t ORDER BY t.won_sort DESC, t.seller_name, t.seller_id), '[]')
                   FROM (SELECT ${SELLER_SELECT}, ${sellers.columns("m.id")}
                           FROM m ${sellers.joins("m.id")}
                          ORDER BY won_sort DESC, m.name, m.id
                          LIMIT ${params.bind(TOP_SELLERS)}) t) AS top_sellers
           FROM p ${partner.joins("p.id")}`,
        params.values,
      );
    const row = rows[0];
    if (!row) return null;
    const performance = partnerPerformanceOf(row);
    return {
      partner: performance.partner,
      performance,
      topSellers: row.top_sellers.map(sellerPerformanceOf),
    };
  }

  /** CTE `m`: the team members the viewer sees, of one partner when `partnerId` is given. */
  private membersCte(params: MetricParams, viewer: Viewer, partnerId: string | null): string {
    const one = partnerId ? ` AND u.organization_id = ${params.bind(partnerId)}::uuid` : "";
    return `m AS (SELECT u.* FROM users u WHERE ${params.visibleTeamMembers(viewer, "u")}${one})`;
  }
}
