import type { DataSource } from "typeorm";
import type { Database } from "../src/database/data-source";
import { createDeal, createOrganization, createUser, createWorld } from "./factories";
import { openTestDatabase } from "./harness";
import { createAccount } from "./opportunities-helpers";
import { accountBusiness } from "./support/account-business";
import { seededRandom, type Random } from "./support/hostile-operations";

/**
 * The property the vendor side's and sales operations' accounts lists rest on: whatever is written
 * to deals and opportunities — inserts and deletes, submissions, another account, no account,
 * another partner with one of its accounts, a deleted account — every account's counts of its
 * business equal what its deals and opportunities say.
 */

interface Partner {
  id: string;
  sellers: { id: string; organizationId: string }[];
  accounts: string[];
}

/** One of the partner's accounts, or now and then none. */
const accountOf = (r: Random, partner: Partner) =>
  r.int(0, 5) === 0 ? null : r.pick(partner.accounts);

async function insertOpportunity(ds: DataSource, r: Random, partner: Partner) {
  await ds.query(
    `INSERT INTO opportunities (partner_id, owner_id, account_id, name, amount, probability, expected_close_date)
     VALUES ($1, $2, $3, 'Counted', 1000, 10, '2030-01-31')`,
    [partner.id, r.pick(partner.sellers).id, accountOf(r, partner)],
  );
}

async function insertDeal(ds: DataSource, r: Random, partner: Partner) {
  const deal = await createDeal(ds, {
    owner: r.pick(partner.sellers),
    status: r.pick(["DRAFT", "SUBMITTED", "APPROVED", "WITHDRAWN"] as const),
  });
  await ds.query(`UPDATE deals SET account_id = $2 WHERE id = $1`, [
    deal.id,
    accountOf(r, partner),
  ]);
}

/** One random write to a deal or an opportunity (or a new one, or a deletion). */
async function randomWrite(ds: DataSource, r: Random, partners: Partner[]): Promise<string> {
  const table = r.pick(["deals", "opportunities"] as const);
  const [row]: { id: string; partner_id: string }[] = await ds.query(
    `SELECT id, partner_id FROM ${table} ORDER BY id OFFSET $1 LIMIT 1`,
    [r.int(0, 60)],
  );
  const kind = r.int(0, 6);
  if (!row || kind === 0) {
    const partner = r.pick(partners);
    await (table === "deals" ? insertDeal(ds, r, partner) : insertOpportunity(ds, r, partner));
    return `${table}: insert`;
  }
  const partner = partners.find((p) => p.id === row.partner_id)!;
  const set = (sql: string, params: unknown[]) =>
    ds.query(`UPDATE ${table} SET ${sql} WHERE id = $1`, [row.id, ...params]);
  switch (kind) {
    case 1:
      await ds.query(`DELETE FROM ${table} WHERE id = $1`, [row.id]);
      return `${table}: delete`;
    case 2:
      await set(`account_id = $2`, [accountOf(r, partner)]);
      return `${table}: another account`;
    case 3: {
      const other = r.pick(partners);
      await set(`partner_id = $2, owner_id = $3, account_id = $4`, [
        other.id,
        r.pick(other.sellers).id,
        accountOf(r, other),
      ]);
      return `${table}: another partner`;
    }
    case 4:
      if (table === "deals") {
        await set(`status = 'SUBMITTED', submitted_at = now()`, []);
        return "deals: submitted";
      }
      await set(`amount = amount + 1`, []);
      return "opportunities: an uncounted column";
    case 5:
      if (table === "deals") {
        // Not a transition the app makes; the counts follow whatever is written.
        await set(`status = 'DRAFT', submitted_at = NULL, protection_expires_at = NULL`, []);
        return "deals: back to a draft";
      }
      await set(`account_id = NULL`, []);
      return "opportunities: no account";
    default: {
      // An account deleted: its deals and opportunities keep their partner, without it.
      const victim = r.pick(partner.accounts);
      await ds.query(`DELETE FROM accounts WHERE id = $1`, [victim]);
      const seller = partner.sellers[0]!;
      partner.accounts[partner.accounts.indexOf(victim)] = (await createAccount(ds, seller)).id;
      return "an account deleted";
    }
  }
}

/** How many accounts have business of each kind, and none. */
async function businessSpread(ds: DataSource): Promise<Record<string, number>> {
  const [spread]: Record<string, number>[] = await ds.query(
    `SELECT count(*) FILTER (WHERE opportunity_count > 0)::int AS with_opportunities,
            count(*) FILTER (WHERE submitted_deal_count > 0)::int AS with_submitted_deals,
            count(*) FILTER (WHERE deal_count > submitted_deal_count)::int AS with_drafts,
            count(*) FILTER (WHERE opportunity_count + deal_count = 0)::int AS without_business
       FROM accounts`,
  );
  return spread!;
}

