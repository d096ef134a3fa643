import { OPPORTUNITY_STAGES, type DateRange } from "@prm/domain";
import type { DataSource } from "typeorm";
import { FigureSql, MetricParams } from "../src/modules/metrics/metrics.sql";
import { createOrganization, createUser, createWorld } from "./factories";
import type { Database } from "../src/database/data-source";
import { openTestDatabase } from "./harness";
import { seededRandom, type Random } from "./support/hostile-operations";

/**
 * The property the vendor admin's metrics rest on: whatever is written to opportunities — stage
 * moves, amounts, probabilities, closing, reopening, new close dates, another owner, another
 * partner, inserts and deletes — every partner figure computed from the rollups equals the same
 * figure computed from the opportunities themselves, to the cent, for any period.
 */

const CLOSED = ["CLOSED_WON", "CLOSED_LOST"];
const WINDOW_START = Date.UTC(2025, 10, 1); // 2025-11-01
const WINDOW_DAYS = 540;
const DAY = 86_400_000;

const instantIn = (r: Random) =>
  new Date(WINDOW_START + r.int(0, WINDOW_DAYS) * DAY + r.int(0, DAY - 1));
const dayIn = (r: Random) => instantIn(r).toISOString().slice(0, 10);
const amountOf = (r: Random) => `${r.int(0, 250_000)}.${String(r.int(0, 99)).padStart(2, "0")}`;

/** A period: whole months or quarters (read from the rollups), or any two instants. */
function periodOf(r: Random): DateRange {
  const kind = r.int(0, 2);
  if (kind === 0) {
    const start = new Date(WINDOW_START);
    start.setUTCMonth(start.getUTCMonth() + r.int(0, 16));
    const end = new Date(start);
    end.setUTCMonth(end.getUTCMonth() + r.pick([1, 3, 12]));
    return { from: start, to: end };
  }
  const a = instantIn(r);
  const b = instantIn(r);
  // Midnight-aligned days now and then: partial months that start or end on a day boundary.
  const align = (d: Date) => (kind === 1 ? new Date(Math.floor(d.getTime() / DAY) * DAY) : d);
  return a < b ? { from: align(a), to: align(b) } : { from: align(b), to: align(a) };
}

interface Partner {
  id: string;
  sellers: string[];
}

async function seedOpportunity(ds: DataSource, r: Random, partner: Partner): Promise<void> {
  const stage = r.pick(OPPORTUNITY_STAGES);
  await ds.query(
    `INSERT INTO opportunities (partner_id, owner_id, name, amount, stage, probability,
       expected_close_date, closed_at, loss_reason)
     VALUES ($1, $2, 'Property', $3, $4, $5, $6, $7, $8)`,
    [
      partner.id,
      r.pick(partner.sellers),
      amountOf(r),
      stage,
      r.int(0, 100),
      dayIn(r),
      CLOSED.includes(stage) ? instantIn(r).toISOString() : null,
      stage === "CLOSED_LOST" ? "PRICE" : null,
    ],
  );
}

/** One random write to one random opportunity (or a new one, or a deletion). */
async function randomWrite(ds: DataSource, r: Random, partners: Partner[]): Promise<string> {
  const [row]: { id: string; partner_id: string }[] = await ds.query(
    `SELECT id, partner_id FROM opportunities ORDER BY id OFFSET $1 LIMIT 1`,
    [r.int(0, 150)],
  );
  const kind = r.int(0, 9);
  if (!row || kind === 0) {
    await seedOpportunity(ds, r, r.pick(partners));
    return "insert";
  }
  const set = async (sql: string, params: unknown[]) =>
    ds.query(`UPDATE opportunities SET ${sql} WHERE id = $1`, [row.id, ...params]);
  switch (kind) {
    case 1: {
      await ds.query(`DELETE FROM opportunities WHERE id = $1`, [row.id]);
      return "delete";
    }
    case 2: {
      const stage = r.pick(OPPORTUNITY_STAGES.filter((s) => !CLOSED.includes(s)));
      await set(`stage = $2, closed_at = NULL, loss_reason = NULL`, [stage]);
      return "reopen or move";
    }
    case 3: {
      const stage = r.pick(CLOSED);
      await set(`stage = $2, closed_at = $3, loss_reason = $4`, [
        stage,
        instantIn(r).toISOString(),
        stage === "CLOSED_LOST" ? "TIMING" : null,
      ]);
      return "close";
    }
    case 4:
      await set(`amount = $2`, [amountOf(r)]);
      return "amount";
    case 5:
      await set(`probability = $2`, [r.int(0, 100)]);
      return "probability";
    case 6:
      await set(`expected_close_date = $2`, [dayIn(r)]);
      return "expected close date";
    case 7: {
      const partner = partners.find((p) => p.id === row.partner_id)!;
      await set(`owner_id = $2`, [r.pick(partner.sellers)]);
      return "owner";
    }
    case 8: {
      const partner = r.pick(partners);
      await set(`partner_id = $2, owner_id = $3`, [partner.id, r.pick(partner.sellers)]);
      return "partner";
    }
    default:
      // Several columns at once, as a stage move with a new amount does.
      await set(`amount = $2, probability = $3, expected_close_date = $4`, [
        amountOf(r),
        r.int(0, 100),
        dayIn(r),
      ]);
      return "several";
  }
}

