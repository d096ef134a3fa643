import {
  CLAIMING_DEAL_STATUSES,
  CONFLICT_NAME_SIMILARITY,
  formatDealNumber,
  OPEN_STAGES,
} from "@prm/domain";
import type { PartnerTier } from "@prm/domain";
import type { RequestTransaction } from "../../database/principal";
import { OrganizationType } from "../organizations/organization.types";
import type { Viewer } from "../../auth/viewer";
import { SqlParams } from "../../common/sql-params";
import { visiblePartnersSql } from "../organizations/organization.scope";
import type { DealConflict, DealConflictKind } from "./deal.types";

/** The request's reads as its viewer (`manager`) and, for the cross-partner search, as the system. */
type RequestReads = Pick<RequestTransaction, "manager" | "asSystem">;

/** A customer to look for claims on, and the registration that must not conflict with itself. */
export interface ConflictSource {
  key: string;
  normalizedName: string;
  normalizedDomain: string | null;
  excludeDealId: string | null;
}

interface ConflictRow {
  key: string;
  kind: DealConflictKind;
  id: string;
  number: number | null;
  status: string;
  customer_name: string;
  customer_domain: string | null;
  amount: string;
  protection_expires_at: Date | null;
  protected: boolean;
  domain_match: boolean;
  similarity: number;
  partner_id: string;
  owner_id: string;
  /** The claim belongs to a partner the viewer sees (visiblePartnersSql): shown in full. */
  detailed: boolean;
  partner_name: string;
  partner_tier: PartnerTier | null;
  partner_channel_manager_id: string | null;
}

/**
 * Every other active claim on each source's customer, the claimant's own partner's included
 * (a colleague's registration is a duplicate too): registrations in a claiming status (approved
 * ones only while protected) and open opportunities, matched by equal normalized domain or
 * similar normalized name. `%` (pg_trgm's default 0.3 threshold) lets the GIN indexes find
 * candidates; similarity() then applies the domain's stricter threshold. A claim of a partner the
 * viewer does not see keeps only its partner, kind, status and protection window (PRODUCT.md's
 * decision on conflicts seen by a channel manager).
 */
