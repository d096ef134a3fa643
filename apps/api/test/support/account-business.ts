import type { DataSource } from "typeorm";

interface AccountBusiness {
  id: string;
  opportunity_count: number;
  deal_count: number;
  submitted_deal_count: number;
}

/** Every account's counts of its business, as kept on it and as its deals and opportunities say. */
export async function accountBusiness(
  ds: DataSource,
): Promise<{ kept: AccountBusiness[]; counted: AccountBusiness[] }> {
  const kept: AccountBusiness[] = await ds.query(
    `SELECT id, opportunity_count, deal_count, submitted_deal_count FROM accounts ORDER BY id`,
  );
  const counted: AccountBusiness[] = await ds.query(
    `SELECT a.id,
            (SELECT count(*) FROM opportunities o WHERE o.account_id = a.id)::int AS opportunity_count,
            (SELECT count(*) FROM deals d WHERE d.account_id = a.id)::int AS deal_count,
            (SELECT count(*) FROM deals d
              WHERE d.account_id = a.id AND d.submitted_at IS NOT NULL)::int AS submitted_deal_count
       FROM accounts a ORDER BY a.id`,
  );
  return { kept, counted };
}