/** Every FIGURE column of every partner for the period, from the rollups or from the opportunities. */
async function figures(ds: DataSource, range: DateRange, rollups: boolean) {
  const params = new MetricParams();
  const sql = new FigureSql(params, {
    owner: "partner",
    ids: "SELECT id FROM p",
    range,
    rollups,
  });
  return ds.query(
    `WITH p AS (SELECT id FROM organizations WHERE kind = 'PARTNER'), ${sql.allCtes()}
     SELECT p.id, ${sql.columns("p.id")} FROM p ${sql.joins("p.id")} ORDER BY p.id`,
    params.values,
  );
}

describe("opportunity rollups", () => {
  let db: Database;
  let partners: Partner[];

  beforeAll(async () => {
    db = await openTestDatabase();
    const ds = db.dataSource;
    const world = await createWorld(ds);
    const third = await createOrganization(ds, {});
    const thirdSeller = await createUser(ds, { organizationId: third.id, role: "PARTNER_SELLER" });
    partners = [
      { id: world.partner.id, sellers: [world.seller.id, world.peerSeller.id, world.manager.id] },
      { id: world.otherPartner.id, sellers: [world.otherSeller.id] },
      { id: third.id, sellers: [thirdSeller.id] },
    ];
    // Quotas of calendar months and quarters, so that quota attainment is compared too.
    for (const partner of partners) {
      for (const [start, end] of [
        ["2026-01-01", "2026-04-01"],
        ["2026-05-01", "2026-06-01"],
        ["2026-10-01", "2027-01-01"],
      ]) {
        await ds.query(
          `INSERT INTO quotas (organization_id, period_start, period_end, amount) VALUES ($1, $2, $3, 500000)`,
          [partner.id, start, end],
        );
      }
    }
  });
  afterAll(() => db.close());

  it("gives every partner figure of any period exactly as the opportunities do, through thousands of random writes", async () => {
    const seed = Number(process.env.ROLLUP_SEED ?? Date.now() % 1_000_000);
    const r = seededRandom(seed);
    const ds = db.dataSource;
    for (let i = 0; i < 120; i++) await seedOpportunity(ds, r, r.pick(partners));

    const writes = new Map<string, number>();
    let periods = 0;
    let periodsWithFigures = 0;
    for (let batch = 0; batch < 12; batch++) {
      for (let i = 0; i < 250; i++) {
        const kind = await randomWrite(ds, r, partners);
        writes.set(kind, (writes.get(kind) ?? 0) + 1);
      }
      for (let p = 0; p < 8; p++) {
        const range = periodOf(r);
        const fromRollups = await figures(ds, range, true);
        const fromOpportunities = await figures(ds, range, false);
        const where = `seed ${seed}, batch ${batch}, period ${range.from.toISOString()}…${range.to.toISOString()}`;
        expect({ where, figures: fromRollups }).toEqual({ where, figures: fromOpportunities });
        periods++;
        const counted = fromRollups.some(
          (row: { won_count: number; lost_count: number; open_count: number }) =>
            row.won_count + row.lost_count + row.open_count > 0,
        );
        if (counted) periodsWithFigures++;
      }
    }
    // The comparison means something: the rollups hold data and the periods found some of it.
    const [{ rows } = { rows: 0 }]: { rows: number }[] = await ds.query(
      `SELECT count(*)::int AS rows FROM opportunity_rollups WHERE count > 0`,
    );
    expect(rows).toBeGreaterThan(20);
    expect(periodsWithFigures).toBeGreaterThan(periods / 2);
    const total = [...writes.values()].reduce((a, b) => a + b, 0);
    console.log(
      `opportunity rollups: seed ${seed}, ${total} random writes (${[...writes]
        .map(([kind, n]) => `${kind} ${n}`)
        .join(
          ", ",
        )}), ${periods} periods compared (${periodsWithFigures} with opportunities in them), ${rows} rollup rows: every figure equal`,
    );
  });

  it("is written by the trigger alone: a viewer role may read its partners' rows but not write", async () => {
    const ds = db.dataSource;
    const [{ id: partnerId } = { id: "" }]: { id: string }[] = await ds.query(
      `SELECT partner_id AS id FROM opportunity_rollups LIMIT 1`,
    );
    await expect(
      ds.transaction(async (tx) => {
        await tx.query(`SELECT set_config('role', 'prm_vendor_admin', true)`);
        await tx.query(`UPDATE opportunity_rollups SET amount = 0 WHERE partner_id = $1`, [
          partnerId,
        ]);
      }),
    ).rejects.toThrow(/permission denied/);
    const seen = await ds.transaction(async (tx) => {
      await tx.query(
        `SELECT set_config('role', 'prm_partner_sales_ops', true),
                set_config('app.organization_id', $1, true)`,
        [partners[1]!.id],
      );
      return tx.query(`SELECT DISTINCT partner_id FROM opportunity_rollups`);
    });
    expect(seen.map((row: { partner_id: string }) => row.partner_id)).toEqual([partners[1]!.id]);
  });
});
