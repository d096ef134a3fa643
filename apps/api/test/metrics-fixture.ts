import type { OpportunityStage } from "@prm/domain";
import type { DataSource } from "typeorm";
import { createOpportunity, createOrganization, createUser, createWorld } from "./factories";
import type { TestApp } from "./harness";

/**
 * The constructed dataset of the metrics tests: four partners of one channel manager with
 * figures worked out by hand in the comments (Q1 2025), plus createWorld's other partner.
 */

/** Q1 2025: [2025-01-01T00:00Z, 2025-04-01T00:00Z). */
export const Q1 = { preset: "CUSTOM", from: "2025-01-01", to: "2025-03-31" };
export const LAST_MS_OF_Q1 = new Date("2025-03-31T23:59:59.999Z");
export const FIRST_MS_OF_Q2 = new Date("2025-04-01T00:00:00.000Z");
export const LAST_MS_OF_Q4 = new Date("2024-12-31T23:59:59.999Z");
export const IN_Q1 = new Date("2025-02-10T12:00:00Z");

export type Owner = { id: string; organizationId: string };

/** The closed figures every win/loss answer has (partners', sellers', a scope's). */
export interface WinLossFigures {
  wonCount: number;
  wonAmount: string;
  lostCount: number;
  lostAmount: string;
  winRate: number | null;
  winRateByAmount: number | null;
}
export type Period = Record<string, unknown>;

/** A GraphQL query as `user` that must succeed; its data. */
export async function queryAs<T>(
  app: TestApp,
  user: { email: string },
  doc: string,
  variables: Period,
): Promise<T> {
  const res = await app.gql<T>(doc, variables, { token: await app.tokenOf(user) });
  expect(res.errors).toBeUndefined();
  return res.data;
}

/** A quota over [start, end) for an organization, or for one of its users. */
export async function quota(
  ds: DataSource,
  organizationId: string,
  userId: string | null,
  start: string,
  end: string,
  amount: string,
): Promise<void> {
  await ds.query(
    `INSERT INTO quotas (organization_id, user_id, period_start, period_end, amount)
     VALUES ($1, $2, $3, $4, $5)`,
    [organizationId, userId, start, end, amount],
  );
}

export function opportunityMakers(ds: DataSource) {
  return {
    won: (owner: Owner, amount: string, closedAt = IN_Q1) =>
      createOpportunity(ds, { owner, stage: "CLOSED_WON", amount, closedAt }),
    lost: (owner: Owner, amount: string, closedAt = IN_Q1) =>
      createOpportunity(ds, { owner, stage: "CLOSED_LOST", amount, closedAt }),
    open: (owner: Owner, stage: OpportunityStage, amount: string, expectedCloseDate: string) =>
      createOpportunity(ds, { owner, stage, amount, expectedCloseDate }),
  };
}