describe("accounts' counts of their business", () => {
  let db: Database;
  let partners: Partner[];
  let world: Awaited<ReturnType<typeof createWorld>>;

  beforeAll(async () => {
    db = await openTestDatabase();
    const ds = db.dataSource;
    world = await createWorld(ds);
    const third = await createOrganization(ds, {});
    const thirdSeller = await createUser(ds, { organizationId: third.id, role: "PARTNER_SELLER" });
    const teams = [
      { id: world.partner.id, sellers: [world.seller, world.peerSeller, world.manager] },
      { id: world.otherPartner.id, sellers: [world.otherSeller] },
      { id: third.id, sellers: [thirdSeller] },
    ];
    partners = [];
    for (const team of teams) {
      const accounts: string[] = [];
      for (let i = 0; i < 4; i++) {
        accounts.push((await createAccount(ds, team.sellers[0]!)).id);
      }
      partners.push({ ...team, accounts });
    }
  });
  afterAll(() => db.close());

  it("stay what the deals and opportunities say, through a thousand random writes", async () => {
    const seed = Number(process.env.ACCOUNT_BUSINESS_SEED ?? Date.now() % 1_000_000);
    const r = seededRandom(seed);
    const ds = db.dataSource;
    const writes = new Map<string, number>();
    const spreads: Record<string, number>[] = [];
    for (let batch = 0; batch < 8; batch++) {
      for (let i = 0; i < 125; i++) {
        const kind = await randomWrite(ds, r, partners);
        writes.set(kind, (writes.get(kind) ?? 0) + 1);
      }
      const { kept, counted } = await accountBusiness(ds);
      const where = `seed ${seed}, batch ${batch}`;
      expect({ where, counts: kept }).toEqual({ where, counts: counted });
      spreads.push(await businessSpread(ds));
    }
    // The comparisons meant something: accounts with and without business of each kind. One
    // kind may be missing after a batch (a random walk over a dozen accounts); not after all.
    const spread = Object.fromEntries(
      Object.keys(spreads[0]!).map((kind) => [kind, Math.max(...spreads.map((s) => s[kind]!))]),
    );
    const absent = Object.keys(spread).filter((kind) => spread[kind] === 0);
    expect({ seed, absent }).toEqual({ seed, absent: [] });
    console.log(
      `accounts' business: seed ${seed}, ${[...writes.values()].reduce((a, b) => a + b)} random writes (${[
        ...writes,
      ]
        .map(([kind, n]) => `${kind} ${n}`)
        .join(
          ", ",
        )}), most accounts of each kind after a batch ${JSON.stringify(spread)}: every count equal`,
    );
  });

  it("refuses a deal or an opportunity on another partner's account", async () => {
    const ds = db.dataSource;
    const foreignAccount = partners[1]!.accounts[0]!;
    await expect(
      ds.query(
        `INSERT INTO opportunities (partner_id, owner_id, account_id, name, amount, probability, expected_close_date)
         VALUES ($1, $2, $3, 'Foreign', 1, 10, '2030-01-31')`,
        [world.partner.id, world.seller.id, foreignAccount],
      ),
    ).rejects.toThrow(/opportunities_account_of_partner_fkey/);
    const deal = await createDeal(ds, { owner: world.seller });
    await expect(
      ds.query(`UPDATE deals SET account_id = $2 WHERE id = $1`, [deal.id, foreignAccount]),
    ).rejects.toThrow(/deals_account_of_partner_fkey/);
  });

  it("are written by the triggers alone: a viewer role may not set them, but may still edit an account", async () => {
    const ds = db.dataSource;
    const account = partners[0]!.accounts[0]!;
    const asSalesOps = (sql: string) =>
      ds.transaction(async (tx) => {
        await tx.query(
          `SELECT set_config('role', 'prm_partner_sales_ops', true),
                  set_config('app.user_id', $1, true),
                  set_config('app.organization_id', $2, true)`,
          [world.ops.id, world.partner.id],
        );
        return tx.query(sql, [account]);
      });
    await expect(
      asSalesOps(`UPDATE accounts SET opportunity_count = 99 WHERE id = $1`),
    ).rejects.toThrow(/permission denied/);
    await expect(
      asSalesOps(`UPDATE accounts SET partner_id = partner_id WHERE id = $1`),
    ).rejects.toThrow(/permission denied/);
    await expect(
      asSalesOps(`UPDATE accounts SET industry = 'Retail' WHERE id = $1 RETURNING industry`),
    ).resolves.toEqual([[{ industry: "Retail" }], 1]);
  });
});