export async function findConflicts(
  transaction: RequestReads,
  viewer: Viewer,
  sources: readonly ConflictSource[],
): Promise<Map<string, DealConflict[]>> {
  const result = new Map<string, DealConflict[]>(sources.map((s) => [s.key, []]));
  if (sources.length === 0) return result;
  const params = new SqlParams();
  const sourceRows = params.bind(
    JSON.stringify(
      sources.map((s) => ({
        key: s.key,
        normalized_name: s.normalizedName,
        normalized_domain: s.normalizedDomain,
        exclude_deal_id: s.excludeDealId,
      })),
    ),
  );
  const claiming = params.bind(CLAIMING_DEAL_STATUSES);
  const similar = params.bind(CONFLICT_NAME_SIMILARITY);
  const openStages = params.bind(OPEN_STAGES);
  // The partners whose claims are shown in full, read as the viewer (both walls apply) before
  // the search below looks across all of them.
  const seen = visiblePartnersSql(viewer, "seen", 1);
  const seenRows: { id: string }[] = await transaction.manager.query(
    `SELECT seen.id FROM organizations seen WHERE ${seen.sql}`,
    seen.params,
  );
  const seenPartners = params.bind(seenRows.map((row) => row.id));
  const nameMatches = (alias: string) =>
    `(${alias}.normalized_name % src.normalized_name AND similarity(${alias}.normalized_name, src.normalized_name) >= ${similar})`;
  const detailed = (alias: string) => `${alias}.partner_id = ANY(${seenPartners}::uuid[])`;
  // As the system: claims are looked for across every partner by design (row-security.ts); what
  // the viewer may learn of each is decided below.
  const rows: ConflictRow[] = await transaction.asSystem((db) =>
    db.query(
      `WITH src AS (
       SELECT * FROM jsonb_to_recordset(${sourceRows}::jsonb)
         AS s(key text, normalized_name text, normalized_domain text, exclude_deal_id uuid))
     SELECT src.key, m.*, p.name AS partner_name, p.tier AS partner_tier,
            p.channel_manager_id AS partner_channel_manager_id
       FROM src CROSS JOIN LATERAL (
       SELECT 'DEAL' AS kind, d.id, d.number, d.status::text AS status, d.customer_name,
              d.customer_domain, d.estimated_amount::text AS amount,
              CASE WHEN d.status = 'APPROVED' THEN d.protection_expires_at END AS protection_expires_at,
              d.status = 'APPROVED' AS protected,
              coalesce(d.normalized_domain = src.normalized_domain, false) AS domain_match,
              similarity(d.normalized_name, src.normalized_name)::float8 AS similarity,
              d.partner_id, d.owner_id, ${detailed("d")} AS detailed
         FROM deals d
        WHERE d.status = ANY(${claiming}::varchar[])
          AND (d.status <> 'APPROVED' OR d.protection_expires_at > now())
          AND d.id IS DISTINCT FROM src.exclude_deal_id
          AND (d.normalized_domain = src.normalized_domain OR ${nameMatches("d")})
       UNION ALL
       SELECT 'OPPORTUNITY', o.id, od.number, o.stage::text, a.name, a.domain, o.amount::text,
              CASE WHEN od.status = 'APPROVED' THEN od.protection_expires_at END,
              true,
              coalesce(a.normalized_domain = src.normalized_domain, false),
              similarity(a.normalized_name, src.normalized_name)::float8,
              o.partner_id, o.owner_id, ${detailed("o")}
         FROM opportunities o
         JOIN accounts a ON a.id = o.account_id
         LEFT JOIN deals od ON od.id = o.deal_id
        WHERE o.stage = ANY(${openStages}::varchar[])
          AND (src.exclude_deal_id IS NULL OR o.deal_id IS DISTINCT FROM src.exclude_deal_id)
          -- an opportunity whose registration still claims is reported as that registration
          AND NOT coalesce(od.status = ANY(${claiming}::varchar[])
                           AND (od.status <> 'APPROVED' OR od.protection_expires_at > now()), false)
          AND (a.normalized_domain = src.normalized_domain OR ${nameMatches("a")})
     ) m
     JOIN organizations p ON p.id = m.partner_id
     ORDER BY src.key, m.protected DESC, m.domain_match DESC, m.similarity DESC, m.id`,
      params.values,
    ),
  );
  for (const row of rows) {
    const detail = row.detailed;
    result.get(row.key)?.push({
      kind: row.kind,
      id: row.id,
      number: detail && row.number !== null ? formatDealNumber(row.number) : null,
      status: row.status,
      customerName: detail ? row.customer_name : null,
      customerDomain: detail ? row.customer_domain : null,
      estimatedAmount: detail ? row.amount : null,
      protectionExpiresAt: row.protection_expires_at,
      restricted: !detail,
      protected: row.protected,
      matchedOn: [
        ...(row.domain_match ? (["DOMAIN"] as const) : []),
        ...(row.similarity >= CONFLICT_NAME_SIMILARITY ? (["NAME"] as const) : []),
      ],
      similarity: Math.round(row.similarity * 1000) / 1000,
      partner: Object.assign(new OrganizationType(), {
        id: row.partner_id,
        name: row.partner_name,
        kind: "PARTNER",
        tier: row.partner_tier,
        domain: detail ? undefined : null,
        channelManagerId: row.partner_channel_manager_id,
      }),
      ownerId: detail ? row.owner_id : null,
    });
  }
  return result;
}

/** Conflicts of existing deals (for Deal.conflicts), batched. Ids that do not exist get []. */
export async function findConflictsOfDeals(
  transaction: RequestReads,
  viewer: Viewer,
  dealIds: readonly string[],
): Promise<DealConflict[][]> {
  const deals: { id: string; normalized_name: string; normalized_domain: string }[] =
    await transaction.manager.query(
      `SELECT id, normalized_name, normalized_domain FROM deals WHERE id = ANY($1::uuid[])`,
      [dealIds],
    );
  const conflicts = await findConflicts(
    transaction,
    viewer,
    deals.map((d) => ({
      key: d.id,
      normalizedName: d.normalized_name,
      normalizedDomain: d.normalized_domain,
      excludeDealId: d.id,
    })),
  );
  return dealIds.map((id) => conflicts.get(id) ?? []);
}

/**
 * What a partner may learn about a customer's claims: that there are some, and the strongest —
 * protected until the latest protection expiry when any has one, pending only when every claim
 * is a registration waiting for a decision.
 */
export function claimSummary(conflicts: readonly DealConflict[]): {
  claimed: boolean;
  claimedUntil: Date | null;
  pending: boolean;
} {
  let until: Date | null = null;
  for (const { protectionExpiresAt } of conflicts) {
    if (protectionExpiresAt && (!until || protectionExpiresAt > until)) until = protectionExpiresAt;
  }
  return {
    claimed: conflicts.length > 0,
    claimedUntil: until,
    pending: conflicts.length > 0 && conflicts.every((c) => !c.protected),
  };
}