export async function createMetricsWorld(app: TestApp) {
  const ds = app.db.dataSource;
  const { won, lost, open } = opportunityMakers(ds);
  async function partnerWithSeller(name: string, channelManagerId: string) {
    const org = await createOrganization(ds, { name, channelManagerId, tier: "SILVER" });
    const seller = await createUser(ds, { organizationId: org.id, role: "PARTNER_SELLER" });
    return { id: org.id, seller };
  }

  const world = await createWorld(ds);
  await ds.query(`UPDATE organizations SET name = 'Bravo Partners' WHERE id = $1`, [
    world.partner.id,
  ]);
  const alpha = await partnerWithSeller("Alpha Partners", world.cm.id);
  const charlie = await partnerWithSeller("Charlie Partners", world.cm.id);
  const delta = await partnerWithSeller("Delta Partners", world.cm.id);
  const unassignedCm = await createUser(ds, {
    organizationId: world.vendor.id,
    role: "CHANNEL_MANAGER",
  });

  // Bravo (world.partner): won 0.10 + 0.20 + 1234.57 + 0.05 (at Q1's last millisecond) = 1234.92.
  await won(world.seller, "0.10");
  await won(world.manager, "0.20");
  await won(world.ops, "1234.57");
  await won(world.seller, "0.05", LAST_MS_OF_Q1);
  await won(world.seller, "1000.00", FIRST_MS_OF_Q2); // Q2: out
  await won(world.seller, "500.00", LAST_MS_OF_Q4); // Q4 2024: out
  // Bravo lost 100.00 + 0.08 = 100.08; one more lost at Q2's first millisecond is out.
  await lost(world.seller, "100.00");
  await lost(world.seller, "0.08", LAST_MS_OF_Q1);
  await lost(world.seller, "50.00", FIRST_MS_OF_Q2);
  // Bravo's open pipeline, expected in Q1 (the last day included), and out of it.
  await open(world.seller, "QUALIFICATION", "1000.05", "2025-01-01"); // × 10 % = 100.005 → 100.01
  await open(world.seller, "DISCOVERY", "0.10", "2025-02-01"); // × 25 % = 0.025 → 0.03
  await open(world.seller, "DISCOVERY", "0.30", "2025-03-01"); // × 25 % = 0.075 → 0.08
  await open(world.seller, "PROPOSAL", "1234.57", "2025-03-31"); // × 50 % = 617.285 → 617.29
  await open(world.seller, "NEGOTIATION", "333.33", "2025-02-28"); // × 75 % = 249.9975 → 250.00
  await open(world.seller, "NEGOTIATION", "7777.77", "2025-04-01"); // Q2: out
  await open(world.seller, "PROPOSAL", "8888.88", "2024-12-31"); // Q4 2024: out
  // Q2, at its own probability: 0.50 × 33 % = 0.165 → 0.17.
  await createOpportunity(ds, {
    owner: world.seller,
    stage: "PROPOSAL",
    amount: "0.50",
    probability: 33,
    expectedCloseDate: "2025-05-05",
  });

  // Alpha: won 2000.01, lost 999.99; open 5000.00 in negotiation.
  await won(alpha.seller, "2000.01");
  await lost(alpha.seller, "999.99");
  await open(alpha.seller, "NEGOTIATION", "5000.00", "2025-03-15");

  // Delta: won 1234.90 + 0.02 = 1234.92 (ties with Bravo), never lost, no pipeline.
  await won(delta.seller, "1234.90");
  await won(delta.seller, "0.02");
  // Charlie: nothing at all.

  // Quotas are calendar months, quarters or years, never overlapping for one target.
  // Bravo: Q1 2500.00 → 1234.92 / 2500.00. Alpha: January 1000.00,
  // February 1500.00, March 1500.00 → 2000.01 / 4000.00. Charlie: Q1 100.00 → 0. Delta: only a
  // quota for the year 2025, not within Q1 → none in Q1.
  await quota(ds, world.partner.id, null, "2025-01-01", "2025-04-01", "2500.00");
  await quota(ds, alpha.id, null, "2025-01-01", "2025-02-01", "1000.00");
  await quota(ds, alpha.id, null, "2025-02-01", "2025-03-01", "1500.00");
  await quota(ds, alpha.id, null, "2025-03-01", "2025-04-01", "1500.00");
  await quota(ds, charlie.id, null, "2025-01-01", "2025-04-01", "100.00");
  await quota(ds, delta.id, null, "2025-01-01", "2026-01-01", "5000.00");
  // Sellers: Bravo's seller 1000.00 in Q1 (won 0.10 + 0.05); the ops user 1000.00 in Q2 only.
  await quota(ds, world.partner.id, world.seller.id, "2025-01-01", "2025-04-01", "1000.00");
  await quota(ds, world.partner.id, world.ops.id, "2025-04-01", "2025-07-01", "1000.00");
  // The other channel manager's partner: a quota that must never show for world.cm.
  await quota(ds, world.otherPartner.id, null, "2025-01-01", "2025-04-01", "1.00");

  return { world, alpha, charlie, delta, unassignedCm };
}
