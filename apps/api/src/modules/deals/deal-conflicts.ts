import {
  CLAIMING_DEAL_STATUSES,
  CONFLICT_NAME_SIMILARITY,
  formatDealNumber,
  OPEN_STAGES,
} from "@prm/domain";
import type { EntityManager } from "typeorm";
import type { DealConflict, DealConflictKind } from "./deal.types";

/** A customer to look for claims on, and whose claims not to count. */
export interface ConflictSource {
  key: string;
  normalizedName: string;
  normalizedDomain: string | null;
  /** The claimant's own partner: its records never conflict with it. */
  partnerId: string | null;
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
}

/**
 * Other partners' active claims on each source's customer: registrations in a claiming status
 * (approved ones only while protected) and open opportunities, matched by equal normalized domain
 * or similar normalized name. `%` (pg_trgm's default 0.3 threshold) lets the GIN indexes find
 * candidates; similarity() then applies the domain's stricter threshold.
 */
export async function findConflicts(
  db: EntityManager,
  sources: readonly ConflictSource[],
): Promise<Map<string, DealConflict[]>> {
  const result = new Map<string, DealConflict[]>(sources.map((s) => [s.key, []]));
  if (sources.length === 0) return result;
  const nameMatches = (alias: string) =>
    `(${alias}.normalized_name % src.normalized_name AND similarity(${alias}.normalized_name, src.normalized_name) >= $3)`;
  const rows: ConflictRow[] = await db.query(
    `WITH src AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb)
         AS s(key text, normalized_name text, normalized_domain text, partner_id uuid, exclude_deal_id uuid))
     SELECT src.key, m.* FROM src CROSS JOIN LATERAL (
       SELECT 'DEAL' AS kind, d.id, d.number, d.status::text AS status, d.customer_name,
              d.customer_domain, d.estimated_amount::text AS amount,
              CASE WHEN d.status = 'APPROVED' THEN d.protection_expires_at END AS protection_expires_at,
              d.status = 'APPROVED' AS protected,
              coalesce(d.normalized_domain = src.normalized_domain, false) AS domain_match,
              similarity(d.normalized_name, src.normalized_name)::float8 AS similarity,
              d.partner_id, d.owner_id
         FROM deals d
        WHERE d.status = ANY($2::varchar[])
          AND (d.status <> 'APPROVED' OR d.protection_expires_at > now())
          AND d.partner_id IS DISTINCT FROM src.partner_id
          AND d.id IS DISTINCT FROM src.exclude_deal_id
          AND (d.normalized_domain = src.normalized_domain OR ${nameMatches("d")})
       UNION ALL
       SELECT 'OPPORTUNITY', o.id, od.number, o.stage::text, a.name, a.domain, o.amount::text,
              CASE WHEN od.status = 'APPROVED' THEN od.protection_expires_at END,
              true,
              coalesce(a.normalized_domain = src.normalized_domain, false),
              similarity(a.normalized_name, src.normalized_name)::float8,
              o.partner_id, o.owner_id
         FROM opportunities o
         JOIN accounts a ON a.id = o.account_id
         LEFT JOIN deals od ON od.id = o.deal_id
        WHERE o.stage = ANY($4::varchar[])
          AND o.partner_id IS DISTINCT FROM src.partner_id
          AND (src.exclude_deal_id IS NULL OR o.deal_id IS DISTINCT FROM src.exclude_deal_id)
          -- an opportunity whose registration still claims is reported as that registration
          AND NOT coalesce(od.status = ANY($2::varchar[])
                           AND (od.status <> 'APPROVED' OR od.protection_expires_at > now()), false)
          AND (a.normalized_domain = src.normalized_domain OR ${nameMatches("a")})
     ) m
     ORDER BY src.key, m.protected DESC, m.domain_match DESC, m.similarity DESC, m.id`,
    [
      JSON.stringify(
        sources.map((s) => ({
          key: s.key,
          normalized_name: s.normalizedName,
          normalized_domain: s.normalizedDomain,
          partner_id: s.partnerId,
          exclude_deal_id: s.excludeDealId,
        })),
      ),
      CLAIMING_DEAL_STATUSES,
      CONFLICT_NAME_SIMILARITY,
      OPEN_STAGES,
    ],
  );
  for (const row of rows) {
    result.get(row.key)?.push({
      kind: row.kind,
      id: row.id,
      number: row.number === null ? null : formatDealNumber(row.number),
      status: row.status,
      customerName: row.customer_name,
      customerDomain: row.customer_domain,
      estimatedAmount: row.amount,
      protectionExpiresAt: row.protection_expires_at,
      protected: row.protected,
      matchedOn: [
        ...(row.domain_match ? (["DOMAIN"] as const) : []),
        ...(row.similarity >= CONFLICT_NAME_SIMILARITY ? (["NAME"] as const) : []),
      ],
      similarity: Math.round(row.similarity * 1000) / 1000,
      partnerId: row.partner_id,
      ownerId: row.owner_id,
    });
  }
  return result;
}

/** Conflicts of existing deals (for Deal.conflicts), batched. Ids that do not exist get []. */
export async function findConflictsOfDeals(
  db: EntityManager,
  dealIds: readonly string[],
): Promise<DealConflict[][]> {
  const deals: {
    id: string;
    partner_id: string;
    normalized_name: string;
    normalized_domain: string;
  }[] = await db.query(
    `SELECT id, partner_id, normalized_name, normalized_domain FROM deals WHERE id = ANY($1::uuid[])`,
    [dealIds],
  );
  const conflicts = await findConflicts(
    db,
    deals.map((d) => ({
      key: d.id,
      normalizedName: d.normalized_name,
      normalizedDomain: d.normalized_domain,
      partnerId: d.partner_id,
      excludeDealId: d.id,
    })),
  );
  return dealIds.map((id) => conflicts.get(id) ?? []);
}

/**
 * What a partner may learn about a claim: that it exists, and until when — the latest protection
 * expiry, or null when some claim has no end yet (a pending registration).
 */
export function claimSummary(conflicts: readonly DealConflict[]): {
  claimed: boolean;
  claimedUntil: Date | null;
} {
  if (conflicts.length === 0) return { claimed: false, claimedUntil: null };
  let until: Date | null = null;
  for (const c of conflicts) {
    if (!c.protectionExpiresAt) return { claimed: true, claimedUntil: null };
    if (!until || c.protectionExpiresAt > until) until = c.protectionExpiresAt;
  }
  return { claimed: true, claimedUntil: until };
}
