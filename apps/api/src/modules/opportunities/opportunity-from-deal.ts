import { STAGE_PROBABILITY } from "@prm/domain";
import type { EntityManager } from "typeorm";

/**
 * Opens the opportunity of a deal just approved, under the partner's account for the customer
 * (found or made), with its first stage-history row; in the approval's transaction. Returns its id.
 */
export async function openOpportunityForApprovedDeal(
  tx: EntityManager,
  dealId: string,
  actorId: string,
): Promise<string> {
  const accounts: { id: string }[] = await tx.query(
    `WITH deal AS (SELECT * FROM deals WHERE id = $1),
     existing AS (
       SELECT a.id FROM accounts a, deal
        WHERE a.id = deal.account_id
           OR (deal.account_id IS NULL AND a.partner_id = deal.partner_id
               AND a.normalized_domain = deal.normalized_domain)
        ORDER BY a.created_at LIMIT 1),
     created AS (
       INSERT INTO accounts (partner_id, owner_id, name, domain, normalized_name, normalized_domain)
       SELECT partner_id, owner_id, customer_name, normalized_domain, normalized_name, normalized_domain
         FROM deal WHERE NOT EXISTS (SELECT 1 FROM existing)
       RETURNING id)
     SELECT id FROM existing UNION ALL SELECT id FROM created`,
    [dealId],
  );
  const accountId = accounts[0]!.id;
  const opportunities: { id: string }[] = await tx.query(
    `INSERT INTO opportunities
       (deal_id, partner_id, owner_id, account_id, name, amount, stage, probability, expected_close_date)
     SELECT d.id, d.partner_id, d.owner_id, $2, d.customer_name, d.estimated_amount, 'QUALIFICATION', $3,
            d.expected_close_date
       FROM deals d WHERE d.id = $1
     RETURNING id`,
    [dealId, accountId, STAGE_PROBABILITY.QUALIFICATION],
  );
  const opportunityId = opportunities[0]!.id;
  await tx.query(
    `INSERT INTO opportunity_stage_changes
       (opportunity_id, partner_id, owner_id, from_stage, to_stage, amount, changed_by_id)
     SELECT id, partner_id, owner_id, NULL, stage, amount, $2 FROM opportunities WHERE id = $1`,
    [opportunityId, actorId],
  );
  await tx.query(`UPDATE deals SET account_id = $2 WHERE id = $1`, [dealId, accountId]);
  return opportunityId;
}
